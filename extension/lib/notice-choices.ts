import { type ProfileNotice, USER_NOTICE } from '@xueshi/core';
import { NOTICE_OPTIONS, type NoticeOption } from '@xueshi/site/ui';

/** The notices 学时通 has, then 其他地区 (issue 14): the person states their own requirement. */
export const NOTICE_CHOICES: readonly NoticeOption[] = [
  ...NOTICE_OPTIONS,
  { id: USER_NOTICE, label: '其他地区（自己填写要求）' },
];

/**
 * Built-in notices that leave years without figures: QH20 states them for 2020 only, NX19 governs
 * the 2019 applications only. Under these the person may add their own figures for the other years.
 */
export const NOTICES_WITH_GAPS: readonly ProfileNotice[] = ['QH20', 'NX19'];
