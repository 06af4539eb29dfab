/**
 * 学时通共用界面（网站计算器与浏览器扩展的面板共用，不依赖 Astro）：
 * 纯 Preact 组件（数据从属性进，操作从回调出）和客户端逻辑。
 * 样式见 `@xueshi/site/ui/styles.css`。
 */
export { ActivityForm, type ActivityFormProps } from './ActivityForm.tsx';
export { ActivityList, type ActivityListProps, activityFacts } from './ActivityList.tsx';
export { ClauseLink, ClauseList } from './ClauseLink.tsx';
export { creditedText, Explanation, STATUS_LABELS } from './Explanation.tsx';
export {
  describeIssue,
  exportFileName,
  exportLedgerText,
  type ImportResult,
  importLedgerFile,
  importLedgerText,
  saveTextFile,
} from './files.ts';
export { type ClauseHref, clauseHrefFor, fmtHours, policyPath } from './format.ts';
export { type FormValues, initialValues, newActivityId, type ParseFormResult, parseField, parseForm } from './forms.ts';
export { usePolicy } from './policy.ts';
export {
  NOTICE_OPTIONS,
  type NoticeOption,
  NoticeSelect,
  QueryForm,
  type QueryFormProps,
} from './QueryForm.tsx';
export { queryText, ResultView, type ResultViewProps } from './ResultView.tsx';
export { decodeShare, encodeShare, SHARE_PARAM, shareParam, shareUrl } from './share.ts';
export {
  type CalcState,
  emptyState,
  fromLedger,
  mergeActivities,
  restore,
  type Snapshot,
  snapshot,
  toLedger,
  withQueryInProfile,
} from './state.ts';
export { UserRequirementForm, type UserRequirementFormProps } from './UserRequirementForm.tsx';
