/**
 * 政策模块的类型：参数（带日期的数值，逐条引用条款）、条款说明、规则函数。
 *
 * 网站的政策页面直接列出 `Policy.parameters`（与核算用的是同一份数据）和各通知 clauses.ts 中的条款。
 */

import type { TermAverage, YearFigures } from '../evaluate/types.ts';
import type { Warnings } from '../evaluate/warnings.ts';
import type { Activity, ActivityKind, ActivityOf, Category, Profile, ProfileNotice, Query } from '../ledger/schema.ts';
import { isRecording } from './helpers.ts';

/** 参数在某段时间内的取值（OpenFisca 风格：自 `from` 起生效，到 `to` 为止，含当日）。 */
export interface DatedValue<T> {
  /** 生效日期 YYYY-MM-DD。 */
  from: string;
  /** 失效日期 YYYY-MM-DD（含），缺省为一直有效。 */
  to?: string;
  value: T;
}

/** 参数取值：一个数、一个日期（YYYY-MM-DD），或一张按键取值的表（如专利排序 → 学时）。 */
export type ParamValue = number | string | Readonly<Record<string, number>>;

/** 一个参数：数值是数据，不写在规则代码里，每个参数都引用条款编号。 */
export interface Parameter<T extends ParamValue = ParamValue> {
  /** 参数标识，如 `QD23.pub.cap`。 */
  id: string;
  /** 中文名称。 */
  label: string;
  /** 单位，如 “学时/年”。 */
  unit: string;
  /** 引用的条款编号（至少一个）。 */
  clauses: readonly string[];
  /** 带日期的取值。 */
  values: readonly DatedValue<T>[];
  /** 表的键的中文名（表参数）。 */
  keyLabels?: Readonly<Record<string, string>>;
  /** 本项目的理解（通知未明说时）。 */
  interpretation?: string;
}

/** 定义参数（只做类型推断）。 */
export function defineParam<T extends ParamValue>(p: Parameter<T>): Parameter<T> {
  return p;
}

/** 参数在某日（或某年 12 月 31 日）的取值；不在任何区间内时为 `undefined`。 */
export function valueAt<T extends ParamValue>(p: Parameter<T>, when: string | number): T | undefined {
  const d = typeof when === 'number' ? `${when}-12-31` : when;
  for (const v of p.values) {
    if (v.from <= d && (v.to === undefined || d <= v.to)) return v.value;
  }
  return undefined;
}

/**
 * 参数在某日（或某年 12 月 31 日）的取值；不在适用期内时是“不在适用期内”的结果，规则直接返回它：
 * `const h = inForce(params.visit, a.date); if (isResult(h)) return h;`
 * 不抛异常：大台账里适用期之前的活动很多，抛一次异常比套用整条规则还费时。
 */
export function inForce<T extends ParamValue>(p: Parameter<T>, when: string | number): T | RuleResult {
  const v = valueAt(p, when);
  return v !== undefined ? v : notInForce(p, when);
}

/** 参数在该日期没有取值：这条活动“不在适用期内”（之前写下的步骤和提示不要了）。 */
function notInForce(p: Parameter, when: string | number): RuleResult {
  const { clauses } = p;
  // 说明文字只在生成解释时写。
  const steps: TraceStep[] = isRecording()
    ? [
        {
          step: 'not-credited',
          clauses,
          text: `“${p.label}”在 ${when} 不适用（${clauses.join('、')} 的适用期之外）`,
          reason: 'not-in-force',
        },
      ]
    : [];
  return { rule: clauses[0] ?? '', clauses, steps, outputs: [], reason: 'not-in-force' };
}

/** 条款在本项目中的状态。 */
export type ClauseStatus = 'implemented' | 'not-a-calculation';

/**
 * 条款所依据的通知原文：逐字摘自该通知的 `notice.txt`（第二行起的原文），一处一个字符串；
 * 条款依据几处原文时写成数组，按在通知中的先后。比较时去掉所有空白（原文在分页处把词断开，
 * 如“专业技\n\n术人员”），其余一字不改，连原文的错字和重复（如 WH19 的“思想”义思想”）也照录。
 * `test/coverage.test.ts` 检查每段引文都在原文中，并且原文中每句带数字的“学时”“学分”都有条款引用。
 */
export type NoticeQuote = string | readonly string[];

