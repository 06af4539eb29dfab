/**
 * `xueshi check --csv`：每个文件一行的 CSV，给 Excel 打开。
 * UTF-8 带 BOM（没有 BOM 时 Excel 按本地编码读，中文会乱码）；以 = + - @ 开头的文字前加 '，Excel 不会把它当公式执行。
 */
import type { Evaluation } from './evaluate/types.ts';
import type { LedgerIssue } from './ledger/parse.ts';
import type { Ledger } from './ledger/schema.ts';
import type { Requirement } from './policy/types.ts';

export const CSV_HEADER = [
  '文件',
  '姓名',
  '通知',
  '查询',
  '公需学时',
  '公需要求',
  '专业学时',
  '专业要求',
  '合计学时',
  '合计要求',
  '是否达标',
  '公需差额',
  '专业差额',
  '合计差额',
  '错误',
];

/** 一个格子：需要时加引号；用户写的文字不当公式。 */
function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvLine = (cells: readonly (string | number | undefined)[]): string => cells.map(cell).join(',');

/** 核算结果的一行。 */
export function csvResult(file: string, ledger: Ledger, ev: Evaluation, query: string, verdict: string): string {
  const req: Partial<Requirement> = ev.requirement ?? {};
  const { credited: c, shortfall: s } = ev;
  return csvLine([
    file,
    ledger.profile.name ?? '',
    ev.notice,
    query,
    c.public,
    req.public,
    c.professional,
    req.professional,
    c.total,
    req.total,
    verdict,
    s.public,
    s.professional,
    s.total,
    '',
  ]);
}

/** 无法读取的文件：一行，错误写在最后一列。 */
export function csvError(file: string, errors: readonly LedgerIssue[]): string {
  const message = errors.map((e) => (e.path ? `${e.path}：${e.message}` : e.message)).join('；');
  return csvLine([file, '', '', '', '', '', '', '', '', '', '无法读取', '', '', '', message]);
}
