/** 文件里“分享时的结果”与重新计算的结果的比较。 */
import type { Ledger } from '../ledger/schema.ts';
import { round2 } from '../policy/helpers.ts';
import type { EvalWarning } from '../policy/types.ts';
import type { Evaluation, SharedResultCheck } from './types.ts';

const FIELD_LABEL = { public: '公需', professional: '专业', total: '合计', complete: '是否完成' } as const;
const fmt = (v: number | boolean) => (typeof v === 'boolean' ? (v ? '完成' : '未完成') : String(v));

/** 比较分享时的数字与现在的数字（公需、专业、合计、是否完成）。 */
export function compareShared(ledger: Ledger, now: Evaluation): SharedResultCheck {
  const shared = ledger.sharedResult as NonNullable<Ledger['sharedResult']>;
  const differences: SharedResultCheck['differences'] = [];
  for (const f of ['public', 'professional', 'total'] as const) {
    if (round2(shared.figures[f]) !== now.credited[f])
      differences.push({ field: f, shared: shared.figures[f], now: now.credited[f] });
  }
  if (shared.figures.complete !== now.complete)
    differences.push({ field: 'complete', shared: shared.figures.complete, now: now.complete });
  return { shared, same: differences.length === 0 && shared.notice === ledger.profile.notice, differences };
}

/** 结果与分享时不同时的提示。 */
export function sharedDiffersWarning(check: SharedResultCheck): EvalWarning {
  return {
    code: 'shared-result-differs',
    clauses: [],
    message: `文件中分享时的结果（核算器 ${check.shared.evaluatorVersion}）与现在重新计算的结果不同，可能是规则已更正：${check.differences
      .map((d) => `${FIELD_LABEL[d.field]} ${fmt(d.shared)} → ${fmt(d.now)}`)
      .join('；')}`,
  };
}
