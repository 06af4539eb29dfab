/** 台账文件的导入与导出（与浏览器扩展导出的文件是同一格式：核心的 LedgerSchema）。 */
import { type Evaluation, type Ledger, type LedgerIssue, parseLedger, shareResult } from './core.ts';

export type ImportResult = { ok: true; ledger: Ledger } | { ok: false; errors: LedgerIssue[] };

/** 文件内容 → 台账；不是 JSON、字段不合格都给出字段路径和中文原因。 */
export function importLedgerText(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ path: '', message: `文件不是有效的 JSON（${detail}）` }] };
  }
  return parseLedger(json);
}

// zod 的中文提示里仍夹着英文类型名（“期望 数字，实际接收 string”），换成中文。
const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是/否',
  object: '对象',
  array: '数组',
  undefined: '空（缺少）',
  null: '空值',
  bigint: '大整数',
  nan: '非数字',
};

/** 一条错误的中文表述：“字段 activities[2].hours：…”。 */
export function describeIssue(issue: LedgerIssue): string {
  const message = issue.message.replace(
    /\b(string|number|boolean|object|array|undefined|null|bigint|nan)\b/g,
    (t) => TYPE_NAMES[t] ?? t,
  );
  return issue.path ? `字段 ${issue.path}：${message}` : message;
}

/** 读取用户选择或拖入的文件。 */
export async function importLedgerFile(file: Blob & { name?: string }): Promise<ImportResult> {
  if (file.size > 5 * 1024 * 1024) {
    return { ok: false, errors: [{ path: '', message: '文件超过 5 MB，不像是学时通台账文件' }] };
  }
  return importLedgerText(await file.text());
}

/** 导出的文本：台账 + 导出时的结果（对方打开时可以比较）。 */
export function exportLedgerText(ledger: Ledger, evaluation?: Evaluation, now = new Date()): string {
  const out: Ledger = { ...ledger };
  if (evaluation) out.sharedResult = shareResult(ledger, evaluation, now.toISOString());
  else delete out.sharedResult;
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** 导出文件名：学时通台账-QD23-2026-11-24.json。 */
export function exportFileName(ledger: Ledger, now = new Date()): string {
  const d = now.toISOString().slice(0, 10);
  return `学时通台账-${ledger.profile.notice}-${d}.json`;
}

/** 在浏览器里保存文件（blob: 地址，不经过网络）。 */
export function saveTextFile(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
