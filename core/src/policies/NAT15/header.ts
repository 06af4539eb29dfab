/** NAT15 的出处：选择通知、列出政策时只需要这些，不必载入规则。 */
import type { NoticeHeader } from '../../policy/types.ts';

export const header: NoticeHeader = {
  id: 'NAT15',
  region: '全国',
  date: '2015-08-03',
};
