/** WH19 的出处：选择通知、列出政策时只需要这些，不必载入规则。 */
import type { NoticeHeader } from '../../policy/types.ts';

export const header: NoticeHeader = {
  id: 'WH19',
  region: '山东省威海市',
  date: '2019-04-30',
};
