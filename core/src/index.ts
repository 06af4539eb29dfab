/**
 * @xueshi/core — 学时通的规则核心：台账格式、各地通知的条款与参数、核算与解释。
 *
 * 纯 TypeScript，不读写文件、不访问网络、不依赖 DOM。
 */
export {
  checkSharedResult,
  defaultQuery,
  EVALUATOR_VERSION,
  type EvaluateOptions,
  evaluate,
  evaluatePolicy,
  shareResult,
} from './evaluate/evaluate.ts';
export { describeQuery, renderEntry, renderTrace } from './evaluate/render.ts';
export type { Evaluation, Hours, SharedResultCheck, TraceEntry, YearFigures } from './evaluate/types.ts';
export { ROUTE_LABELS, SECTOR_LABELS } from './ledger/constants.ts';
export { MAX_LEDGER_FILE_BYTES, readLedgerFile } from './ledger/file.ts';
export type { ActivityKindInfo, FieldSpec, FieldType } from './ledger/kinds.ts';
export { ACTIVITY_KINDS, activityKindInfo } from './ledger/kinds.ts';
export type { LedgerIssue, ParseActivityResult, ParseLedgerResult, ParseQueryResult } from './ledger/parse.ts';
export { formatPath, parseActivity, parseLedger, parseQuery } from './ledger/parse.ts';
export { normalizeQuery } from './ledger/query.ts';
export type {
  Activity,
  ActivityInput,
  ActivityKind,
  ActivityOf,
  Category,
  Ledger,
  LedgerInput,
  NoticeId,
  Profile,
  ProfileNotice,
  Query,
  QueryInput,
  SharedResult,
  Source,
  TitleLevel,
  UserRequirement,
} from './ledger/schema.ts';
export {
  ActivitySchema,
  CATEGORY_LABELS,
  LEDGER_FORMAT_VERSION,
  LedgerSchema,
  NOTICE_IDS,
  ProfileSchema,
  QuerySchema,
  SharedResultSchema,
  SourceSchema,
  TITLE_LEVEL_LABELS,
  TITLE_LEVELS,
  USER_NOTICE,
  UserRequirementSchema,
} from './ledger/schema.ts';
export { loadPolicy, NOTICE_HEADERS } from './policies/catalog.ts';
export { allPolicies, getPolicy, policies } from './policies/index.ts';
export { USER_PRESETS, type UserPreset } from './policies/USER/presets.ts';
export type {
  ClauseInfo,
  ClauseStatus,
  DatedValue,
  EvalWarning,
  NotCreditedReason,
  NoticeHeader,
  NoticeQuote,
  Parameter,
  ParamValue,
  Policy,
  PolicyInfo,
  Requirement,
  TraceStep,
  WarningCode,
  WindowSpec,
} from './policy/types.ts';
export { REASON_LABELS, valueAt } from './policy/types.ts';

/** @deprecated 用 {@link EVALUATOR_VERSION}。 */
export const CORE_VERSION = '0.1.0';
export {
  type FormFit,
  formFit,
  gapsOf,
  type PlanGap,
  type PlanOptions,
  type PlanWay,
  planShortfalls,
} from './plan/index.ts';
export type { ClauseView, ParameterRow, PolicyView } from './policy/describe.ts';
export { describeParameter, policyView } from './policy/describe.ts';
export type { Scenario } from './scenario.ts';
export { ScenarioSchema } from './scenario.ts';
