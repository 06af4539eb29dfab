/**
 * 读取台账、查询和单条活动：用生成的精简模式（validation.generated.ts）校验，不载入 zod。
 * 结果与 zod 模式的 `parse` 相同（未知字段丢掉、默认值填上），错误说明是中文、带字段路径。
 */
import {
  CATEGORY_LABELS,
  LEDGER_FORMAT_VERSION,
  ROUTE_LABELS,
  SECTOR_LABELS,
  TITLE_LEVEL_LABELS,
} from './constants.ts';
import { startAfterEnd } from './dates.ts';
import { ACTIVITY_KINDS } from './kinds.ts';
import type { Activity, Ledger, Query, UserRequirement } from './schema.ts';
import { formatPath, type LedgerIssue, quote, type ValidateOptions, validate } from './validate.ts';
import { SCHEMAS } from './validation.generated.ts';

export type { LedgerIssue };
export { formatPath };

/** `parseLedger` 的结果。 */
export type ParseLedgerResult = { ok: true; ledger: Ledger } | { ok: false; errors: LedgerIssue[] };
/** `parseQuery` 的结果。 */
export type ParseQueryResult = { ok: true; query: Query } | { ok: false; errors: LedgerIssue[] };
/** `parseActivity` 的结果。 */
export type ParseActivityResult = { ok: true; activity: Activity } | { ok: false; errors: LedgerIssue[] };

/** 活动以外的枚举字段的中文名（活动的取 ACTIVITY_KINDS 的选项）。 */
const LABELS: Record<string, Record<string, string>> = {
  level: { ...TITLE_LEVEL_LABELS, none: '无职称' },
  applyingFor: TITLE_LEVEL_LABELS,
  category: CATEGORY_LABELS,
  sector: SECTOR_LABELS,
  route: ROUTE_LABELS,
  kind: { platform: '学习平台', manual: '手工录入', import: '文件导入', year: '年度', application: '职称申报' },
};

const OPTIONS: ValidateOptions = {
  label(value, field, kind) {
    const spec = ACTIVITY_KINDS.find((k) => k.kind === kind)?.fields.find((f) => f.name === field);
    const option = spec?.options?.find((o) => o.value === value)?.label;
    return option ?? (field === undefined ? undefined : LABELS[field]?.[value]);
  },
  unionNames: { Activity: '活动种类', Source: '来源种类', Query: '查询种类' },
};

/**
 * 校验并读取一个台账文件（已经 `JSON.parse` 过的值）。
 *
 * - 格式版本高于本程序支持的版本：拒绝，并说明需要升级；
 * - 字段不合格：逐条给出字段路径和中文说明；
 * - 活动 `id` 重复、开始日期晚于结束日期：拒绝。
 *
 * 不改动输入，永远不抛异常。
 */
export function parseLedger(json: unknown): ParseLedgerResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, errors: [{ path: '', message: '文件内容不是一个台账对象（应为 JSON 对象）' }] };
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > LEDGER_FORMAT_VERSION) {
    return {
      ok: false,
      errors: [
        {
          path: 'formatVersion',
          message: `文件的格式版本是 ${version}，比本程序支持的版本 ${LEDGER_FORMAT_VERSION} 新，请升级学时通后再打开`,
        },
      ],
    };
  }
  if (version === undefined) {
    return {
      ok: false,
      errors: [{ path: 'formatVersion', message: '缺少格式版本（formatVersion），这不是学时通台账文件' }],
    };
  }
  const parsed = validate(SCHEMAS, SCHEMAS.ledger, json, OPTIONS);
  if (!parsed.ok) return parsed;
  const ledger = parsed.value as Ledger;
  const errors: LedgerIssue[] = profileChecks(ledger.profile);
  const seen = new Map<string, number>();
  ledger.activities.forEach((a, i) => {
    const prev = seen.get(a.id);
    if (prev !== undefined) {
      errors.push({ path: `activities[${i}].id`, message: `活动标识${quote(a.id)}与 activities[${prev}] 重复` });
    } else seen.set(a.id, i);
    errors.push(...activityChecks(a, `activities[${i}].`));
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, ledger };
}

