/** 政策页面（构建时）的小工具：数字与中文表述都来自核心（policyView、describeParameter）。 */
import type { Policy } from '@xueshi/core';

/** 生效期：“2019-01-01 起” / “2015-10-01 至 2018-12-31”。 */
export function periodText(d: { from: string; to?: string | undefined }): string {
  return d.to ? `${d.from} 至 ${d.to}` : `${d.from} 起`;
}

/** 通知的年份（政策所针对的年度）。 */
export const noticeYear = (p: Policy): number => Number(p.date.slice(0, 4));