/** 一条条款的说明（网站逐条展示）。 */
export interface ClauseInfo {
  /** 稳定编号，如 `QD23-PUB`。 */
  id: string;
  /** 通知中的段落，如 `四(一)1`。 */
  section: string;
  /** 白话中文摘要。 */
  summary: string;
  status: ClauseStatus;
  /** 不是计算条款的原因（组织管理性质，或数字在我们没有的文件中）。 */
  reason?: string;
  /** 本条使用的参数标识。 */
  params?: readonly string[];
  /**
   * 本条实现或搁置的通知原文（见 {@link NoticeQuote}）。`null` 只用于仓库中没有原文的通知：
   * NAT15（人社部令第25号）的条文不在任何收到的文件中，不编造引文。
   */
  quote: NoticeQuote | null;
  /**
   * 本项目起初的条款清单里没有、后来从通知原文补上的条目（政策页面标为“本项目补充”）。
   * 清单现在就是各通知的 clauses.ts，引文把每一条钉在原文上。
   */
  projectAddition?: boolean;
}

/** 一年的学时要求及其出处。 */
export interface Requirement {
  public?: number;
  professional?: number;
  total?: number;
  /** 要求所依据的条款。 */
  clauses: readonly string[];
  /** 依据的是国家基准（NAT15），而不是本地通知。 */
  baseline?: boolean;
  /** 要求是任期内的年平均数（WH19-PRE2018），不是逐年要求。 */
  averageOverTerm?: boolean;
  /** 选修（公需、专业以外的学时，使用者填写的要求才有）；已计入 `total`。 */
  elective?: number;
}

/** 申报查询的审验年度和检验方式。 */
export interface WindowSpec {
  years: number[];
  /** per-year：每年都达标；any-year：其中一年达标即可；total：年度范围内累计。 */
  test: 'per-year' | 'any-year' | 'total';
  clauses: readonly string[];
  /** total 检验的累计要求。 */
  requirement?: Requirement;
  /** 只检验这些类别（QH20-SWITCH 只看专业课）。 */
  categories?: readonly Category[];
  /** 用到的本项目理解。 */
  interpretation?: string;
  /** 审验办法是使用者自己填写的（不是通知的规定）。 */
  userDefined?: boolean;
  /**
   * 审验哪几年要使用者补充（WH19、LY17 没有填写任期和取得现职称年度时）：请使用者回答的问题。
   * 有它时结论为“无法判断”；years 只列出一定要审验的年度，供显示学时。
   */
  ask?: string;
}

/** 未计入的原因。 */
export type NotCreditedReason =
  | 'cap'
  | 'below-score'
  | 'below-threshold'
  | 'out-of-window'
  | 'after-deadline'
  | 'wrong-region'
  | 'not-recognised'
  | 'not-encoded'
  | 'needs-input'
  | 'duplicate'
  | 'not-applicable'
  | 'not-in-force'
  | 'after-as-of';

/** 未计入原因的中文说明。 */
export const REASON_LABELS: Record<NotCreditedReason, string> = {
  cap: '已达上限',
  'below-score': '未达合格分数或积分',
  'below-threshold': '未达条款规定的条件',
  'out-of-window': '不在本次核算的年度范围内',
  'after-deadline': '超过截止日期',
  'wrong-region': '不是本地区规定的平台',
  'not-recognised': '本通知没有规定这类活动',
  'not-encoded': '折算标准不在通知中，本项目不编造数字',
  'needs-input': '缺少信息，需要补充',
  duplicate: '同一成果不重复计算',
  'not-applicable': '条件不符',
  'not-in-force': '该日期不在本条款的适用期内',
  'after-as-of': '截至核算日期尚未完成',
};

/** 提示的种类。 */
export type WarningCode =
  | 'deadline-passed'
  | 'unit-approval'
  | 'not-encoded'
  | 'baseline'
  | 'interpretation'
  | 'needs-input'
  | 'no-rule'
  | 'own-rules'
  | 'user-requirement'
  | 'shared-result-differs';

