import { z } from 'zod';
import { LEDGER_FORMAT_VERSION, type Ledger, LedgerSchema } from './schema.ts';

/** 一条校验错误：字段路径 + 中文说明。 */
export interface LedgerIssue {
  /** 字段路径，如 `activities[3].hours`；整个文件为空字符串。 */
  path: string;
  /** 中文说明。 */
  message: string;
}

/** `parseLedger` 的结果。 */
export type ParseLedgerResult = { ok: true; ledger: Ledger } | { ok: false; errors: LedgerIssue[] };

const zhCN = z.locales.zhCN().localeError;

/** 把 zod 的路径写成 `activities[3].hours`。 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/**
 * 校验并读取一个台账文件（已经 `JSON.parse` 过的值）。
 *
 * - 格式版本高于本程序支持的版本：拒绝，并说明需要升级；
 * - 字段不合格：逐条给出字段路径和中文说明；
 * - 活动 `id` 重复：拒绝。
 *
 * 永远不抛异常。
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
  const parsed = LedgerSchema.safeParse(json, { error: zhCN });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  const seen = new Map<string, number>();
  const errors: LedgerIssue[] = [];
  parsed.data.activities.forEach((a, i) => {
    const prev = seen.get(a.id);
    if (prev !== undefined) {
      errors.push({ path: `activities[${i}].id`, message: `活动标识“${a.id}”与 activities[${prev}] 重复` });
    } else seen.set(a.id, i);
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, ledger: parsed.data };
}
