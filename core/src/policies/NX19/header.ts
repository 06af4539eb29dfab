/** NX19 的出处：选择通知、列出政策时只需要这些，不必载入规则。 */
import type { NoticeHeader } from '../../policy/types.ts';

export const header: NoticeHeader = {
  id: 'NX19',
  region: '宁夏回族自治区',
  title: '关于做好2019年全区专业技术人员继续教育工作的通知',
  docNumber: '宁人社函〔2019〕148号',
  issuer: '宁夏回族自治区人力资源和社会保障厅',
  date: '2019-03-21',
  seedFile: '004_a20fe8ffc42cad29.txt',
};