/** 核算结果中的一条提示。 */
export interface EvalWarning {
  code: WarningCode;
  clauses: readonly string[];
  /** 中文说明。 */
  message: string;
  /** 涉及的活动。 */
  activityIds?: string[];
  /**
   * 规则交给年度合计的学时（每条涉及的活动各这么多）：
   * fill — 已计入该年，但只补足当年这一类别缺的部分（WH19-MAKEUP、LY17-MAKEUP 公需，结论按补足后的数字；
   *   word 是通知的叫法：补学、补修）；
   * pending — 没有计入，是否计入取决于通知以外的规定：不计入就不达标、计入就达标时，这一年“无法判断”（LY17 县区补修）；
   * unknown — 可以折算这一类别的学时，但折算标准在通知以外的文件中（hours 为 0）：这一类别补足就达标时“无法判断”
   *   （WH19 24号、LY17 55号的论文、成果等）。
   */
  hours?: {
    year: number;
    category: Category;
    hours: number;
    use: 'fill' | 'pending' | 'unknown';
    word?: '补学' | '补修';
  };
}

/** 解释链中的一步。 */
export interface TraceStep {
  /**
   * raw 原始数字；rate 按单价或每天折算；limit 每天上限；table 查表（排序、级别）；prorate 按月折算；
   * cap 年度上限；deem 视同完成；not-credited 未计入；note 说明。
   */
  step: 'raw' | 'rate' | 'limit' | 'table' | 'prorate' | 'cap' | 'deem' | 'not-credited' | 'note';
  clauses: readonly string[];
  /** 中文说明（一句）。 */
  text: string;
  /** 这一步的数字（前、后、上限等），供界面使用。 */
  figures?: Readonly<Record<string, number>>;
  reason?: NotCreditedReason;
}

/** 上限：同一年度、同一上限组（及类别）的学时合计不超过 limit。 */
export interface Cap {
  id: string;
  limit: number;
  clauses: readonly string[];
  label: string;
  /** 上限的周期：默认每年（按年度分组）；'day' 为每天（id 里带上日期，一天一组）。 */
  period?: 'day';
}

/** 规则的一项输出。 */
export type RuleOutput =
  | {
      type: 'credit';
      /** 计入的年度；`window` 表示计入审验期累计（NX19-FL 等）。 */
      year: number | 'window';
      category: Category;
      hours: number;
      clauses: readonly string[];
      cap?: Cap;
      /** 同一成果标识（相同的只计一次）。 */
      dedupe?: string;
      /** 网络学习（QH20-MAKEUP 只有网络学时可以分散到往年）。 */
      online?: boolean;
      /** 只有该年度（不算这类有条件的学时）达标时才计入（LY17-MAKEUP：“在确保完成本年度继续教育学时要求的基础上”）。 */
      requiresComplete?: number;
    }
  | {
      type: 'deem';
      years: readonly number[] | 'window';
      parts: readonly Category[];
      clauses: readonly string[];
    };

/** 规则对一条活动的处理结果。 */
export interface RuleResult {
  /** 主要条款编号（规则名）。 */
  rule: string;
  clauses: readonly string[];
  steps: TraceStep[];
  outputs: RuleOutput[];
  warnings?: Omit<EvalWarning, 'activityIds'>[];
  /** 整条未计入时的原因。 */
  reason?: NotCreditedReason;
}

/** 规则可以看到的上下文。 */
export interface RuleContext {
  profile: Profile;
  query: Query;
  /** 本次核算的年度（升序）。 */
  years: readonly number[];
  /** 申报查询的审验期，年度查询时为 null。 */
  window: { first: number; last: number } | null;
  /** 核算截止日期 YYYY-MM-DD：此后才完成、结题的不计入。 */
  asOf: string;
}

/** 一条规则：一种活动 → 计入的学时与解释。 */
export type Rule<K extends ActivityKind> = (a: ActivityOf<K>, ctx: RuleContext) => RuleResult;
/** 一份通知的全部规则：活动种类 → 规则。没有规则的种类显示为“本通知没有规定”。 */
export type RuleSet = { [K in ActivityKind]?: Rule<K> };

/** 每年的合计（供 postProcess 调整）。 */
export interface YearTally {
  year: number;
  public: number;
  professional: number;
  onlinePublic: number;
  onlineProfessional: number;
  deemed: { public: boolean; professional: boolean };
  /** 从其他年度转入（正）或转出（负）的学时说明。 */
  moves: { from: number; to: number; category: Category; hours: number; clauses: readonly string[] }[];
}

