/**
 * 怎样补齐（按需载入：计算器第一次需要时才下载规划器和这个组件）。
 * 每条办法都由核心的 planShortfalls 用同一个核算器试算得出，这里只负责显示。
 * 台账里有计划时，“完成这些计划后”的试算（withPlansDone）和那一句（PlannedSummary）也在这里，随之载入。
 */
import { useMemo } from 'preact/hooks';
import { ClauseList } from './ClauseLink.tsx';
import {
  type Activity,
  CATEGORY_LABELS,
  type Evaluation,
  type Ledger,
  type PlanGap,
  type PlanWay,
  type Policy,
  planShortfalls,
  type Query,
} from './core.ts';
import { type ClauseHref, fmtHours } from './format.ts';
import type { CalcState } from './state.ts';

export interface PlanViewProps {
  policy: Policy;
  /** 真实的台账（不含计划中的活动）。 */
  ledger: Ledger;
  query: Query;
  /** 今天（YYYY-MM-DD）。 */
  today: string;
  clauseHref: ClauseHref;
  /** 把一条办法的候选活动加入清单：作为已完成的，或作为计划。 */
  onAdd(template: Activity, planned: boolean): void;
}

const SHOWN = 5;

/** 每个不足之处的补齐办法：种类、一项计多少、还要几项、上限还剩多少、截止日期、条款。 */
export function PlanView({ policy, ledger, query, today, clauseHref, onAdd }: PlanViewProps) {
  const gaps = useMemo(() => planShortfalls(policy, ledger, query, { today }), [policy, ledger, query, today]);
  if (!gaps.length) return null;
  return (
    <section class="xs-plan" aria-labelledby="xs-plan-h" data-plan="">
      <h3 id="xs-plan-h">怎样补齐</h3>
      <p class="xs-note">
        以下每条都按所选通知试算：把这一项加进你的活动后重新核算得出的学时。“按实际学时”的种类以证书或文件载明的为准。
      </p>
      {gaps.map((g) => (
        <Gap key={`${g.year}-${g.category}`} gap={g} today={today} clauseHref={clauseHref} onAdd={onAdd} />
      ))}
    </section>
  );
}

function Gap({
  gap: g,
  today,
  clauseHref,
  onAdd,
}: { gap: PlanGap; today: string } & Pick<PlanViewProps, 'clauseHref' | 'onAdd'>) {
  const where = g.year === 'window' ? '审验期累计' : `${g.year} 年`;
  const cat = g.category === 'total' ? '合计' : CATEGORY_LABELS[g.category];
  const past = g.year !== 'window' && String(g.year) < today.slice(0, 4);
  const passed = g.passed.length ? (
    <p class="xs-note">
      截止日期已过、不再计入：
      {[...new Set(g.passed.map((p) => `${p.label}（${p.deadline} 截止）`))].join('；')}。
    </p>
  ) : null;
  const item = (w: PlanWay) => (
    <li key={`${w.kind}-${w.variant}`} data-way={w.kind}>
      <WayText way={w} short={g.short} clauseHref={clauseHref} />
      <span class="xs-way-actions">
        <button type="button" onClick={() => onAdd(w.template, false)}>
          已完成，添加
        </button>
        <button type="button" onClick={() => onAdd(w.template, true)}>
          加为计划
        </button>
      </span>
    </li>
  );
  return (
    <div class="xs-gap" data-gap={`${g.year}-${g.category}`}>
      <h4>
        {where}
        {cat}差 {fmtHours(g.short)} 学时
      </h4>
      {past && g.ways.length ? (
        <p class="xs-note">这一年已经过去：只有在 {g.year} 年内完成、还没有录入的活动才能计入。</p>
      ) : null}
      {g.ways.length ? (
        <ol class="xs-ways">{g.ways.slice(0, SHOWN).map(item)}</ol>
      ) : (
        <p class="xs-short" data-no-way="">
          按所选通知，已经没有办法补齐这一项{g.passed.length ? '：能计入的活动都已过截止日期' : ''}。
        </p>
      )}
      {g.ways.length > SHOWN ? (
        <details>
          <summary>其他 {g.ways.length - SHOWN} 种办法</summary>
          <ol class="xs-ways" start={SHOWN + 1}>
            {g.ways.slice(SHOWN).map(item)}
          </ol>
        </details>
      ) : null}
      {passed}
    </div>
  );
}

function WayText({ way: w, short, clauseHref }: { way: PlanWay; short: number; clauseHref: ClauseHref }) {
  const name = w.variant ? `${w.kindLabel}（${w.variant}）` : w.kindLabel;
  // 按实际学时的种类：一项能计满差额时说“载明多少就计多少”，计不满时说一天（一项）最多计多少。
  const limited = w.byHours && w.perItem < short;
  const unit = w.perDay || (limited && 'days' in w.template) ? '天' : '项';
  const gives = !w.byHours
    ? `1 ${unit} → ${fmtHours(w.perItem)} 学时`
    : limited
      ? `按实际学时计，1 ${unit}最多计 ${fmtHours(w.perItem)} 学时`
      : `按实际学时计，载明 ${fmtHours(short)} 学时即计 ${fmtHours(w.perItem)} 学时`;
  const need = w.items ? `补齐需 ${w.items} ${unit}` : `最多再计 ${fmtHours(w.room ?? 0)} 学时，单靠这一种补不齐`;
  return (
    <span>
      <strong>{name}</strong>：{gives}，{need}
      {w.room !== null && w.items ? `（这类本年还可计 ${fmtHours(w.room)} 学时）` : ''}
      {w.deadline ? `，须在 ${w.deadline} 前完成` : ''}。依据 <ClauseList ids={w.clauses} href={clauseHref} />
    </span>
  );
}

/**
 * “完成这些计划后”的台账：计划中的活动当作已完成。计划多在今天以后完成：没有填截至日期时核算到最晚的计划日期，
 * 否则以今天截止就把它们算作“尚未完成”了。填了截至日期（如申报日期）的，那天以后的计划本来就不算。
 */
export function withPlansDone(s: CalcState, today: string): CalcState {
  let query = s.query;
  const activities = s.activities.map((a) => {
    if (!a.planned) return a;
    if (!s.query.asOf && 'date' in a && a.date > (query.asOf ?? today)) query = { ...s.query, asOf: a.date };
    const { planned: _, ...done } = a;
    return done as Activity;
  });
  return { ...s, activities, query };
}

/** 计划另算：“完成这些计划后”的学时与是否达标，与真实结果并列。 */
export function PlannedSummary({ real, planned }: { real: Evaluation; planned: Evaluation }) {
  const part = (e: Evaluation) =>
    `公需 ${fmtHours(e.credited.public)}、专业 ${fmtHours(e.credited.professional)}、合计 ${fmtHours(e.credited.total)} 学时`;
  const verdict = planned.undetermined ? '无法判断' : planned.complete ? '达标' : `未达标（还差${shortText(planned)}）`;
  return (
    <p class="xs-planned" data-planned-result="">
      <strong>完成这些计划后：</strong>
      {part(planned)}，{verdict}。（现在：{part(real)}。计划中的活动不计入上面的真实结果。）
    </p>
  );
}

function shortText(e: Evaluation): string {
  const parts = (['public', 'professional', 'total'] as const)
    .filter((c) => e.shortfall[c] > 0)
    .map((c) => `${c === 'total' ? '合计' : CATEGORY_LABELS[c]} ${fmtHours(e.shortfall[c])}`);
  return parts.join('、');
}
