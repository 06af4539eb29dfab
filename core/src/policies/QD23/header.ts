/** QD23 的出处：选择通知、列出政策时只需要这些，不必载入规则。 */
import type { NoticeHeader } from '../../policy/types.ts';

export const header: NoticeHeader = {
  id: 'QD23',
  region: '山东省青岛市',
  title: '关于做好专业技术人员继续教育工作有关问题的通知',
  docNumber: '青人社字〔2023〕14号',
  issuer: '青岛市人力资源和社会保障局',
  date: '2023-02-20',
  seedFile: '002_d7cbf784762c584e.txt',
};
