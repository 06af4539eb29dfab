import { ACTIVITY_KINDS } from '../ledger/kinds.ts';
import { normalizeQuery } from '../ledger/query.ts';
import type { Activity, Category, Ledger, Query, QueryInput } from '../ledger/schema.ts';
import { getPolicy } from '../policies/index.ts';
import { NAT15 } from '../policies/NAT15/index.ts';
import { emptyTally, isRecording, round2, setRecording } from '../policy/helpers.ts';
import {
  type EvalWarning,
  type NotCreditedReason,
  NotInForceError,
  type Policy,
  type Requirement,
  type RuleContext,
  type RuleOutput,
  type RuleResult,
  type TraceStep,
  type WindowSpec,
  type YearTally,
} from '../policy/types.ts';
import type { Evaluation, Hours, SharedResultCheck, TermAverage, TraceEntry, YearFigures } from './types.ts';

/** 核算器版本：规则或算法变化时递增，分享的结果会带上它。 */
export const EVALUATOR_VERSION = '1.0.0';

const NO_DEEMS: TraceEntry['deemed'] = Object.freeze([]);
const NO_CREDITS: TraceEntry['credited'] = Object.freeze([]);
const KIND_LABELS = new Map(ACTIVITY_KINDS.map((k) => [k.kind, k.label]));

export { round2 };

function sortKey(a: Activity): string {
  if ('date' in a) return a.date;
  return `${a.year}-12-31`;
}

/** 通知没有规定的活动种类；和规则一样，只在生成解释时才写说明文字。 */
const NOT_RECOGNISED = (a: Activity, notice: string): RuleResult => ({
  rule: notice,
  clauses: [],
  steps: isRecording()
    ? [
        {
          step: 'not-credited',
          clauses: [],
          text: `${notice} 通知没有规定“${KIND_LABELS.get(a.kind) ?? a.kind}”可以折算学时`,
          reason: 'not-recognised',
        },
      ]
    : [],
  outputs: [],
  reason: 'not-recognised',
});

/** 今天（本地日期 YYYY-MM-DD）：查询没有给出核算截止日期时的缺省值。 */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * 截至核算日期还没有完成（结题、毕业、取得证书）的活动不套用规则、不计入。
 * 只有年度的活动（援派、请假、疫情一线、学习强国）在该年开始之前都算“尚未发生”。
 */
function afterAsOf(a: Activity, asOf: string): RuleResult | undefined {
  const done = 'date' in a ? a.date : `${a.year}-01-01`;
  if (done <= asOf) return undefined;
  const text =
    a.kind === 'research-project'
      ? `结题日期 ${done} 在核算截止日 ${asOf} 之后：截至该日尚未结题，不计入`
      : 'date' in a
        ? `完成日期 ${done} 在核算截止日 ${asOf} 之后：截至该日尚未完成，不计入`
        : `${a.year} 年度在核算截止日 ${asOf} 之后，不计入`;
  return {
    rule: '',
    clauses: [],
    steps: isRecording() ? [{ step: 'not-credited', clauses: [], text, reason: 'after-as-of' }] : [],
    outputs: [],
    reason: 'after-as-of',
  };
}

/**
 * 记录上只有学分、没有学时的活动：按通知给出的折算换成学时（WH19：100 学时 = 20 学分），
 * 没有折算时不计入并请用户填写学时。返回换算后的活动和说明，或不计入的结果；不涉及学分时返回 undefined。
 */
function creditsToHours(a: Activity, policy: Policy): { activity: Activity; step: TraceStep } | RuleResult | undefined {
  if (!('credits' in a) || a.credits === undefined || a.hours !== undefined) return undefined;
  const rate = policy.creditRate?.(a.date);
  if (!rate) {
    const text = `记录上是 ${a.credits} 学分：${policy.id} 通知没有给出学分与学时的折算，请按证书或平台记录填写学时`;
    return {
      rule: '',
      clauses: [],
      steps: isRecording() ? [{ step: 'not-credited', clauses: [], text, reason: 'needs-input' }] : [],
      outputs: [],
      warnings: [
        { code: 'needs-input', clauses: [], message: '有记录只有学分、没有学时，本通知没有折算办法，请填写学时' },
      ],
      reason: 'needs-input',
    };
  }
  const hours = round2(a.credits * rate.hoursPerCredit);
  const step: TraceStep = {
    step: 'rate',
    clauses: rate.clauses,
    text: `记录为 ${a.credits} 学分，每学分折合 ${rate.hoursPerCredit} 学时：${hours} 学时`,
    figures: { credits: a.credits, hoursPerCredit: rate.hoursPerCredit, hours },
  };
  return { activity: { ...a, hours } as Activity, step };
}