/** 模式表达不了的检查（字段之间的关系）：有开始日期的活动，开始不晚于结束（援派、请假的 endDate 也是）。 */
function activityChecks(a: Activity, prefix: string): LedgerIssue[] {
  const d = a as { startDate?: string; date?: string; endDate?: string };
  const message = startAfterEnd(d) ?? startAfterEnd({ startDate: d.startDate, date: d.endDate });
  return message ? [{ path: `${prefix}startDate`, message }] : [];
}

/** 个人资料里的年度范围：任期起始年度不晚于结束年度；自己填写的要求前后一致。 */
function profileChecks(p: Ledger['profile']): LedgerIssue[] {
  const issues: LedgerIssue[] = [];
  if (p.term && p.term.firstYear > p.term.lastYear)
    issues.push({
      path: 'profile.term.firstYear',
      message: `起始年度 ${p.term.firstYear} 晚于结束年度 ${p.term.lastYear}`,
    });
  if (p.userRequirement) issues.push(...userRequirementChecks(p.userRequirement));
  return issues;
}

/**
 * 自己填写的要求不能自相矛盾：核算只用某年所在的第一段、某级别的第一条审验办法，重叠的那一段或那一条就会
 * 被悄悄忽略（曾因此按较低的一段给出“完成”）；各类之和大于合计时，两个数说的是两回事，合计对不上。
 */
function userRequirementChecks(u: UserRequirement): LedgerIssue[] {
  const issues: LedgerIssue[] = [];
  const at = (path: string, message: string) => issues.push({ path: `profile.userRequirement.${path}`, message });
  u.years.forEach((y, j) => {
    if (y.to !== undefined && y.from > y.to) at(`years[${j}].from`, `起始年度 ${y.from} 晚于结束年度 ${y.to}`);
    const end = (x: { to?: number }) => x.to ?? Number.POSITIVE_INFINITY;
    const i = u.years.findIndex((x, k) => k < j && x.from <= end(y) && y.from <= end(x));
    if (i >= 0) at(`years[${j}].from`, `与第 ${i + 1} 段的年度重叠`);
    const parts = (y.public ?? 0) + (y.professional ?? 0) + (y.elective ?? 0);
    if (y.total !== undefined && parts > y.total)
      at(`years[${j}].total`, `公需、专业、选修之和 ${parts} 大于合计 ${y.total}`);
  });
  (u.windows ?? []).forEach((w, j) => {
    const i = (u.windows ?? []).findIndex((x, k) => k < j && x.levels.some((l) => w.levels.includes(l)));
    const level = w.levels.find((l) => i >= 0 && u.windows?.[i]?.levels.includes(l));
    if (level) at(`windows[${j}].levels`, `${TITLE_LEVEL_LABELS[level]} 已在第 ${i + 1} 条审验办法里`);
    const parts = (w.public ?? 0) + (w.professional ?? 0);
    if (w.total !== undefined && parts > w.total)
      at(`windows[${j}].total`, `公需、专业之和 ${parts} 大于合计 ${w.total}`);
    // 累计达标却没有一个大于 0 的数：没有可比的要求（核算只能是“无法判断”），读文件时就请补填。
    if (w.test === 'total' && !(Math.max(parts, w.total ?? 0) > 0))
      at(`windows[${j}].total`, '累计达标时，至少填写一个大于 0 的审验期累计学时');
  });
  return issues;
}

/** 校验并读取一个查询（年度或职称申报），申报方式缺省为评审。不改动输入，永远不抛异常。 */
export function parseQuery(json: unknown): ParseQueryResult {
  const parsed = validate(SCHEMAS, SCHEMAS.query, json, OPTIONS);
  return parsed.ok ? { ok: true, query: parsed.value as Query } : parsed;
}

/**
 * 校验并读取一条活动（如录入表单的结果），字段路径相对于这条活动（如 `hours`）。
 * 不检查 `id` 是否与别的活动重复。不改动输入，永远不抛异常。
 */
export function parseActivity(json: unknown): ParseActivityResult {
  const parsed = validate(SCHEMAS, SCHEMAS.activity, json, OPTIONS);
  if (!parsed.ok) return parsed;
  const activity = parsed.value as Activity;
  const errors = activityChecks(activity, '');
  return errors.length ? { ok: false, errors } : { ok: true, activity };
}
