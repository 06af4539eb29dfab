/**
 * 活动日期的范围与先后：zod 模式（schema.ts）和不依赖 zod 的读取（parse.ts）共用，浏览器里不载入 zod。
 * 范围与年度字段相同（1990—2100 年）：再早或再晚的日期只会是输错了。
 */
export const DATE_MIN = '1990-01-01';
export const DATE_MAX = '2100-12-31';

/** 有开始日期的活动（自学、学历、课题）：开始晚于结束时的中文说明，否则 undefined。 */
export function startAfterEnd(a: { startDate?: unknown; date?: unknown }): string | undefined {
  const { startDate, date } = a;
  if (typeof startDate !== 'string' || typeof date !== 'string' || startDate <= date) return undefined;
  return `开始日期 ${startDate} 晚于结束日期 ${date}`;
}
