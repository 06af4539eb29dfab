/** 政策页面（构建时）用的格式化：数字全部来自核心的参数对象，页面不另写数字。 */
import type { DatedValue, Parameter, ParamValue, Policy } from '@xueshi/core';

/** 取值的中文表述：数 + 单位；表按中文键名逐项列出。 */
export function valueText(p: Parameter, v: ParamValue): string {
  if (typeof v === 'number') return `${v} ${p.unit}`;
  if (typeof v === 'string') return v;
  const entries = Object.entries(v).map(([k, n]) => `${p.keyLabels?.[k] ?? k} ${n}`);
  return `${entries.join('；')}（${p.unit}）`;
}

/** 生效期：“2019-01-01 起” / “2015-10-01 至 2018-12-31”。 */
export function periodText(d: DatedValue<ParamValue>): string {
  return d.to ? `${d.from} 至 ${d.to}` : `${d.from} 起`;
}

/** 一条条款用到的参数：条款列出的参数，加上引用了该条款编号的参数。 */
export function paramsOfClause(policy: Policy, clauseId: string, listed: readonly string[] = []): Parameter[] {
  return policy.parameters.filter((p) => listed.includes(p.id) || p.clauses.includes(clauseId));
}

/** 通知的年份（政策所针对的年度）。 */
export const noticeYear = (p: Policy): number => Number(p.date.slice(0, 4));
