/**
 * `xueshi check --csv`：每个文件一行的 CSV，给 Excel 打开。
 * UTF-8 带 BOM（没有 BOM 时 Excel 按本地编码读，中文会乱码）；以 = + - @ 开头的文字前加 '，Excel 不会把它当公式执行。
 */
import type { Evaluation } from './evaluate/types.ts';
import type { LedgerIssue } from './ledger/parse.ts';
import type { Ledger } from './ledger/schema.ts';
import { round2 } from './policy/helpers.ts';
import type { Requirement } from './policy/types.ts';

/**
 * 每类学时三个数并列：要求、计入要求的学时、差额（要求 − 计入要求 = 差额，超出要求的学时不在“计入要求”里）；
 * “合计中超出公需、专业要求的学时”：合计只看总数，某一类多出的学时（或只有合计要求的年度的学时）也计入合计，
 * 有了这一列，公需计入要求 + 专业计入要求 + 它 = 合计计入要求，横着也加得起来；
 * “还需学时”是补足所有差额至少还要的学时，“全部计入学时”含超出要求的部分。
 */
export const CSV_HEADER = [
  '文件',
  '姓名',
  '通知',
  '查询',
  '截至',
  '是否达标',
  '还需学时',
  '公需要求',
  '公需计入要求',
  '公需差额',
  '专业要求',
  '专业计入要求',
  '专业差额',
  '合计要求',
  '合计计入要求',
  '合计差额',
  '合计中超出公需、专业要求的学时',
  '全部计入学时',
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

/** “通知”一格：收录的通知写编号；其他地区写使用者填写的地区，人事部门一眼看出不是收录的通知。 */
export const noticeCell = (ledger: Ledger): string => {
  const region = ledger.profile.userRequirement?.region;
  return ledger.profile.notice === 'USER' && region ? `其他地区（${region}）` : ledger.profile.notice;
};

/** 合计计入要求中不在公需、专业计入要求里的学时（三类都有要求时；否则空着）。 */
function beyond(req: Partial<Requirement>, c: Evaluation['counted']): number | undefined {
  if (req.public === undefined || req.professional === undefined || req.total === undefined) return undefined;
  return round2(c.total - c.public - c.professional);
}

/** 核算结果的一行。 */
export function csvResult(file: string, ledger: Ledger, ev: Evaluation, query: string, verdict: string): string {
  const req: Partial<Requirement> = ev.requirement ?? {};
  const { counted: c, shortfall: s } = ev;
  // 某类没有要求时，计入和差额也空着：三个数要么都有、要么都没有。
  const triple = (k: 'public' | 'professional' | 'total') =>
    req[k] === undefined ? ['', '', ''] : [req[k], c[k], s[k]];
  return csvLine([
    file,
    ledger.profile.name ?? '',
    noticeCell(ledger),
    query,
    ev.asOf,
    verdict,
    ev.undetermined ? '' : ev.needed,
    ...triple('public'),
    ...triple('professional'),
    ...triple('total'),
    beyond(req, c),
    ev.credited.total,
    '',
  ]);
}

/** 无法读取的文件：一行，错误写在最后一列。 */
export function csvError(file: string, errors: readonly LedgerIssue[]): string {
  const message = errors.map((e) => (e.path ? `${e.path}：${e.message}` : e.message)).join('；');
  const blank = (n: number) => Array<string>(n).fill('');
  return csvLine([file, ...blank(4), '无法读取', ...blank(12), message]);
}
