/**
 * 第 2、4、5 步共用的账本：把规则的输出计入各年度（或审验期累计），写出每条活动的解释。
 * 上限（caps.ts）、“只计一次”（bestOf）、有条件计入（conditionMet）在计入前确定。
 */
import type { Activity, Category } from '../ledger/schema.ts';
import { emptyTally } from '../policy/helpers.ts';
import type { NotCreditedReason, RuleOutput, RuleResult, TraceStep, YearTally } from '../policy/types.ts';
import { CapItems, sortKey } from './caps.ts';
import { kindLabel } from './rules.ts';
import type { Scope } from './scope.ts';
import type { TraceEntry } from './types.ts';
import type { Warnings } from './warnings.ts';

const NO_DEEMS: TraceEntry['deemed'] = Object.freeze([]);
const NO_CREDITS: TraceEntry['credited'] = Object.freeze([]);

type Credit = Extract<RuleOutput, { type: 'credit' }>;
type Deem = Extract<RuleOutput, { type: 'deem' }>;

/** 一条活动的去向：计入了什么、视同完成了什么、为什么有未计入的部分。 */
interface Fate {
  steps: TraceStep[];
  credited: { year: number | 'window'; category: Category; hours: number }[] | undefined;
  deemed: { years: readonly number[] | 'window'; parts: readonly Category[] }[] | undefined;
  reason: NotCreditedReason | undefined;
  lost: boolean;
}

/**
 * 加一项到可能还没有的数组。多数条目只计入一笔：[x] 大小正好，
 * 而 push 到空数组会预留十几个空位——解释是输出，大台账里这些空位白占内存、拖慢回收。
 */
function append<T>(list: T[] | undefined, x: T): T[] {
  if (!list) return [x];
  list.push(x);
  return list;
}

export class Book {
  readonly tallies = new Map<number, YearTally>();
  readonly windowCredit = { public: 0, professional: 0 };
  readonly windowDeemed = { public: false, professional: false };
  readonly entries: TraceEntry[];
  /** 实际计入了学时的条款（用到的“本项目理解”据此提示）。 */
  readonly usedRules = new Set<string>();
  /** 同一项（dedupe 标识）学时最多的一条；每个标识一个对象，改选时就地更新。 */
  readonly bestOf = new Map<string, { idx: number; hours: number }>();
  readonly caps = new CapItems();
  /** 有条件计入的学时所要求的年度是否达标（第 5 步之前确定）。 */
  readonly conditionMet = new Map<number, boolean | 'undecided'>();
  /** “不在本次核算年度内”的说明对同一条款、同一年度都一样，共用一个对象。 */
  private readonly outside = new Map<readonly string[], Map<number, TraceStep>>();
  private readonly yearsText: string;
  private readonly acts: readonly Activity[];
  private readonly scope: Scope;
  private readonly warnings: Warnings;
  private readonly explain: boolean;

  constructor(acts: readonly Activity[], scope: Scope, warnings: Warnings, explain: boolean) {
    this.acts = acts;
    this.scope = scope;
    this.warnings = warnings;
    this.explain = explain;
    // 只算数字时不写解释：不必为每条活动预留位置（十万条的台账里这是一个 800 KB 的数组）。
    this.entries = explain ? new Array(acts.length) : [];
    this.yearsText = scope.years.join('、') || '无';
  }

  tally(y: number): YearTally {
    let t = this.tallies.get(y);
    if (!t) {
      t = emptyTally(y);
      this.tallies.set(y, t);
    }
    return t;
  }

  /**
   * 第一遍记下“只计一次”的候选：同一项在整本台账里只留学时最多的一条，相同时留排序在前的。
   * 在整本台账里比较，而不只在本次核算的年度里：哪一条计入与问的是哪一年无关（同一成果不会
   * 逐年各算一次），核算范围外的年度（如补学所要求的那一年，LY17-MAKEUP）的学时也不重复。
   * 范围外的一条因此可以占去范围内的一条：同一项已在那一年计过（QD23-OUTPUT“不重复计算”）。
   */
  considerDuplicate(idx: number, out: Credit): { idx: number; hours: number } | undefined {
    if (out.dedupe === undefined) return undefined;
    const best = this.bestOf.get(out.dedupe);
    if (!best) {
      const first = { idx, hours: out.hours };
      this.bestOf.set(out.dedupe, first);
      return first;
    }
    if (out.hours > best.hours || (out.hours === best.hours && this.before(idx, best.idx))) {
      best.idx = idx;
      best.hours = out.hours;
    }
    return best;
  }

