/**
 * The bulk editor's model (issue 12, point 3): records that need hours, a category or a date,
 * grouped by platform site, plan and year, and the user's typed values turned into overrides —
 * all valid or none saved.
 */
import { CATEGORY_TEXT, evidenceOf } from '../../adapters/category.ts';
import type { RecordOverride, StoredRecord } from '../../lib/db.ts';
import type { RecordNeed } from '../../lib/ledger-store.ts';

export interface Row {
  record: StoredRecord;
  needs: RecordNeed[];
}

export interface Group {
  key: string;
  label: string;
  rows: Row[];
}

/** chinahrt ids are `${platformId}:${trainplanId}:${courseId}` (adapters/chinahrt): the plan is the middle. */
function planOf(r: StoredRecord): string | null {
  if (r.platform !== 'chinahrt') return null;
  const parts = r.externalId.split(':');
  return parts.length === 3 ? (parts[1] ?? null) : null;
}

export function groupRows(rows: readonly Row[]): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const r = row.record;
    const plan = planOf(r);
    const year = r.override?.date?.slice(0, 4) ?? (r.completedOn?.slice(0, 4) || (r.year ? String(r.year) : null));
    const key = `${r.platform}|${r.host}|${plan ?? ''}|${year ?? ''}`;
    const label = [r.host, plan ? `培训计划 ${plan}` : null, year ? `${year} 年` : '年度未知']
      .filter(Boolean)
      .join(' · ');
    const g = groups.get(key) ?? { key, label, rows: [] };
    g.rows.push(row);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface Draft {
  hours?: string;
  category?: string;
  date?: string;
}

/** Why the row needs the user, in one line: what is missing and, for a category, why it is asked. */
export function needText(row: Row): string {
  const parts: string[] = [];
  if (row.needs.includes('hours')) parts.push('学时待补');
  if (row.needs.includes('date')) parts.push('缺完成日期');
  const e = evidenceOf(row.record);
  if (row.needs.includes('category')) parts.push(e.note ?? '类别待确认');
  else if (e.basis === 'host' && !row.record.override?.category) parts.push(e.note ?? '');
  return parts.filter(Boolean).join('；');
}

export function suggestedCategory(r: StoredRecord): string {
  const e = evidenceOf(r);
  return r.override?.category ?? e.category ?? e.suggestion ?? '';
}

/** The overrides to save, or the first row that is wrong (with a Chinese reason); nothing partial. */
export function draftsToOverrides(
  rows: readonly Row[],
  drafts: ReadonlyMap<string, Draft>,
): { ok: true; changes: { key: string; override: RecordOverride }[] } | { ok: false; message: string } {
  const changes: { key: string; override: RecordOverride }[] = [];
  for (const { record } of rows) {
    const d = drafts.get(record.key);
    if (!d) continue;
    const override: RecordOverride = { ...record.override };
    if (d.hours !== undefined && d.hours.trim() !== '') {
      const h = Number(d.hours.trim().normalize('NFKC'));
      if (!Number.isFinite(h) || h < 0 || h > 1000)
        return { ok: false, message: `《${record.title}》：学时应为 0 到 1000 之间的数字，没有保存任何修改。` };
      override.hours = h;
    }
    if (d.category === 'public' || d.category === 'professional') override.category = d.category;
    if (d.date !== undefined && d.date !== '') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date))
        return { ok: false, message: `《${record.title}》：完成日期格式不对，没有保存任何修改。` };
      override.date = d.date;
    }
    changes.push({ key: record.key, override });
  }
  return { ok: true, changes };
}

export const categoryLabel = (c: string) =>
  c === 'public' || c === 'professional' ? `${CATEGORY_TEXT[c]}科目` : '待确认';

/** Records whose category only the host suggested, for the user to confirm (not missing anything). */
export function guessedRows(records: readonly StoredRecord[]): Row[] {
  return records
    .filter((r) => r.passed !== false && !r.override?.excluded && !r.override?.category)
    .filter((r) => evidenceOf(r).basis === 'host')
    .map((record) => ({ record, needs: [] }));
}
