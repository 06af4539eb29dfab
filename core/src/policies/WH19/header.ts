/** WH19 的出处：选择通知、列出政策时只需要这些，不必载入规则。 */
import type { NoticeHeader } from '../../policy/types.ts';

export const header: NoticeHeader = {
  id: 'WH19',
  region: '山东省威海市',
  title: '关于做好2019年度全市专业技术人员继续教育工作的通知',
  docNumber: null,
  issuer: '威海市人力资源和社会保障局',
  date: '2019-04-30',
  seedFile: '000_c9e1043dbf5b7e97.txt',
};
