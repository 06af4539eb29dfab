/**
 * 核算器：一份台账在一次查询下的学时、要求、差额与解释。
 *
 * 一次核算（run）按下面的顺序进行，每一步一个函数：
 *
 *   台账 + 查询
 *    │ 1 chooseYears        核算哪些年度；申报查询按通知的审验期和检验方式          scope.ts
 *    │ 2 applyRules         逐条套用规则（rules.ts）；没有上限、不涉及“只计一次”和
 *    │                      条件的当场计入账本（book.ts），其余记下等后面计入
 *    │ 3 caps.allocate      同一年、同一上限组的学时按日期先后分配上限               caps.ts
 *    │ 4 creditDeferred     上限和“只计一次”确定后重新套用规则（规则是纯函数）并计入
 *    │ 5 creditConditional  条件年度达标后才计入的学时（LY17-MAKEUP）
 *    │   interpretations    用到的“本项目理解”写成提示
 *    │ 6 postProcess        通知自己的跨年调剂（QH20-MAKEUP）
 *    │ 7 yearFiguresFor     每年的计入、要求、差额；任期年平均合并检验             verdict.ts
 *    │ 8 verdict            逐年 / 任一年 / 累计检验的结论、计入要求、还需
 *    ▼
 *   Evaluation：数字 + 每条活动的解释（trace）+ 提示（warnings）+ 与分享时结果的比较
 */
import { normalizeQuery } from '../ledger/query.ts';
import type { Activity, Ledger, Query, QueryInput } from '../ledger/schema.ts';
import { getPolicy } from '../policies/index.ts';
import { round2, setRecording } from '../policy/helpers.ts';
import type { Policy, RuleResult, TraceStep } from '../policy/types.ts';
import { Book } from './book.ts';
import { ruleResultFor } from './rules.ts';
import { chooseYears, type Scope } from './scope.ts';
import { compareShared, sharedDiffersWarning } from './shared.ts';
import type { Evaluation, SharedResultCheck } from './types.ts';
import { countedOf, figures, neededFor, requirementFor, verdict, yearFiguresFor } from './verdict.ts';
import { Warnings } from './warnings.ts';

export { today } from './scope.ts';
export { round2 };

/** 核算器版本：规则或算法变化时递增，分享的结果会带上它。 */
export const EVALUATOR_VERSION = '2.1.0';

/** `evaluate` 的选项。 */
export interface EvaluateOptions {
  /**
   * 是否生成逐条解释（默认生成）。批量核对只要数字时设为 false：学时、要求、差额、是否完成都一样，
   * `trace` 为空数组，省时间、省内存。
   */
  trace?: boolean;
}

/**
 * 核算一份台账。
 *
 * @param ledger 已通过 {@link parseLedger} 校验的台账。
 * @param queryInput 年度查询 `{kind:'year', year}`，或申报查询 `{kind:'application', level, year, route?}`；
 *   可带 `asOf`（核算截止日期，缺省为今天）。
 * @returns 学时、要求、差额、是否完成、每条活动的解释和提示。除缺省的截止日期取今天外，不读写任何外部状态。
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

/** 一次核算：上面注释里的 8 步。 */
function run(policy: Policy, ledger: Ledger, query: Query, explain: boolean): Evaluation {
  const { profile } = ledger;
  // 计划中的活动（planned）不是已完成的，不进真实结果；“完成这些计划后”由界面去掉标记另算一次。
  const acts = ledger.activities.some((a) => a.planned)
    ? ledger.activities.filter((a) => !a.planned)
    : ledger.activities;
  const warnings = new Warnings();
  const profileWarnings = policy.profileWarnings?.(profile) ?? [];
  for (const w of profileWarnings) warnings.add(w);
  const scope = chooseYears(policy, query, profile, warnings);
  // 另有规定的人员（会计、卫生……）不按本通知的要求审验：学时照算，结论是“无法判断”。
  const ownRules = profileWarnings.some((w) => w.code === 'own-rules');
  const book = new Book(acts, scope, warnings, explain);
  const ruleOf = (idx: number): RuleResult => ruleResultFor(policy, acts[idx] as Activity, scope.ctx);

  const later = applyRules(acts, book, ruleOf, explain);
  book.caps.allocate(acts);
  creditDeferred(book, ruleOf, later, explain);
  creditConditional(policy, scope, book, warnings, ruleOf, later.conditional, explain);
  for (const id of book.usedRules) {
    const text = policy.interpretations[id];
    if (text) warnings.add({ code: 'interpretation', clauses: [id], message: `本项目理解：${text}` });
  }
  const reqFn = (y: number) => requirementFor(policy, scope, y).req ?? undefined;
  policy.postProcess?.(book.tallies, reqFn, scope.years, query);

  const years = yearFiguresFor(policy, scope, book.tallies, warnings);
  const term = policy.termAverage?.(years, query, warnings);
  const { window } = scope;
  const v = verdict(query, window, years, book.windowCredit, book.windowDeemed);
  if (ownRules) v.undetermined = true;
  const only = window?.categories?.length === 1 ? window.categories[0] : undefined;
  const result: Evaluation = {
    notice: profile.notice,
    query,
    asOf: scope.ctx.asOf,
    evaluatorVersion: EVALUATOR_VERSION,
    years,
    credited: v.credited,
    counted: v.undetermined ? v.credited : countedOf(v.requirement, v.shortfall, v.credited, only),
    requirement: v.requirement,
    shortfall: v.shortfall,
    needed: v.undetermined ? 0 : neededFor(query, window, years, v.shortfall),
    complete: v.complete && !v.undetermined,
    undetermined: v.undetermined,
    trace: explain ? book.entries : [],
    warnings: warnings.list(),
  };
  if (window) result.window = window;
  if (term) result.termAverage = term;
  return withSharedResult(ledger, result);
}

