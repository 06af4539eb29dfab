/**
 * The import page's logic, apart from the UI so it is tested without a browser: which tables to
 * offer, what the user must still choose, and the conversion through the generic reader.
 */
import type { Category, ReadResult } from '../../adapters/contract.ts';
import {
  type ColumnMapping,
  type Field,
  findCandidateTables,
  mapColumns,
  type RawTable,
  readTable,
} from '../../adapters/generic-table/index.ts';
import type { ReadLog } from '../../lib/db.ts';

export const FIELDS: { field: Field; label: string; hint: string }[] = [
  { field: 'title', label: '课程名称', hint: '必选' },
  { field: 'hours', label: '学时', hint: '学时或学分' },
  { field: 'date', label: '完成日期', hint: '决定计入哪一年' },
  { field: 'category', label: '类别', hint: '公需 / 专业' },
  { field: 'status', label: '状态', hint: '是否通过' },
  { field: 'year', label: '年度', hint: '' },
];

export interface TableChoice {
  table: RawTable;
  /** The reader's proposal for this table. */
  mapping: ColumnMapping;
  looksLikeRecords: boolean;
}

/** Tables that look like a learning record first (as the reader ranks them), then the others. */
export function tableChoices(tables: readonly RawTable[]): TableChoice[] {
  const candidates = findCandidateTables(tables);
  const picked = new Set(candidates.map((c) => c.table));
  return [
    ...candidates.map((c) => ({ table: c.table, mapping: c.mapping, looksLikeRecords: true })),
    ...tables
      .filter((t) => !picked.has(t) && t.rows.length > 0)
      .map((t) => ({ table: t, mapping: mapColumns(t.header), looksLikeRecords: false })),
  ];
}

export function tableLabel(choice: TableChoice): string {
  const t = choice.table;
  const head =
    t.header
      .filter((h) => h !== '')
      .slice(0, 6)
      .join(' / ') || '（没有表头）';
  const kind = choice.looksLikeRecords ? '像学习记录' : '其他表格';
  return `第 ${t.index + 1} 个表格（${kind}，${t.rows.length} 行）：${head}`;
}

export function columnLabel(header: readonly string[], i: number): string {
  return `第 ${i + 1} 列：${header[i] || '（无表头）'}`;
}

export function columnCount(table: RawTable): number {
  return Math.max(table.header.length, ...table.rows.slice(0, 50).map((r) => r.length));
}

/** A header that counts 学分 rather than 学时. */
export function isCreditHeader(header: string | undefined): boolean {
  return !!header && /学分/.test(header) && !/学时/.test(header);
}

export type CategoryChoice = Category | 'later' | '';

export interface ImportChoices {
  mapping: ColumnMapping;
  /** For rows without a (recognised) category: 公需, 专业, or left for the dashboard. */
  category: CategoryChoice;
  /** As typed: 学时 per 学分. */
  hoursPerCredit: string;
  /** As typed: the year of rows with neither a year nor a date. */
  year: string;
}

export function initialChoices(choice: TableChoice): ImportChoices {
  return { mapping: { ...choice.mapping }, category: '', hoursPerCredit: '', year: '' };
}

/** What the user must still fix before saving, in Chinese; empty when ready. */
export function problems(table: RawTable, c: ImportChoices): string[] {
  const out: string[] = [];
  const m = c.mapping;
  if (m.title === null) out.push('请为“课程名称”选择表格中的一列。');
  if (m.hours === null && m.date === null) out.push('请至少为“学时”或“完成日期”选择一列。');
  const cols = [m.title, m.hours, m.date, m.category, m.status, m.year].filter((x) => x !== null);
  if (new Set(cols).size !== cols.length) out.push('同一列不能对应两项内容。');
  if (cols.some((x) => x >= columnCount(table))) out.push('所选的列超出了表格范围。');
  if (m.hours !== null && m.hoursUnit === 'credits') {
    const rate = parseRate(c.hoursPerCredit);
    if (rate === null) out.push('学时列是学分：请填写 1 学分折合多少学时（大于 0，不超过 100）。');
  }
  if (m.category === null && c.category === '') out.push('表格没有类别列：请选择这些课程的类别（或稍后补充）。');
  if (c.year.trim() !== '' && parseYear(c.year) === null) out.push('年度应为 1990 到 2100 之间的四位数字。');
  return out;
}

export function parseRate(text: string): number | null {
  const t = text.trim().normalize('NFKC');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n > 0 && n <= 100 ? n : null;
}

function parseYear(text: string): number | null {
  const t = text.trim().normalize('NFKC');
  const n = Number(t);
  return /^\d{4}$/.test(t) && n >= 1990 && n <= 2100 ? n : null;
}

export function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

/** The records the reader gives under the user's choices (also for the preview). */
export function convert(table: RawTable, host: string, c: ImportChoices): ReadResult {
  const m = c.mapping;
  return readTable(table, {
    host,
    mapping: m,
    category: c.category === 'public' || c.category === 'professional' ? c.category : null,
    hoursPerCredit: m.hours !== null && m.hoursUnit === 'credits' ? parseRate(c.hoursPerCredit) : null,
    year: parseYear(c.year),
  });
}

export function savedMessage(log: Pick<ReadLog, 'added' | 'updated' | 'unchanged'>): string {
  const total = log.added + log.updated + log.unchanged;
  const parts = [`新增 ${log.added} 条`];
  if (log.updated) parts.push(`更新 ${log.updated} 条`);
  if (log.unchanged) parts.push(`${log.unchanged} 条已在台账中`);
  return `已保存 ${total} 条（${parts.join('，')}）。`;
}

export const CATEGORY_TEXT: Record<Category, string> = { public: '公需科目', professional: '专业科目' };
