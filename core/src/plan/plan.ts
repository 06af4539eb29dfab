/**
 * 怎样补齐：对每个不足的年度和类别，列出所选通知提供的补齐办法。
 *
 * 不另抄任何数字：每条建议都是把一条候选活动加进台账、交给同一个核算器重新核算得出的
 * （加 1 项得多少学时、再加几项到上限为止、哪天以后不再计入）。这就是规则引擎里的“假设推理”。
 */
import { evaluatePolicy } from '../evaluate/evaluate.ts';
import type { Evaluation } from '../evaluate/types.ts';
import { ACTIVITY_KINDS, type ActivityKindInfo } from '../ledger/kinds.ts';
import { parseActivity } from '../ledger/parse.ts';
import type { Activity, ActivityKind, Category, Ledger, QueryInput } from '../ledger/schema.ts';
import type { Policy } from '../policy/types.ts';

/** 一个不足之处：某年度（或整个审验期）的某个类别差多少。 */
export interface PlanGap {
  /** 年度；审验期累计检验（或其中一年达标即可）时为 `window`。 */
  year: number | 'window';
  category: Category | 'total';
  /** 差额（学时）。 */
  short: number;
  /** 补齐办法，按所需项数从少到多。 */
  ways: PlanWay[];
  /** 截止日期已过、不能再计入的种类（“没有办法”时说明原因）。 */
  passed: { kind: ActivityKind; label: string; deadline: string }[];
}

/** 一种补齐办法：一种活动（及其类型）。 */
export interface PlanWay {
  kind: ActivityKind;
  /** 活动种类的中文名，如“论文、著作”。 */
  kindLabel: string;
  /** 类型（表格取值的种类），如“学术技术论文”；没有时为空串。 */
  variant: string;
  /** 一项候选活动（可直接加入台账，标识需另取）。 */
  template: Activity;
  /** 按实际学时计（培训、网络课程、单位认定等）：`perItem` 是填写差额学时、1 天时计入的学时。 */
  byHours: boolean;
  /** 按天计（带教、考察）：一项为 1 天。 */
  perDay: boolean;
  /** 一项计入该类别的学时。 */
  perItem: number;
  /** 补齐所需的项数；补不齐时为 null（已到上限）。 */
  items: number | null;
  /** 本年（本期）这种活动最多还能计入的学时；在试算范围内没有上限时为 null。 */
  room: number | null;
  /** 最后一天仍可计入的日期（通知规定的截止日期）；该年内没有截止时为 null。 */
  deadline: string | null;
  /** 计入所依据的条款。 */
  clauses: readonly string[];
}

export interface PlanOptions {
  /** 今天（YYYY-MM-DD）：过去的年度按该年最后一天、将来的年度按该年第一天试算。 */
  today: string;
  /** 每种办法最多试加的项数（找上限用）。 */
  maxItems?: number;
}

/**
 * 不作为补齐办法的种类：境况而不是可以安排的活动（援派、请假、疫情一线），
 * 以及“单位认定学时”（记录单位按其他文件认定的结果，不是一种可以去做的活动）。
 */
const NOT_A_WAY = new Set<ActivityKind>(['aid', 'leave', 'covid-frontline', 'unit-approved']);
export const OPTIONAL_TRUE = new Set(['unitApproved', 'completedOnTime', 'passedNationalStandard']);
export const HOURS_FIELDS = ['hours', 'hoursTaught'];