/** 第 2 步之后留待计入的活动。 */
interface Later {
  /**
   * 有上限或“只计一次”的活动，按序号标记（1）。标记而不列出序号：十万条的台账里有几万条，
   * V8 里超过约 16k 项的数组每加一项都慢几十倍。
   */
  deferred: Uint8Array;
  /** 它们第一遍写下的解释步骤，按序号（第二次套用时不再生成文字；只在生成解释时）。 */
  deferredSteps: TraceStep[][];
  /** 有条件计入的活动。 */
  conditional: number[];
}

/**
 * 第 2 步：逐条套用规则。没有上限、不涉及“只计一次”和条件的当场计入；
 * 其余的只记下上限项和“只计一次”的候选，等上限分配后再套用一次规则。
 */
function applyRules(
  acts: readonly Activity[],
  book: Book,
  ruleOf: (idx: number) => RuleResult,
  explain: boolean,
): Later {
  const later: Later = {
    deferred: new Uint8Array(acts.length),
    deferredSteps: explain ? new Array(acts.length) : [],
    conditional: [],
  };
  for (let idx = 0; idx < acts.length; idx++) {
    const res = ruleOf(idx);
    let defer = false;
    let conditional = false;
    for (const out of res.outputs) {
      if (out.type !== 'credit') continue;
      if (out.requiresComplete !== undefined) conditional = true;
      if (out.cap || out.dedupe !== undefined) defer = true;
      const best = book.considerDuplicate(idx, out);
      book.caps.add(idx, out, best);
    }
    if (conditional) {
      // 规则写错时才会到这里（不是使用者能改的），一句话够了。
      if (defer) throw new Error('条件计入不能与上限、只计一次并用');
      later.conditional.push(idx);
    } else if (defer) {
      later.deferred[idx] = 1;
      if (explain) later.deferredSteps[idx] = res.steps;
    } else book.finish(idx, res);
  }
  return later;
}

/** 第 4 步：上限确定后，按文件顺序重新套用规则并计入（只为学时，解释用第一遍写下的）。 */
function creditDeferred(book: Book, ruleOf: (idx: number) => RuleResult, later: Later, explain: boolean): void {
  setRecording(false);
  for (let idx = 0; idx < later.deferred.length; idx++) {
    if (!later.deferred[idx]) continue;
    const res = ruleOf(idx);
    if (explain) res.steps = later.deferredSteps[idx] as TraceStep[];
    book.finish(idx, res);
  }
  setRecording(explain);
}

/** 第 5 步：其余活动都已计入，判断条件年度是否达标（不算有条件的学时），再计入有条件的学时。 */
function creditConditional(
  policy: Policy,
  scope: Scope,
  book: Book,
  warnings: Warnings,
  ruleOf: (idx: number) => RuleResult,
  conditional: number[],
  explain: boolean,
): void {
  setRecording(explain);
  for (const idx of conditional) {
    const res = ruleOf(idx);
    for (const out of res.outputs) {
      const y = out.type === 'credit' ? out.requiresComplete : undefined;
      if (y === undefined || book.conditionMet.has(y)) continue;
      // 那一年的合计也经过通知的年度规则：有待确认、数字不明的学时而“若计入就达标”时，条件本身无法判断。
      const req = requirementFor(policy, scope, y).req;
      const t = book.tallies.get(y);
      const h = policy.yearHours?.(y, t, warnings, req);
      const met = figures(y, h ? h.tally : t, req).complete;
      const undecided = !met && !!h?.ifCounted && figures(y, h.ifCounted, req).complete;
      book.conditionMet.set(y, undecided ? 'undecided' : met);
    }
    book.finish(idx, res);
  }
}

/** 文件里有同一查询的“分享时的结果”时，附上比较；不同时提示。 */
function withSharedResult(ledger: Ledger, result: Evaluation): Evaluation {
  const shared = ledger.sharedResult;
  if (!shared || JSON.stringify(normalizeQuery(shared.query)) !== JSON.stringify(result.query)) return result;
  result.sharedResult = compareShared(ledger, result);
  if (!result.sharedResult.same) result.warnings.push(sharedDiffersWarning(result.sharedResult));
  return result;
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
