/** LY17 的出处：选择通知、列出政策时只需要这些，不必载入规则。 */
import type { NoticeHeader } from '../../policy/types.ts';

export const header: NoticeHeader = {
  id: 'LY17',
  region: '山东省临沂市',
  date: '2017',
};