/** 调用规则；参数在该日期没有取值时记为“不在适用期内”。 */
function applyRule(rule: (a: Activity, c: RuleContext) => RuleResult, a: Activity, ctx: RuleContext): RuleResult {
  try {
    return rule(a, ctx);
  } catch (e) {
    if (!(e instanceof NotInForceError)) throw e;
    const clauses = e.param.clauses;
    return {
      rule: clauses[0] ?? '',
      clauses,
      steps: [
        {
          step: 'not-credited',
          clauses,
          text: `“${e.param.label}”在 ${e.when} 不适用（${clauses.join('、')} 的适用期之外）`,
          reason: 'not-in-force',
        },
      ],
      outputs: [],
      reason: 'not-in-force',
    };
  }
}

class Warnings {
  private map = new Map<string, EvalWarning>();
  add(w: Omit<EvalWarning, 'activityIds'>, activityId?: string): void {
    const key = `${w.code}|${w.clauses.join(',')}|${w.message}`;
    let cur = this.map.get(key);
    if (!cur) {
      cur = { ...w };
      this.map.set(key, cur);
    }
    if (activityId !== undefined) {
      if (!cur.activityIds) cur.activityIds = [];
      cur.activityIds.push(activityId);
    }
  }
  list(): EvalWarning[] {
    return [...this.map.values()];
  }
}

/** 某年的要求（通知没有规定时退回 NAT15，并标明）。 */
function requirementFor(
  policyReq: (y: number) => Requirement | undefined,
  year: number,
): { req: Requirement | null; baseline: boolean } {
  const own = policyReq(year);
  if (own) return { req: own, baseline: !!own.baseline };
  const nat = NAT15.yearRequirement(year);
  return nat ? { req: nat, baseline: true } : { req: null, baseline: false };
}

function figures(
  year: number,
  t: YearTally | undefined,
  req: Requirement | null,
  categories?: readonly Category[],
): YearFigures {
  const pub = round2(t?.public ?? 0);
  const prof = round2(t?.professional ?? 0);
  const deemed = { public: t?.deemed.public ?? false, professional: t?.deemed.professional ?? false };
  const credited = { public: pub, professional: prof, total: round2(pub + prof) };
  const moves = t?.moves ?? [];
  const transfers = moves.length ? { transfers: moves.map((m) => ({ ...m })) } : {};
  if (!req) {
    return {
      year,
      credited,
      counted: credited,
      deemed,
      requirement: null,
      shortfall: { public: 0, professional: 0, total: 0 },
      complete: false,
      ...transfers,
    };
  }
  const needProf = req.professional ?? (req.total !== undefined ? req.total - (req.public ?? 0) : 0);
  const effPub = deemed.public ? Math.max(pub, req.public ?? 0) : pub;
  const effProf = deemed.professional ? Math.max(prof, needProf) : prof;
  const both = deemed.public && deemed.professional;
  const only = categories && categories.length === 1 ? categories[0] : undefined;
  const sPub = only === 'professional' || both ? 0 : Math.max(0, round2((req.public ?? 0) - effPub));
  const sProf = only === 'public' || both ? 0 : Math.max(0, round2((req.professional ?? 0) - effProf));
  const sTotal = only || both ? 0 : Math.max(0, round2((req.total ?? 0) - effPub - effProf));
  const shortfall = { public: sPub, professional: sProf, total: sTotal };
  return {
    year,
    credited,
    counted: countedOf(req, shortfall, credited, only),
    deemed,
    requirement: req,
    shortfall,
    complete: sPub === 0 && sProf === 0 && sTotal === 0,
    ...transfers,
  };
}

/**
 * 计入要求的学时 = 要求 − 差额（每个有要求的类别）：与要求、差额并列时，三个数总能对上。
 * 超出要求的部分不在其中（逐年检验时也不跨年使用）；没有要求的类别（或不检验的类别）就是计入的学时。
 */
function countedOf(req: Requirement | null, shortfall: Hours, credited: Hours, only?: Category): Hours {
  const one = (k: keyof Hours): number => {
    const r = req?.[k];
    if (r === undefined || (only !== undefined && k !== only)) return credited[k];
    return round2(r - shortfall[k]);
  };
  return { public: one('public'), professional: one('professional'), total: one('total') };
}

/** 还需多少学时才达标：公需、专业各自的差额之和，与合计的差额，取大者。 */
const neededOf = (s: Hours): number => round2(Math.max(s.public + s.professional, s.total));