  /** i 是否排在 j 之前（按日期、再按标识）：与文件中的顺序无关。 */
  private before(i: number, j: number): boolean {
    const ai = this.acts[i] as Activity;
    const aj = this.acts[j] as Activity;
    const ki = sortKey(ai);
    const kj = sortKey(aj);
    return ki !== kj ? ki < kj : ai.id < aj.id;
  }

  /** 计入一条活动的学时并写出它的解释（上限、“只计一次”、条件已确定之后）。 */
  finish(idx: number, res: RuleResult): void {
    const a = this.acts[idx] as Activity;
    for (const w of res.warnings ?? []) this.warnings.add(w, a.id);
    // 核算器的说明接在规则的步骤之后，只在生成解释时写。
    const fate: Fate = { steps: res.steps, credited: undefined, deemed: undefined, reason: res.reason, lost: false };
    for (const out of res.outputs) {
      if (out.type === 'deem') this.deem(out, fate);
      else this.credit(idx, out, fate);
    }
    const anyCredit = fate.credited?.some((c) => c.hours > 0) ?? false;
    const status: TraceEntry['status'] = fate.deemed
      ? 'deemed'
      : anyCredit
        ? fate.lost
          ? 'partly'
          : 'credited'
        : 'not-credited';
    if (status !== 'not-credited') for (const c of res.clauses) this.usedRules.add(c);
    if (this.explain) this.entries[idx] = entryOf(a, res, fate, status);
  }

  /** 视同完成：记在各年度（或审验期）上；不在本次核算范围内的说明一句。 */
  private deem(out: Deem, fate: Fate): void {
    const { yearSet, ctx } = this.scope;
    const relevant = out.years === 'window' || out.years.some((y) => yearSet.has(y));
    if (out.years === 'window') {
      if (ctx.window) for (const p of out.parts) this.windowDeemed[p] = true;
    } else for (const y of out.years) for (const p of out.parts) this.tally(y).deemed[p] = true;
    if (relevant && (out.years !== 'window' || ctx.window)) {
      if (!fate.deemed) fate.deemed = [];
      fate.deemed.push({ years: out.years, parts: out.parts });
      return;
    }
    if (this.explain)
      fate.steps.push({
        step: 'not-credited',
        clauses: out.clauses,
        text: '视同完成的年度不在本次核算范围内',
        reason: 'out-of-window',
      });
    fate.reason ??= 'out-of-window';
  }

