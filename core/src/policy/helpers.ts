/** 各地规则共用的小工具。 */
import type { Category } from '../ledger/schema.ts';
import type {
  Cap,
  NotCreditedReason,
  Requirement,
  RuleOutput,
  RuleResult,
  TraceStep,
  WarningCode,
  YearTally,
} from './types.ts';

/** 日期（YYYY-MM-DD）所在年度。逐位计算、不切出子串：大台账里每条活动要算几次。 */
export const yearOf = (date: string): number =>
  (date.charCodeAt(0) - 48) * 1000 +
  (date.charCodeAt(1) - 48) * 100 +
  (date.charCodeAt(2) - 48) * 10 +
  (date.charCodeAt(3) - 48);

/** 保留两位小数，避免浮点误差。 */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** 保留一位小数（按月折算时使用）。 */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * 是否记录解释步骤。核算器在 `evaluate(..., { trace: false })` 时于同步调用期间关闭，
 * 规则照常计算学时，只是不生成说明文字（批量核对时省时间、省内存）。
 */
let recording = true;
/** 由核算器调用：设置是否记录解释步骤，返回原来的设置。 */
export function setRecording(on: boolean): boolean {
  const prev = recording;
  recording = on;
  return prev;
}
/** 当前是否记录解释步骤。 */
export function isRecording(): boolean {
  return recording;
}

const singles = new Map<string, readonly string[]>();
/** `[id]`，同一个编号共用一个数组（大台账里省内存）。 */
export function single(id: string): readonly string[] {
  let a = singles.get(id);
  if (!a) {
    a = Object.freeze([id]);
    singles.set(id, a);
  }
  return a;
}

/** 一条规则的处理过程：逐步记录，最后得到 RuleResult。 */
export class Step {
  readonly steps: TraceStep[] = [];
  readonly outputs: RuleOutput[] = [];
  warnings: NonNullable<RuleResult['warnings']> | undefined;
  reason?: NotCreditedReason;
  readonly rule: string;
  readonly clauses: readonly string[];
  constructor(rule: string, clauses?: readonly string[]) {
    this.rule = rule;
    this.clauses = clauses ?? single(rule);
  }

  raw(text: string, figures?: Record<string, number>): this {
    if (!recording) return this;
    this.steps.push(
      figures ? { step: 'raw', clauses: this.clauses, text, figures } : { step: 'raw', clauses: this.clauses, text },
    );
    return this;
  }
  add(
    step: TraceStep['step'],
    text: string,
    figures?: Record<string, number>,
    clauses: readonly string[] = this.clauses,
  ): this {
    if (!recording) return this;
    this.steps.push(figures ? { step, clauses, text, figures } : { step, clauses, text });
    return this;
  }
  /** 计入学时。 */
  credit(
    year: number | 'window',
    category: Category,
    hours: number,
    opts: {
      cap?: Cap;
      dedupe?: string | undefined;
      online?: boolean;
      clauses?: readonly string[];
      requiresComplete?: number;
    } = {},
  ): RuleResult {
    const out: Extract<RuleOutput, { type: 'credit' }> = {
      type: 'credit',
      year,
      category,
      hours,
      clauses: opts.clauses ?? this.clauses,
    };
    if (opts.cap) out.cap = opts.cap;
    if (opts.dedupe !== undefined) out.dedupe = opts.dedupe;
    if (opts.online) out.online = true;
    if (opts.requiresComplete !== undefined) out.requiresComplete = opts.requiresComplete;
    this.outputs.push(out);
    return this.done();
  }
  /** 视同完成。 */
  deem(years: readonly number[] | 'window', parts: readonly Category[], text: string): RuleResult {
    this.outputs.push({ type: 'deem', years, parts, clauses: this.clauses });
    if (recording) this.add('deem', text);
    return this.done();
  }
  /** 不计入。 */
  none(reason: NotCreditedReason, text: string): RuleResult {
    if (recording) this.steps.push({ step: 'not-credited', clauses: this.clauses, text, reason });
    this.reason = reason;
    return this.done();
  }
  warn(code: WarningCode, message: string, clauses: readonly string[] = this.clauses): this {
    if (!this.warnings) this.warnings = [];
    this.warnings.push({ code, clauses, message });
    return this;
  }
  done(): RuleResult {
    const r: RuleResult = { rule: this.rule, clauses: this.clauses, steps: this.steps, outputs: this.outputs };
    if (this.warnings) r.warnings = this.warnings;
    if (this.reason) r.reason = this.reason;
    return r;
  }
}

/** 网络课程与补学等“按载明学时计”的共同检查：类别未知或学时待补时不计入。 */
export function needsFigure(
  s: Step,
  a: { hours?: number | undefined; category?: Category | 'unknown' },
): { hours: number; category: Category } | RuleResult {
  if (a.category === 'unknown') {
    s.warn('needs-input', '有课程的类别（公需/专业）未知，请确认后才能计入', []);
    return s.none('needs-input', '类别未知（公需还是专业？），请确认后计入');
  }
  if (a.hours === undefined) {
    s.warn('needs-input', '有活动的学时待补，补上学时后才能计入', []);
    return s.none('needs-input', '学时待补：平台或证书没有给出学时，请补充');
  }
  return { hours: a.hours, category: a.category ?? 'professional' };
}

export function isResult(x: unknown): x is RuleResult {
  return typeof x === 'object' && x !== null && 'outputs' in x;
}

/** first 到 last 的每一年（含两端）；first > last 时为空。 */
export function yearRange(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** 一年的空合计。 */
export function emptyTally(year: number): YearTally {
  return {
    year,
    public: 0,
    professional: 0,
    onlinePublic: 0,
    onlineProfessional: 0,
    deemed: { public: false, professional: false },
    moves: [],
  };
}

/** 把“公需 / 专业 / 合计”参数表写成要求。 */
export function requirementFrom(
  table: Readonly<Record<string, number>> | undefined,
  clauses: readonly string[],
): Requirement | undefined {
  if (!table) return undefined;
  const r: Requirement = { clauses };
  if (table.public !== undefined) r.public = table.public;
  if (table.professional !== undefined) r.professional = table.professional;
  if (table.total !== undefined) r.total = table.total;
  return r;
}

const DAY = 86_400_000;
const utc = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
/** 某日加 n 个月（月末对齐：1 月 31 日加一个月是 2 月最后一天）。 */
function addMonths(t: number, n: number): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last));
}

/**
 * 起止日期（含两端）落在某年度内的月数：整月数加上不足一月的天数占那个月的比例。
 * 例：2023-01-01 至 2023-06-30 正好 6 个月；至 2023-07-01 是 6 又 1/31 个月（“超过6个月”）。
 */
export function monthsInYear(startDate: string, endDate: string, year: number): number {
  const from = Math.max(utc(startDate), Date.UTC(year, 0, 1));
  const to = Math.min(utc(endDate), Date.UTC(year, 11, 31)) + DAY; // 不含
  if (from >= to) return 0;
  let months = 0;
  let cur = from;
  while (addMonths(from, months + 1) <= to) {
    months++;
    cur = addMonths(from, months);
  }
  const rest = to - cur;
  return rest === 0 ? months : months + rest / (addMonths(from, months + 1) - cur);
}