/**
 * 核算一份台账。
 *
 * @param ledger 已通过 {@link parseLedger} 校验的台账。
 * @param queryInput 年度查询 `{kind:'year', year}`，或申报查询 `{kind:'application', level, year, route?}`。
 * @returns 学时、要求、差额、是否完成、每条活动的解释和提示。纯函数，不读写任何外部状态。
 */
export function evaluate(ledger: Ledger, queryInput: QueryInput, options: EvaluateOptions = {}): Evaluation {
  return evaluatePolicy(getPolicy(ledger.profile.notice), ledger, queryInput, options);
}

/**
 * 用已经载入的通知规则核算（网站按需载入规则时用，见 `loadPolicy`）；其余同 {@link evaluate}。
 *
 * @throws 规则不是台账所选的通知时。
 */
export function evaluatePolicy(
  policy: Policy,
  ledger: Ledger,
  queryInput: QueryInput,
  options: EvaluateOptions = {},
): Evaluation {
  if (policy.id !== ledger.profile.notice) {
    throw new Error(`规则是 ${policy.id} 的，台账选的是 ${ledger.profile.notice}`);
  }
  const explain = options.trace ?? true;
  const prev = setRecording(explain);
  try {
    return run(policy, ledger, normalizeQuery(queryInput), explain);
  } finally {
    setRecording(prev);
  }
}

/** `evaluate` 的选项。 */
export interface EvaluateOptions {
  /**
   * 是否生成逐条解释（默认生成）。批量核对只要数字时设为 false：学时、要求、差额、是否完成都一样，
   * `trace` 为空数组，省时间、省内存。
   */
  trace?: boolean;
}