/** 选择通知时要显示的（计算器的第一个文件带全部通知的这几项；标题、文号、发文机关随规则载入）。 */
export interface NoticeHeader {
  id: ProfileNotice | 'NAT15';
  /** 地区。 */
  region: string;
  /** 发文日期 YYYY-MM-DD（或年份）。 */
  date: string;
}

/** 对外展示的政策信息（网站渲染用；条款说明在各通知的 clauses.ts）。 */
export interface PolicyInfo extends NoticeHeader {
  /** 通知标题。 */
  title: string;
  /** 文号（没有时为 null）。 */
  docNumber: string | null;
  /** 发文机关。 */
  issuer: string;
  /**
   * 收到的原文的文件名，只作出处记录；原文全文在 `src/policies/<id>/notice.txt`
   * （第一行写明发文机关、文号、日期和原文的 SHA-256）。NAT15 没有原文，为 null。
   */
  seedFile: string | null;
  parameters: readonly Parameter[];
  /**
   * 本项目对通知未明说之处的理解，按条款编号。核算用到这些条款时提示用户，政策页面标为“解读”。
   * 跟规则放在一起（而不是 clauses.ts），因为核算结果要说出来。
   */
  interpretations: Readonly<Record<string, string>>;
  /** 会自动识别为本地区平台的主机名（公需课必须在本地平台学习时使用）。 */
  platformHosts?: readonly RegExp[];
}

/** 一份通知的完整规则。 */
export interface Policy extends PolicyInfo {
  /** 某年度的学时要求；通知没有规定时返回 undefined（由核算器退回国家基准）。 */
  yearRequirement(year: number, ctx?: RuleContext): Requirement | undefined;
  /** 申报查询的审验年度；通知没有规定时返回 undefined。 */
  applicationWindow(query: Extract<Query, { kind: 'application' }>, profile: Profile): WindowSpec | undefined;
  rules: RuleSet;
  /**
   * 尚未完成（结束日期在核算截止日之后）也要套用规则的种类：规则自己按截止日期计算已经过去的部分
   * （QD23-SELF 学期内每年计）。其余种类在完成之前不计入。
   */
  inProgressKinds?: readonly ActivityKind[];
  /**
   * 学分折合学时（通知给出折算时）：记录上只有学分的活动，核算器先按此换算再套用规则；
   * 没有折算时请用户填写学时。
   */
  creditRate?(date: string): { hoursPerCredit: number; clauses: readonly string[] } | undefined;
  /** 根据个人资料给出的提示（如会计人员另有规定）。 */
  profileWarnings?(profile: Profile): Omit<EvalWarning, 'activityIds'>[];
  /**
   * 没有给出某年度学时数时，不退回国家规定而请使用者补填（USER：使用者填了要求却没包括这一年）。
   * 返回请补填的提示时，这一年为“无法判断”；返回 undefined 时照常退回国家规定（标明）。
   */
  unstatedYear?(year: number, ctx: RuleContext): Omit<EvalWarning, 'activityIds'> | undefined;
  /**
   * 规则交给年度合计的学时（EvalWarning.hours）怎样计：返回这一年用于检验的合计；ifCounted 为 pending 的学时
   * 也计入时的合计（不计入不达标、计入就达标时这一年为“无法判断”）。WH19、LY17 用 policies/past-years.ts 的 handedYearHours。
   * `requirement`：这一年的要求（补学补足到它为止）。
   */
  yearHours?(
    year: number,
    tally: YearTally | undefined,
    warnings: Pick<Warnings, 'add' | 'list'>,
    requirement?: Requirement | null,
  ): { tally: YearTally | undefined; ifCounted?: YearTally };
  /**
   * 要求为“任期内年平均”的年度（WH19-PRE2018）：申报查询合并检验（改写这几年的行并返回合并的结果），
   * 年度查询提示单独比较仅供参考。
   */
  termAverage?(years: YearFigures[], query: Query, warnings: Warnings): TermAverage | undefined;
  /** 年度合计之后的调整（QH20-MAKEUP 把 2020 年多学的学时分到 2017–2019）。 */
  postProcess?(
    tallies: Map<number, YearTally>,
    requirement: (year: number) => Requirement | undefined,
    /** 本次核算的年度（调剂时优先）。 */
    years: readonly number[],
    query: Query,
  ): void;
}

export type { Activity };
