/** 其他地区（USER）的出处：不是一份通知，而是使用者自己填写的要求。 */
import type { NoticeHeader } from '../../policy/types.ts';

export const header: NoticeHeader = {
  id: 'USER',
  region: '其他地区',
  date: '',
};
