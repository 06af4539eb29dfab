import type { Category, ProfileNotice, Query, SharedResult } from '../ledger/schema.ts';
import type { EvalWarning, NotCreditedReason, Requirement, TraceStep, WindowSpec } from '../policy/types.ts';

/** 各类别的学时。 */
export interface Hours {
  public: number;
  professional: number;
  total: number;
}

/** 一个年度的核算。 */
export interface YearFigures {
  year: number;
  /** 计入该年度的学时（含从其他年度转入的）。 */
  credited: Hours;
  /** 计入要求的学时：要求 − 差额（超出要求的部分不在内）；没有要求的类别同 `credited`。 */
  counted: Hours;
  /** “视同完成”的部分（新冠一线、学历、资格证书等）。 */
  deemed: { public: boolean; professional: boolean };
  /** 该年度的要求；null 表示没有任何规定（连国家基准也不适用）。 */
  requirement: Requirement | null;
  /** 各类别的差额（不足为正数，达标为 0）。 */
  shortfall: Hours;
  complete: boolean;
  /** 该年的要求是任期内的年平均数，与同一任期的其他年度合并检验（见 `Evaluation.termAverage`）。 */
  averagedOverTerm?: boolean;
  /** 是否达标取决于通知以外的规定（规则交来的 pending 学时，见 EvalWarning.hours）。 */
  undetermined?: boolean;
  /** 累计检验：待确认的学时（past-years.ts 的 pending）若计入，这一年的学时。 */
  ifCounted?: Hours;
  /** 与其他年度之间的学时调剂（QH20-MAKEUP）。 */
  transfers?: { from: number; to: number; category: Category; hours: number; clauses: readonly string[] }[];
}

/** 按“任期内平均每年”合并检验的年度（WH19-PRE2018）。 */
export interface TermAverage {
  years: number[];
  /** 年平均数 × 年数。 */
  requirement: number;
  /** 这几年计入的学时合计。 */
  credited: number;
  shortfall: number;
  complete: boolean;
  clauses: readonly string[];
}

/** 一条活动的解释。 */
export interface TraceEntry {
  activityId: string;
  kind: string;
  /** 活动种类的中文名。 */
  kindLabel: string;
  title?: string;
  /** 主要条款（规则名）。 */
  rule: string;
  /** 用到的全部条款编号。 */
  clauses: readonly string[];
  steps: TraceStep[];
  /** 最终计入本次核算的学时（年度为 `window` 的计入审验期累计）。 */
  credited: readonly { year: number | 'window'; category: Category; hours: number }[];
  /** 视同完成的年度与类别。 */
  deemed: readonly { years: readonly number[] | 'window'; parts: readonly Category[] }[];
  status: 'credited' | 'partly' | 'not-credited' | 'deemed';
  /** 未计入（或部分未计入）的原因。 */
  reason?: NotCreditedReason;
}

/** 分享时结果与重新计算结果的比较。 */
export interface SharedResultCheck {
  shared: SharedResult;
  /** 查询是否与分享时相同、各数字是否一致。 */
  same: boolean;
  differences: {
    field: 'public' | 'professional' | 'total' | 'complete';
    shared: number | boolean;
    now: number | boolean;
  }[];
}

/** `evaluate` 的结果。 */
export interface Evaluation {
  notice: ProfileNotice;
  query: Query;
  /** 核算截止日期（“截至 YYYY-MM-DD”）：查询中的 asOf，缺省为核算当天；申报查询不晚于申报年度末（scope.ts asOfFor）。 */
  asOf: string;
  evaluatorVersion: string;
  /** 年度查询为该年；申报查询为审验期各年。 */
  years: YearFigures[];
  /** 申报查询的审验期与检验方式。 */
  window?: WindowSpec;
  /** 审验期中按任期年平均合并检验的年度（WH19 2018 年以前）。 */
  termAverage?: TermAverage;
  /** 本次核算计入的学时（申报查询为审验期合计，含 `window` 学时），包括超出要求的部分。 */
  credited: Hours;
  /**
   * 计入要求的学时 = `requirement` − `shortfall`（各有要求的类别）：三个数并列时总能对上。
   * 逐年检验时某年超出要求的部分不跨年，所以可能小于 `credited`。
   */
  counted: Hours;
  /** 还需多少学时才能达标（逐年检验为各年所需之和）；已达标或无法判断时为 0。 */
  needed: number;
  /** 检验所用的要求（年度查询为该年要求；累计检验为累计要求；逐年检验为各年之和）。 */
  requirement: Requirement | null;
  /** 差额（逐年检验为各年差额之和；任一年检验为最好的一年）。 */
  shortfall: Hours;
  complete: boolean;
  /** 无法判断（通知对此没有规定）。 */
  undetermined: boolean;
  trace: TraceEntry[];
  warnings: EvalWarning[];
  sharedResult?: SharedResultCheck;
}
