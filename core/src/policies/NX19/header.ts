/** NX19 的出处：选择通知、列出政策时只需要这些，不必载入规则。 */
import type { NoticeHeader } from '../../policy/types.ts';

export const header: NoticeHeader = {
  id: 'NX19',
  region: '宁夏回族自治区',
  date: '2019-03-21',
};