  /** 计入学时：先看条件、“只计一次”、上限，再记到年度合计，审验期外的说明一句。 */
  private credit(idx: number, out: Credit, fate: Fate): void {
    const y = out.requiresComplete;
    if (y !== undefined && this.conditionMet.get(y) !== true) {
      // 那一年无法判断时，这些学时也待定：交给年度合计（pending），计入就达标的一年为“无法判断”。
      const undecided = this.conditionMet.get(y) === 'undecided';
      const text = `须先完成 ${y} 年度本身的学时要求，${y} 年度${undecided ? '无法判断' : '尚未达标'}，暂不计入`;
      if (undecided && out.year !== 'window') {
        const hours = { year: out.year, category: out.category, hours: out.hours, use: 'pending' } as const;
        // 提示写明年度和学时：几条待定的学时只有这些都相同时才合并成一条（每条各算一次）。
        const message = `${text}：${out.year} 年度 ${out.hours} 学时待定`;
        this.warnings.add({ code: 'needs-input', clauses: out.clauses, message, hours }, this.acts[idx]?.id);
      }
      this.lose(fate, undecided ? 'needs-input' : 'below-threshold', out.clauses, text, { year: y });
      return;
    }
    const cut = this.caps.take(idx, out);
    if (out.dedupe !== undefined && this.bestOf.get(out.dedupe)?.idx !== idx) {
      const best = this.bestOf.get(out.dedupe);
      const other = best ? (this.acts[best.idx] as Activity).id : '';
      this.lose(fate, 'duplicate', out.clauses, `与活动“${other}”属同一项，只计一次（取学时多的一条）`);
      return;
    }
    let hours = out.hours;
    if (out.cap && cut && cut.granted >= 0) {
      const { granted, usedBefore } = cut;
      const [every, now] = out.cap.period === 'day' ? ['每天', '当天'] : ['每年', '本年'];
      const text =
        granted > 0
          ? `${out.cap.label}${every}不超过 ${out.cap.limit} 学时，${now}已计 ${usedBefore} 学时，只再计 ${granted} 学时`
          : `${out.cap.label}${every}不超过 ${out.cap.limit} 学时，${now}已满，不再计入`;
      if (this.explain)
        fate.steps.push({
          step: 'cap',
          clauses: out.cap.clauses,
          text,
          figures: { limit: out.cap.limit, usedBefore, before: hours, after: granted },
          reason: 'cap',
        });
      fate.reason = 'cap';
      fate.lost = true;
      hours = granted;
    }
    if (hours <= 0 && out.hours > 0) return;
    this.record(out, hours, fate);
  }

  /** 把学时记到年度合计（或审验期累计），并写进这条活动的去向。 */
  private record(out: Credit, hours: number, fate: Fate): void {
    if (out.year === 'window') {
      this.windowCredit[out.category] += hours;
      fate.credited = append(fate.credited, { year: 'window', category: out.category, hours });
      return;
    }
    const t = this.tally(out.year);
    t[out.category] += hours;
    if (out.online) {
      if (out.category === 'public') t.onlinePublic += hours;
      else t.onlineProfessional += hours;
    }
    if (this.scope.yearSet.has(out.year)) {
      fate.credited = append(fate.credited, { year: out.year, category: out.category, hours });
    } else if (hours > 0) {
      if (this.explain) fate.steps.push(this.outOfWindow(out.clauses, out.year));
      fate.reason ??= 'out-of-window';
      fate.lost = true;
    }
  }

  /** 一笔学时整个不计入（条件不满足、与他条重复）。 */
  private lose(
    fate: Fate,
    reason: NotCreditedReason,
    clauses: readonly string[],
    text: string,
    figures?: Record<string, number>,
  ): void {
    if (this.explain)
      fate.steps.push(
        figures
          ? { step: 'not-credited', clauses, text, figures, reason }
          : { step: 'not-credited', clauses, text, reason },
      );
    fate.reason = reason;
    fate.lost = true;
  }

  private outOfWindow(clauses: readonly string[], year: number): TraceStep {
    let byYear = this.outside.get(clauses);
    if (!byYear) {
      byYear = new Map();
      this.outside.set(clauses, byYear);
    }
    let st = byYear.get(year);
    if (!st) {
      st = Object.freeze({
        step: 'not-credited' as const,
        clauses,
        text: `计入 ${year} 年度，不在本次核算的年度（${this.yearsText}）内`,
        figures: Object.freeze({ year }),
        reason: 'out-of-window' as const,
      });
      byYear.set(year, st);
    }
    return st;
  }
}

/** 一条活动的解释。 */
function entryOf(a: Activity, res: RuleResult, fate: Fate, status: TraceEntry['status']): TraceEntry {
  const entry: TraceEntry = {
    activityId: a.id,
    kind: a.kind,
    kindLabel: kindLabel(a.kind),
    rule: res.rule,
    clauses: res.clauses,
    steps: fate.steps,
    credited: fate.credited ?? NO_CREDITS,
    deemed: fate.deemed ?? NO_DEEMS,
    status,
  };
  if (a.title !== undefined) entry.title = a.title;
  if (status !== 'credited' && status !== 'deemed' && fate.reason) entry.reason = fate.reason;
  else if (status === 'partly' && fate.reason) entry.reason = fate.reason;
  return entry;
}
