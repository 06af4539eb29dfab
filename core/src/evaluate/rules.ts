/** 第 2 步的一条：一条活动套用它的规则（规则是纯函数，核算器可以重复套用）。 */
import { ACTIVITY_KIND_LABELS } from '../ledger/constants.ts';
import type { Activity } from '../ledger/schema.ts';
import { isRecording, round2 } from '../policy/helpers.ts';
import type { Policy, RuleContext, RuleResult, TraceStep } from '../policy/types.ts';

/** 活动种类的中文名（不是已知种类时用它本身）。 */
export const kindLabel = (kind: string): string => (ACTIVITY_KIND_LABELS as Record<string, string>)[kind] ?? kind;

/** 只有一步“未计入”的结果；说明文字只在生成解释时写。 */
function notCredited(reason: RuleResult['reason'] & string, text: () => string, rule = ''): RuleResult {
  return {
    rule,
    clauses: [],
    steps: isRecording() ? [{ step: 'not-credited', clauses: [], text: text(), reason }] : [],
    outputs: [],
    reason,
  };
}

/**
 * 截至核算日期还没有完成（结题、毕业、取得证书）的活动不套用规则、不计入。
 * 只有年度的活动（援派、请假、疫情一线、学习强国）在该年开始之前都算“尚未发生”。
 */
function afterAsOf(a: Activity, asOf: string, policy: Policy): RuleResult | undefined {
  const done = 'date' in a ? a.date : `${a.year}-01-01`;
  if (done <= asOf) return undefined;
  const started = 'startDate' in a && a.startDate !== undefined && a.startDate <= asOf;
  if (started && policy.inProgressKinds?.includes(a.kind)) return undefined;
  return notCredited('after-as-of', () =>
    a.kind === 'research-project'
      ? `结题日期 ${done} 在核算截止日 ${asOf} 之后：截至该日尚未结题，不计入`
      : 'date' in a
        ? `完成日期 ${done} 在核算截止日 ${asOf} 之后：截至该日尚未完成，不计入`
        : `${a.year} 年度在核算截止日 ${asOf} 之后，不计入`,
  );
}

/**
 * 记录上只有学分、没有学时的活动：按通知给出的折算换成学时（WH19：100 学时 = 20 学分），
 * 没有折算时不计入并请用户填写学时。返回换算后的活动和说明，或不计入的结果；不涉及学分时返回 undefined。
 */
function creditsToHours(a: Activity, policy: Policy): { activity: Activity; step: TraceStep } | RuleResult | undefined {
  if (!('credits' in a) || a.credits === undefined || a.hours !== undefined) return undefined;
  const credits = a.credits;
  // 补学的学时属于所补的年度，折算也按那一年。
  const rate = policy.creditRate?.(a.kind === 'makeup' ? `${a.forYear}-12-31` : a.date);
  if (!rate) {
    const res = notCredited(
      'needs-input',
      () => `记录上是 ${credits} 学分：${policy.id} 通知没有给出学分与学时的折算，请按证书或平台记录填写学时`,
    );
    res.warnings = [
      { code: 'needs-input', clauses: [], message: '有记录只有学分、没有学时，本通知没有折算办法，请填写学时' },
    ];
    return res;
  }
  const hours = round2(credits * rate.hoursPerCredit);
  const step: TraceStep = {
    step: 'rate',
    clauses: rate.clauses,
    text: `记录为 ${credits} 学分，每学分折合 ${rate.hoursPerCredit} 学时：${hours} 学时`,
    figures: { credits, hoursPerCredit: rate.hoursPerCredit, hours },
  };
  return { activity: { ...a, hours } as Activity, step };
}

/**
 * 一条活动在本通知下的处理结果：截至日期之后的不计；通知没有规定的种类不计；
 * 只有学分的先折合学时；然后套用规则。
 */
export function ruleResultFor(policy: Policy, a: Activity, ctx: RuleContext): RuleResult {
  const late = afterAsOf(a, ctx.asOf, policy);
  if (late) return late;
  const rule = policy.rules[a.kind] as ((a: Activity, c: RuleContext) => RuleResult) | undefined;
  if (!rule)
    return notCredited(
      'not-recognised',
      () => `${policy.id} 通知没有规定“${kindLabel(a.kind)}”可以折算学时`,
      policy.id,
    );
  const converted = creditsToHours(a, policy);
  if (converted === undefined) return rule(a, ctx);
  if (!('activity' in converted)) return converted;
  const res = rule(converted.activity, ctx);
  if (isRecording()) res.steps.unshift(converted.step);
  return res;
}
