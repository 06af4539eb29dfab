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
import type { Activity, Ledger, Query } from './schema.ts';
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

/** 个人资料里的年度范围：任期、自己填写的各段要求，起始年度不晚于结束年度。 */
function profileChecks(p: Ledger['profile']): LedgerIssue[] {
  const issues: LedgerIssue[] = [];
  const check = (from: number, to: number | undefined, path: string) => {
    if (to !== undefined && from > to) issues.push({ path, message: `起始年度 ${from} 晚于结束年度 ${to}` });
  };
  if (p.term) check(p.term.firstYear, p.term.lastYear, 'profile.term.firstYear');
  for (const [i, y] of (p.userRequirement?.years ?? []).entries()) {
    check(y.from, y.to, `profile.userRequirement.years[${i}].from`);
  }
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
