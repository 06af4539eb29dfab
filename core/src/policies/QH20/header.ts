/** QH20 的出处：选择通知、列出政策时只需要这些，不必载入规则。 */
import type { NoticeHeader } from '../../policy/types.ts';

export const header: NoticeHeader = {
  id: 'QH20',
  region: '青海省',
  date: '2020-05-25',
};