/** 一种活动的候选：必填的表格字段逐个取值（组合），其余按“条件都满足”的最简单情形。 */
export function templates(info: ActivityKindInfo, year: number, date: string): { variant: string; obj: object }[] {
  let out: { variant: string[]; obj: Record<string, unknown> }[] = [
    { variant: [], obj: { id: 'plan', kind: info.kind, title: info.label } },
  ];
  for (const f of info.fields) {
    if (f.type === 'enum' && f.required && f.options) {
      out = out.flatMap((t) =>
        (f.options ?? []).map((o) => ({ variant: [...t.variant, o.label], obj: { ...t.obj, [f.name]: o.value } })),
      );
      continue;
    }
    let v: unknown;
    if (f.name === 'date') v = date;
    else if (f.name === 'startDate') v = `${year}-01-01`;
    else if (f.name === 'year' || f.name === 'forYear') v = year;
    else if (f.name === 'months') v = 12;
    else if (f.type === 'boolean' && OPTIONAL_TRUE.has(f.name)) v = true;
    else if (f.name === 'days') v = 1;
    else if (f.required && (f.type === 'number' || f.type === 'integer')) v = f.default ?? Math.max(f.min ?? 1, 1);
    if (v !== undefined) for (const t of out) t.obj[f.name] = v;
  }
  return out.map((t) => ({ variant: t.variant.join('，'), obj: t.obj }));
}

const clampDate = (today: string, year: number): string =>
  today < `${year}-01-01` ? `${year}-01-01` : today > `${year}-12-31` ? `${year}-12-31` : today;

const addDays = (d: string, n: number): string =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface Gap {
  year: number | 'window';
  category: Category | 'total';
}

/** 某个不足之处的“已计入”和“差额”。 */
function measure(e: Evaluation, g: Gap): { credited: number; short: number } {
  if (g.year === 'window') return { credited: e.credited[g.category], short: e.shortfall[g.category] };
  const y = e.years.find((x) => x.year === g.year);
  return { credited: y?.credited[g.category] ?? 0, short: y?.shortfall[g.category] ?? 0 };
}

/** 台账里不足的地方：逐年检验看各年，其余看整个审验期；合计只在两个类别都不差时单列。 */
export function gapsOf(e: Evaluation): Gap[] {
  if (e.complete || e.undetermined) return [];
  const pick = (year: number | 'window', s: { public: number; professional: number; total: number }): Gap[] => {
    const cats: Category[] = (['public', 'professional'] as const).filter((c) => s[c] > 0);
    if (cats.length) return cats.map((category) => ({ year, category }));
    return s.total > 0 ? [{ year, category: 'total' }] : [];
  };
  const perYear = e.query.kind === 'year' || e.window?.test === 'per-year';
  if (perYear) return e.years.flatMap((y) => pick(y.year, y.shortfall));
  return pick('window', e.shortfall);
}

/**
 * 每个不足之处的补齐办法。纯函数：只调用核算器。
 *
 * @param policy 所选通知的规则（与核算用的同一份）。
 * @param ledger 台账（不含计划中的活动）。
 * @param query 与核算相同的查询。
 */
export function planShortfalls(policy: Policy, ledger: Ledger, query: QueryInput, opts: PlanOptions): PlanGap[] {
  const base = evaluatePolicy(policy, ledger, query, { trace: false });
  const lastYear = base.years[base.years.length - 1]?.year;
  return gapsOf(base).map((g) => {
    const year = g.year === 'window' ? (lastYear ?? Number(opts.today.slice(0, 4))) : g.year;
    return planGap(policy, ledger, base, g, year, opts);
  });
}