function run(policy: Policy, ledger: Ledger, query: Query, explain: boolean): Evaluation {
  const { profile } = ledger;
  const warnings = new Warnings();

  let window: WindowSpec | undefined;
  let years: number[];
  if (query.kind === 'year') years = [query.year];
  else {
    window = policy.applicationWindow(query, profile);
    years = window ? [...window.years].sort((a, b) => a - b) : [];
    if (!window) {
      warnings.add({
        code: 'no-rule',
        clauses: [],
        message: `${policy.id} 通知没有规定此类申报（${query.level}，${query.year} 年）的学时审验办法，无法判断`,
      });
    } else if (window.interpretation) {
      warnings.add({ code: 'interpretation', clauses: window.clauses, message: window.interpretation });
    }
  }
  const first = years[0];
  const last = years[years.length - 1];
  const ctx: RuleContext = {
    profile,
    query,
    years,
    window: query.kind === 'application' && first !== undefined && last !== undefined ? { first, last } : null,
    asOf: query.asOf ?? today(),
  };
  const yearSet = new Set(years);
  const yearsText = years.join('、') || '无';
  const inScope = (y: number | 'window'): boolean => (y === 'window' ? ctx.window !== null : yearSet.has(y));
  // “不在本次核算年度内”的说明对同一条款、同一年度都一样，共用一个对象。
  const outside = new Map<readonly string[], Map<number, TraceStep>>();
  const outOfWindow = (clauses: readonly string[], year: number): TraceStep => {
    let byYear = outside.get(clauses);
    if (!byYear) {
      byYear = new Map();
      outside.set(clauses, byYear);
    }
    let st = byYear.get(year);
    if (!st) {
      st = Object.freeze({
        step: 'not-credited' as const,
        clauses,
        text: `计入 ${year} 年度，不在本次核算的年度（${yearsText}）内`,
        figures: Object.freeze({ year }),
        reason: 'out-of-window' as const,
      });
      byYear.set(year, st);
    }
    return st;
  };
  for (const w of policy.profileWarnings?.(profile) ?? []) warnings.add(w);

  const acts = ledger.activities;
  /** i 是否排在 j 之前（按日期、再按标识）：上限分配和“只计一次”据此决定，与文件中的顺序无关。 */
  const before = (i: number, j: number): boolean => {
    const ai = acts[i] as Activity;
    const aj = acts[j] as Activity;
    const ki = sortKey(ai);
    const kj = sortKey(aj);
    return ki !== kj ? ki < kj : ai.id < aj.id;
  };

  const tallies = new Map<number, YearTally>();
  const tally = (y: number): YearTally => {
    let t = tallies.get(y);
    if (!t) {
      t = emptyTally(y);
      tallies.set(y, t);
    }
    return t;
  };
  const windowCredit = { public: 0, professional: 0 };
  const windowDeemed = { public: false, professional: false };
  const entries: TraceEntry[] = new Array(acts.length);

  /** 同一项（dedupe 标识）学时最多的一条；每个标识一个对象，改选时就地更新。 */
  const bestOf = new Map<string, { idx: number; hours: number }>();
  const isDuplicate = (out: RuleOutput, idx: number): boolean =>
    out.type === 'credit' && out.dedupe !== undefined && inScope(out.year) && bestOf.get(out.dedupe)?.idx !== idx;
  // 受上限约束的输出（“上限项”），按第一遍遇到的顺序编号；第三遍重新套用规则时按同样的顺序遇到它们。
  // 只存数字：大台账里规则结果若留到第三遍，会熬过多次新生代回收、被搬进老生代后再死去，耗时随规模超线性增长。
  const itemIdx: number[] = [];
  const itemHours: number[] = [];
  const itemLimit: number[] = [];
  /** 该输出参与“只计一次”时，它那一项的最优记录（第二遍据此排除重复的）。 */
  const itemBest: ({ idx: number } | undefined)[] = [];
  /** 被上限削减的上限项：计入的学时（未削减为 -1）和此前已计的学时。 */
  const itemGranted: number[] = [];
  const itemUsedBefore: number[] = [];
  let nextItem = 0;
  const usedRules = new Set<string>();
  /** 有条件计入的学时所要求的年度是否达标（第四遍之前确定）。 */
  const conditionMet = new Map<number, boolean>();

  /**
   * 加一项到可能还没有的数组。多数条目只计入一笔：[x] 大小正好，
   * 而 push 到空数组会预留十几个空位——解释是输出，大台账里这些空位白占内存、拖慢回收。
   */
  const append = <T>(list: T[] | undefined, x: T): T[] => {
    if (!list) return [x];
    list.push(x);
    return list;
  };

  /** 计入一条活动的学时并写出它的解释（上限和“只计一次”已确定之后）。 */
  const finish = (idx: number, res: RuleResult): void => {
    const a = acts[idx] as Activity;
    for (const w of res.warnings ?? []) warnings.add(w, a.id);
    // 核算器的说明接在规则的步骤之后，只在生成解释时写。
    const steps: TraceStep[] = res.steps;
    let credited: { year: number | 'window'; category: Category; hours: number }[] | undefined;
    let deemed: { years: readonly number[] | 'window'; parts: readonly Category[] }[] | undefined;
    let reason: NotCreditedReason | undefined = res.reason;
    let lost = false;
    for (const out of res.outputs) {
      if (out.type === 'deem') {
        const relevant = out.years === 'window' || out.years.some((y) => yearSet.has(y));
        if (out.years === 'window') {
          if (ctx.window) for (const p of out.parts) windowDeemed[p] = true;
        } else for (const y of out.years) for (const p of out.parts) tally(y).deemed[p] = true;
        if (relevant && (out.years !== 'window' || ctx.window)) {
          if (!deemed) deemed = [];
          deemed.push({ years: out.years, parts: out.parts });
        } else {
          if (explain)
            steps.push({
              step: 'not-credited',
              clauses: out.clauses,
              text: '视同完成的年度不在本次核算范围内',
              reason: 'out-of-window',
            });
          reason ??= 'out-of-window';
        }
        continue;
      }
      if (out.requiresComplete !== undefined && !conditionMet.get(out.requiresComplete)) {
        if (explain)
          steps.push({
            step: 'not-credited',
            clauses: out.clauses,
            text: `须先完成 ${out.requiresComplete} 年度本身的学时要求，${out.requiresComplete} 年度尚未达标，暂不计入`,
            figures: { year: out.requiresComplete },
            reason: 'below-threshold',
          });
        reason = 'below-threshold';
        lost = true;
        continue;
      }
      const item = out.cap ? nextItem++ : -1;
      if (item >= 0 && itemIdx[item] !== idx) throw new Error('规则对同一条活动两次套用的结果不同');
      if (isDuplicate(out, idx)) {
        const best = bestOf.get(out.dedupe as string);
        if (explain)
          steps.push({
            step: 'not-credited',
            clauses: out.clauses,
            text: `与活动“${best ? (acts[best.idx] as Activity).id : ''}”属同一项，只计一次（取学时多的一条）`,
            reason: 'duplicate',
          });
        reason = 'duplicate';
        lost = true;
        continue;
      }
      let hours = out.hours;
      const granted = item >= 0 ? (itemGranted[item] as number) : -1;
      if (out.cap && granted >= 0) {
        const usedBefore = itemUsedBefore[item] as number;
        if (explain)
          steps.push({
            step: 'cap',
            clauses: out.cap.clauses,
            text:
              granted > 0
                ? `${out.cap.label}每年不超过 ${out.cap.limit} 学时，本年已计 ${usedBefore} 学时，只再计 ${granted} 学时`
                : `${out.cap.label}每年不超过 ${out.cap.limit} 学时，本年已满，不再计入`,
            figures: { limit: out.cap.limit, usedBefore, before: hours, after: granted },
            reason: 'cap',
          });
        reason = 'cap';
        lost = true;
        hours = granted;
      }
      if (hours <= 0 && out.hours > 0) continue;
      if (out.year === 'window') {
        windowCredit[out.category] += hours;
        credited = append(credited, { year: 'window', category: out.category, hours });
        continue;
      }
      const t = tally(out.year);
      t[out.category] += hours;
      if (out.online) {
        if (out.category === 'public') t.onlinePublic += hours;
        else t.onlineProfessional += hours;
      }
      if (yearSet.has(out.year)) {
        credited = append(credited, { year: out.year, category: out.category, hours });
      } else if (hours > 0) {
        if (explain) steps.push(outOfWindow(out.clauses, out.year));
        reason ??= 'out-of-window';
        lost = true;
      }
    }
    const anyCredit = credited?.some((c) => c.hours > 0) ?? false;
    const status: TraceEntry['status'] = deemed
      ? 'deemed'
      : anyCredit
        ? lost
          ? 'partly'
          : 'credited'
        : 'not-credited';
    if (status !== 'not-credited') for (const c of res.clauses) usedRules.add(c);
    if (!explain) return;
    const entry: TraceEntry = {
      activityId: a.id,
      kind: a.kind,
      kindLabel: KIND_LABELS.get(a.kind) ?? a.kind,
      rule: res.rule,
      clauses: res.clauses,
      steps,
      credited: credited ?? NO_CREDITS,
      deemed: deemed ?? NO_DEEMS,
      status,
    };
    if (a.title !== undefined) entry.title = a.title;
    if (status !== 'credited' && status !== 'deemed' && reason) entry.reason = reason;
    else if (status === 'partly' && reason) entry.reason = reason;
    entries[idx] = entry;
  };

  /** 套用第 idx 条活动的规则。规则是纯函数，可以重复套用。 */
  const ruleResult = (idx: number): RuleResult => {
    const a = acts[idx] as Activity;
    const late = afterAsOf(a, ctx.asOf);
    if (late) return late;
    const rule = policy.rules[a.kind] as ((a: Activity, c: RuleContext) => RuleResult) | undefined;
    if (!rule) return NOT_RECOGNISED(a, policy.id);
    const converted = creditsToHours(a, policy);
    if (converted === undefined) return applyRule(rule, a, ctx);
    if (!('activity' in converted)) return converted;
    const res = applyRule(rule, converted.activity, ctx);
    if (isRecording()) res.steps.unshift(converted.step);
    return res;
  };

  // 第一遍：逐条套用规则；同一项（dedupe 标识相同）在本次核算的年度内只留学时最多的一条，相同时留排序在前的。
  // 没有上限、不涉及“只计一次”的活动当场计入；其余的只记下上限项，等上限分配后再套用一次规则。
  /** 上限组（同一年、同一上限组、同一类别）所含的上限项。 */
  const groupOf = new Map<string, number[]>();
  const deferred: number[] = [];
  /** 有条件计入的活动（等其余活动都计入后再判断条件）。 */
  const conditional: number[] = [];
  /** 缓算活动的解释步骤：它们本来就是输出，留着；第三遍只为学时重新套用规则，不再生成文字。 */
  const deferredSteps: TraceStep[][] = [];
  for (let idx = 0; idx < acts.length; idx++) {
    const res = ruleResult(idx);
    let defer = false;
    for (const out of res.outputs) {
      if (out.type !== 'credit') continue;
      if (out.cap || out.dedupe !== undefined) defer = true;
      // 只在本次核算的年度内比较：审验期外的那一条本来就不计入，不应挤掉审验期内的。
      let best: { idx: number; hours: number } | undefined;
      if (out.dedupe !== undefined && inScope(out.year)) {
        best = bestOf.get(out.dedupe);
        if (!best) {
          best = { idx, hours: out.hours };
          bestOf.set(out.dedupe, best);
        } else if (out.hours > best.hours || (out.hours === best.hours && before(idx, best.idx))) {
          best.idx = idx;
          best.hours = out.hours;
        }
      }
      if (!out.cap) continue;
      const key = `${out.cap.id}|${out.year}|${out.category}`;
      let group = groupOf.get(key);
      if (!group) {
        group = [];
        groupOf.set(key, group);
      }
      group.push(itemIdx.length);
      itemIdx.push(idx);
      itemHours.push(out.hours);
      itemLimit.push(out.cap.limit);
      itemBest.push(best);
      itemGranted.push(-1);
      itemUsedBefore.push(0);
    }
    if (res.outputs.some((o) => o.type === 'credit' && o.requiresComplete !== undefined)) {
      if (res.outputs.some((o) => o.type === 'credit' && (o.cap || o.dedupe !== undefined)))
        throw new Error('有条件计入的学时不能同时受上限或“只计一次”约束');
      conditional.push(idx);
    } else if (defer) {
      deferred.push(idx);
      if (explain) deferredSteps.push(res.steps);
    } else finish(idx, res);
  }

  // 第二遍：上限。同一年、同一上限组、同一类别的学时合计不超过上限（上限取组内第一条的）；
  // 合计未超过上限时不必排序，超过时按日期、标识先后分配。
  const counted = (item: number): boolean => itemBest[item] === undefined || itemBest[item].idx === itemIdx[item];
  /** 按标识排序（sort 是稳定的：标识相同时保持文件顺序）。 */
  const byId = (x: number, y: number): number => {
    const ix = (acts[itemIdx[x] as number] as Activity).id;
    const iy = (acts[itemIdx[y] as number] as Activity).id;
    return ix < iy ? -1 : ix > iy ? 1 : 0;
  };
  for (const all of groupOf.values()) {
    const items = all.filter(counted);
    const first = items[0];
    if (first === undefined) continue;
    const limit = itemLimit[first] as number;
    let sum = 0;
    for (const item of items) sum += itemHours[item] as number;
    if (round2(sum) <= limit) continue;
    // 按日期分桶，只给分满之前的那几天按标识排序：分满之后每一条都“不再计入”、此前已计的学时都一样，先后无关。
    // （大台账里一组有上万条，全部排序的开销随规模超线性增长。）
    const byDate = new Map<string, number[]>();
    for (const item of items) {
      const key = sortKey(acts[itemIdx[item] as number] as Activity);
      const bucket = byDate.get(key);
      if (bucket) bucket.push(item);
      else byDate.set(key, [item]);
    }
    let used = 0;
    for (const key of [...byDate.keys()].sort()) {
      const bucket = byDate.get(key) as number[];
      if (round2(limit - used) > 0) bucket.sort(byId);
      for (const item of bucket) {
        const hours = itemHours[item] as number;
        const room = Math.max(0, round2(limit - used));
        if (hours > room) {
          itemGranted[item] = room;
          itemUsedBefore[item] = round2(used);
        }
        used = round2(used + Math.min(hours, room));
      }
    }
  }

  // 第三遍：上限确定后，按文件顺序重新套用其余活动的规则并计入。
  setRecording(false);
  for (const [i, idx] of deferred.entries()) {
    const res = ruleResult(idx);
    if (explain) res.steps = deferredSteps[i] as TraceStep[];
    finish(idx, res);
  }

  // 第四遍：其余活动都已计入，判断条件年度是否达标，再计入有条件的学时（LY17-MAKEUP）。
  setRecording(explain);
  const reqOf = (y: number) => requirementFor((yy) => policy.yearRequirement(yy, ctx), y).req;
  for (const idx of conditional) {
    const res = ruleResult(idx);
    for (const out of res.outputs) {
      const y = out.type === 'credit' ? out.requiresComplete : undefined;
      if (y !== undefined && !conditionMet.has(y)) conditionMet.set(y, figures(y, tallies.get(y), reqOf(y)).complete);
    }
    finish(idx, res);
  }

  // 用到的条款里有“本项目理解”的，提示用户。
  for (const id of usedRules) {
    const text = policy.interpretations[id];
    if (text) warnings.add({ code: 'interpretation', clauses: [id], message: `本项目理解：${text}` });
  }

  const reqFn = (y: number) => requirementFor((yy) => policy.yearRequirement(yy, ctx), y).req ?? undefined;
  policy.postProcess?.(tallies, reqFn, years, query);

  const categories = window?.categories;
  const yearFigures: YearFigures[] = years.map((y) => {
    // 累计检验（NX19）不逐年要求：各年只列出计入的学时。
    if (window?.test === 'total') return figures(y, tallies.get(y), null);
    const { req, baseline } = requirementFor((yy) => policy.yearRequirement(yy, ctx), y);
    if (baseline && req) {
      warnings.add({
        code: 'baseline',
        clauses: req.clauses,
        message: `${policy.id} 通知没有规定 ${y} 年度的学时数，按国家规定（人社部令第25号第八条）每年不少于 90 学时、专业科目不少于三分之二核算`,
      });
    }
    if (req?.averageOverTerm && query.kind === 'year') {
      warnings.add({
        code: 'interpretation',
        clauses: req.clauses,
        message: `${y} 年度的要求是任期内的年平均学时，这里按该年单独比较，仅供参考；按申报查询核算整个任期`,
      });
    }
    return figures(y, tallies.get(y), req, categories);
  });
  const term = query.kind === 'application' ? averageOverTerm(yearFigures) : undefined;
  if (term) {
    warnings.add({
      code: 'interpretation',
      clauses: term.clauses,
      message: `本项目理解：${term.years[0]}—${term.years[term.years.length - 1]} 年的要求是“任期内平均每年”，按这几年合计检验（合计不少于 ${term.requirement} 学时），不逐年检验；其余年度逐年检验`,
    });
  }

  const sum = (f: (y: YearFigures) => number) => round2(yearFigures.reduce((s, y) => s + f(y), 0));
  let credited: Hours = {
    public: sum((y) => y.credited.public),
    professional: sum((y) => y.credited.professional),
    total: sum((y) => y.credited.total),
  };
  let requirement: Requirement | null = null;
  let shortfall: Hours = { public: 0, professional: 0, total: 0 };
  let complete = false;
  let undetermined = false;

  if (query.kind === 'year' || window?.test === 'per-year') {
    undetermined = yearFigures.some((y) => !y.requirement) || yearFigures.length === 0;
    complete = !undetermined && yearFigures.every((y) => y.complete);
    shortfall = {
      public: sum((y) => y.shortfall.public),
      professional: sum((y) => y.shortfall.professional),
      total: round2(sum((y) => y.shortfall.total) + (term?.shortfall ?? 0)),
    };
    if (yearFigures.length === 1) requirement = yearFigures[0]?.requirement ?? null;
    else if (!undetermined) {
      const reqs = yearFigures.map((y) => y.requirement as Requirement);
      const add = (k: 'public' | 'professional' | 'total') =>
        reqs.some((r) => r[k] !== undefined) ? round2(reqs.reduce((s, r) => s + (r[k] ?? 0), 0)) : undefined;
      requirement = { clauses: [...new Set([...(window?.clauses ?? []), ...reqs.flatMap((r) => r.clauses)])] };
      const p = add('public');
      const q = add('professional');
      const t = add('total');
      if (p !== undefined) requirement.public = p;
      if (q !== undefined) requirement.professional = q;
      if (t !== undefined) requirement.total = t;
    }
  } else if (window?.test === 'any-year') {
    undetermined = yearFigures.every((y) => !y.requirement);
    const best = [...yearFigures]
      .filter((y) => y.requirement)
      .sort(
        (a, b) =>
          a.shortfall.total +
            a.shortfall.public +
            a.shortfall.professional -
            (b.shortfall.total + b.shortfall.public + b.shortfall.professional) || b.year - a.year,
      )[0];
    complete = !!best?.complete;
    if (best) {
      shortfall = best.shortfall;
      requirement = {
        ...(best.requirement as Requirement),
        clauses: [...window.clauses, ...(best.requirement as Requirement).clauses],
      };
    }
  } else if (window?.test === 'total') {
    const req = window.requirement ?? null;
    requirement = req;
    credited = {
      public: round2(credited.public + windowCredit.public),
      professional: round2(credited.professional + windowCredit.professional),
      total: round2(credited.total + windowCredit.public + windowCredit.professional),
    };
    if (!req) undetermined = true;
    else {
      const both = windowDeemed.public && windowDeemed.professional;
      const effPub = windowDeemed.public ? Math.max(credited.public, req.public ?? 0) : credited.public;
      const needProf = req.professional ?? (req.total ?? 0) - (req.public ?? 0);
      const effProf = windowDeemed.professional ? Math.max(credited.professional, needProf) : credited.professional;
      shortfall = both
        ? { public: 0, professional: 0, total: 0 }
        : {
            public: Math.max(0, round2((req.public ?? 0) - effPub)),
            professional: Math.max(0, round2((req.professional ?? 0) - effProf)),
            total: Math.max(0, round2((req.total ?? 0) - effPub - effProf)),
          };
      complete = shortfall.public === 0 && shortfall.professional === 0 && shortfall.total === 0;
    }
  } else {
    undetermined = true;
  }

  const result: Evaluation = {
    notice: profile.notice,
    query,
    asOf: ctx.asOf,
    evaluatorVersion: EVALUATOR_VERSION,
    years: yearFigures,
    credited,
    counted: undetermined
      ? credited
      : countedOf(
          requirement,
          shortfall,
          credited,
          window?.categories?.length === 1 ? window.categories[0] : undefined,
        ),
    requirement,
    shortfall,
    needed: undetermined ? 0 : neededFor(query, window, yearFigures, shortfall, term),
    complete: complete && !undetermined,
    undetermined,
    trace: explain ? entries : [],
    warnings: warnings.list(),
  };
  if (window) result.window = window;
  if (term) result.termAverage = term;
  if (ledger.sharedResult && JSON.stringify(normalizeQuery(ledger.sharedResult.query)) === JSON.stringify(query)) {
    result.sharedResult = compareShared(ledger, result);
    if (!result.sharedResult.same) {
      result.warnings.push({
        code: 'shared-result-differs',
        clauses: [],
        message: `文件中分享时的结果（核算器 ${ledger.sharedResult.evaluatorVersion}）与现在重新计算的结果不同，可能是规则已更正：${result.sharedResult.differences
          .map((d) => `${FIELD_LABEL[d.field]} ${fmt(d.shared)} → ${fmt(d.now)}`)
          .join('；')}`,
      });
    }
  }
  return result;
}

