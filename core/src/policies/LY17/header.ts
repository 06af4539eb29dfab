/** LY17 的出处：选择通知、列出政策时只需要这些，不必载入规则。 */
import type { NoticeHeader } from '../../policy/types.ts';

export const header: NoticeHeader = {
  id: 'LY17',
  region: '山东省临沂市',
  title: '关于做好2017年度全市专业技术人员继续教育工作的通知',
  docNumber: '临人社办发〔2017〕58号',
  issuer: '临沂市人力资源和社会保障局',
  date: '2017',
  seedFile: '001_8eb06dd8169113dc.txt',
};
