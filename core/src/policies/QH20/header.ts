/** QH20 的出处：选择通知、列出政策时只需要这些，不必载入规则。 */
import type { NoticeHeader } from '../../policy/types.ts';

export const header: NoticeHeader = {
  id: 'QH20',
  region: '青海省',
  title: '关于做好2020年专业技术人员继续教育工作的通知',
  docNumber: '青人社厅函〔2020〕227号',
  issuer: '青海省人力资源和社会保障厅',
  date: '2020-05-25',
  seedFile: '003_986c3ce38d8c433f.txt',
};