/**
 * 还需多少学时：逐年检验时是各年所需之和（加上任期合并检验的差额），其余情况由总差额算出。
 * 一年里公需差 0、专业差 30、合计差 15 时，还需 30（补足专业 30 学时，合计也就够了）。
 */
function neededFor(
  query: Query,
  window: WindowSpec | undefined,
  years: YearFigures[],
  shortfall: Hours,
  term: TermAverage | undefined,
): number {
  if (query.kind === 'application' && window?.test === 'per-year') {
    const perYear = years.reduce((s, y) => s + neededOf(y.shortfall), 0);
    return round2(perYear + (term?.shortfall ?? 0));
  }
  return neededOf(shortfall);
}

/**
 * 要求为“任期内年平均”的年度（WH19-PRE2018）合并检验：这几年合计达到年平均数 × 年数即达标。
 * 这些年度各自的差额清零、是否达标随合并结果，合并的差额另记（算进总差额）。
 */
function averageOverTerm(yearFigures: YearFigures[]): TermAverage | undefined {
  const averaged = yearFigures.filter((y) => y.requirement?.averageOverTerm);
  if (averaged.length === 0) return undefined;
  const requirement = round2(averaged.reduce((s, y) => s + (y.requirement?.total ?? 0), 0));
  const credited = round2(averaged.reduce((s, y) => s + y.credited.total, 0));
  const shortfall = Math.max(0, round2(requirement - credited));
  for (const y of averaged) {
    y.shortfall = { public: 0, professional: 0, total: 0 };
    y.counted = y.credited;
    y.complete = shortfall === 0;
    y.averagedOverTerm = true;
  }
  const clauses = [...new Set(averaged.flatMap((y) => y.requirement?.clauses ?? []))];
  return { years: averaged.map((y) => y.year), requirement, credited, shortfall, complete: shortfall === 0, clauses };
}