function planGap(policy: Policy, ledger: Ledger, base: Evaluation, g: Gap, year: number, opts: PlanOptions): PlanGap {
  const before = measure(base, g);
  const max = opts.maxItems ?? 12;
  const run = (extra: Activity[], trace = false) =>
    evaluatePolicy(policy, { ...ledger, activities: [...ledger.activities, ...extra] }, base.query, { trace });
  const ways: PlanWay[] = [];
  const passed: PlanGap['passed'] = [];
  const d0 = clampDate(opts.today, year);
  for (const info of ACTIVITY_KINDS) {
    if (!(info.kind in policy.rules) || NOT_A_WAY.has(info.kind)) continue;
    const byHours = info.fields.some((f) => HOURS_FIELDS.includes(f.name));
    const perDay = !byHours && info.fields.some((f) => f.name === 'days');
    for (const t of templates(info, year, info.kind === 'makeup' ? opts.today : d0)) {
      const obj: Record<string, unknown> = { ...t.obj };
      for (const h of HOURS_FIELDS)
        if (info.fields.some((f) => f.name === h)) obj[h] = Math.min(Math.max(before.short, 1), 10000);
      const parsed = parseActivity(obj);
      if (!parsed.ok) continue;
      const template = parsed.activity;
      const copies = (k: number, at?: string): Activity[] =>
        Array.from({ length: k }, (_, i) => ({ ...template, id: `\u0000plan-${i}`, ...(at ? { date: at } : {}) }));
      const gain = (extra: Activity[]) => measure(run(extra), g);
      const one = gain(copies(1));
      const perItem = round2(one.credited - before.credited);
      if (perItem <= 0 || one.short >= before.short) {
        const deadline =
          'date' in template && info.kind !== 'makeup' ? lastCountingDay(year, d0, counts(gain, copies, before)) : null;
        if (deadline) passed.push({ kind: info.kind, label: label(info, t.variant), deadline });
        continue;
      }
      // 再加几项：到补齐为止，并继续到不再增加（上限）为止。
      let items: number | null = one.short === 0 ? 1 : null;
      let room: number | null = null;
      let prev = one.credited;
      for (let k = 2; k <= max; k++) {
        const m = gain(copies(k));
        if (m.credited <= prev) {
          room = round2(prev - before.credited);
          break;
        }
        if (items === null && m.short === 0) items = k;
        prev = m.credited;
      }
      const trace = run(copies(1), true).trace.find((x) => x.activityId === '\u0000plan-0');
      const deadline =
        'date' in template && info.kind !== 'makeup' && d0 < `${year}-12-31`
          ? lastCountingDay(year, `${year}-12-31`, counts(gain, copies, before), d0)
          : null;
      ways.push({
        kind: info.kind,
        kindLabel: info.label,
        variant: t.variant,
        template,
        byHours,
        perDay,
        perItem,
        items,
        room,
        deadline,
        clauses: trace?.clauses ?? [],
      });
    }
  }
  return { year: g.year, category: g.category, short: before.short, ways: mergeVariants(ways), passed };
}

/** 同一种活动、各项数字和条款都相同的类型合成一条（“学术技术论文、著作……”），再按所需项数排序。 */
function mergeVariants(ways: PlanWay[]): PlanWay[] {
  const byKey = new Map<string, PlanWay>();
  for (const w of ways) {
    const key = JSON.stringify([w.kind, w.perItem, w.items, w.room, w.deadline, w.clauses]);
    const cur = byKey.get(key);
    if (cur) cur.variant = `${cur.variant}、${w.variant}`;
    else byKey.set(key, { ...w });
  }
  return [...byKey.values()].sort((a, b) => (a.items ?? 1e9) - (b.items ?? 1e9) || b.perItem - a.perItem);
}

const label = (info: ActivityKindInfo, variant: string) => (variant ? `${info.label}（${variant}）` : info.label);
const round2 = (x: number) => Math.round(x * 100) / 100;

/** 某天完成的一项是否计入。 */
const counts =
  (
    gain: (extra: Activity[]) => { credited: number },
    copies: (k: number, at?: string) => Activity[],
    before: { credited: number },
  ) =>
  (d: string): boolean =>
    gain(copies(1, d)).credited > before.credited;

/**
 * 截止日期：`late` 那天不计入而 `early`（缺省为该年 1 月 1 日）那天计入时，二分找到最后一个计入的日子；
 * 否则返回 null（该年内没有截止，或根本不计入）。
 */
function lastCountingDay(
  year: number,
  late: string,
  countsOn: (d: string) => boolean,
  early = `${year}-01-01`,
): string | null {
  if (countsOn(late) || !countsOn(early)) return null;
  let lo = early;
  let hi = late;
  while (addDays(lo, 1) < hi) {
    const mid = new Date((Date.parse(lo) + Date.parse(hi)) / 2).toISOString().slice(0, 10);
    if (mid === lo || mid === hi) break;
    if (countsOn(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
