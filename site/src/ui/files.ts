/** 台账文件的导入与导出（与浏览器扩展导出的文件是同一格式：核心的 LedgerSchema）。 */
import {
  type Evaluation,
  type Ledger,
  type LedgerIssue,
  MAX_LEDGER_FILE_BYTES,
  readLedgerFile,
  shareResult,
} from './core.ts';

export type ImportResult = { ok: true; ledger: Ledger } | { ok: false; errors: LedgerIssue[] };

/**
 * 文件内容 → 台账；不是 JSON、字段不合格都给出位置和中文原因。
 * 读取与命令行 `xueshi check` 是同一个函数（核心的 readLedgerFile），说法相同。
 */
export function importLedgerText(text: string): ImportResult {
  return readLedgerFile(text);
}

/** 一条错误的中文表述：“字段 activities[2].hours：…”。 */
export function describeIssue(issue: LedgerIssue): string {
  return issue.path ? `字段 ${issue.path}：${issue.message}` : issue.message;
}

/**
 * 读取用户选择或拖入的文件：按字节读，才能认出 Excel、PDF、网页和编码。
 * 至多读 5 MB + 1 个字节——更大的文件不必整个读进内存，结果都是“超过 5 MB”。
 */
export async function importLedgerFile(file: Blob & { name?: string }): Promise<ImportResult> {
  const head = await file.slice(0, MAX_LEDGER_FILE_BYTES + 1).arrayBuffer();
  return readLedgerFile(new Uint8Array(head));
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