const FIELD_LABEL = { public: '公需', professional: '专业', total: '合计', complete: '是否完成' } as const;
const fmt = (v: number | boolean) => (typeof v === 'boolean' ? (v ? '完成' : '未完成') : String(v));

function compareShared(ledger: Ledger, now: Evaluation): SharedResultCheck {
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

/**
 * 重新计算文件里“分享时的结果”，并与分享的数字比较。文件没有分享结果时返回 undefined。
 */
export function checkSharedResult(ledger: Ledger): { evaluation: Evaluation; check: SharedResultCheck } | undefined {
  if (!ledger.sharedResult) return undefined;
  const evaluation = evaluate(ledger, ledger.sharedResult.query);
  const check = evaluation.sharedResult ?? compareShared(ledger, evaluation);
  return { evaluation, check };
}

/** 生成可以写进导出文件的“分享时的结果”。 */
export function shareResult(
  ledger: Ledger,
  evaluation: Evaluation,
  sharedAt?: string,
): NonNullable<Ledger['sharedResult']> {
  const out: NonNullable<Ledger['sharedResult']> = {
    notice: ledger.profile.notice,
    query: evaluation.query,
    figures: { ...evaluation.credited, complete: evaluation.complete },
    evaluatorVersion: EVALUATOR_VERSION,
  };
  if (sharedAt) out.sharedAt = sharedAt;
  return out;
}

/**
 * 文件没有指明查询时的默认查询：分享时的查询；否则个人资料中的拟申报级别和年度；
 * 否则 `fallbackYear` 年度。
 */
export function defaultQuery(ledger: Ledger, fallbackYear: number): Query {
  if (ledger.sharedResult) return normalizeQuery(ledger.sharedResult.query);
  const p = ledger.profile;
  if (p.applyingFor && p.applicationYear)
    return { kind: 'application', level: p.applyingFor, year: p.applicationYear, route: 'review' };
  return { kind: 'year', year: fallbackYear };
}
