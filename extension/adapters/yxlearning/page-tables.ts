/**
 * Fallback for when the JSON cannot be read: the 学习档案 page's own tables, found by their
 * header text [seen]: 年度 / 必修学时 / 选修学时 / 总学时 / 状态 (cells "earned / required") and
 * 班级名称 / 是否通过考核 / 通过考核时间 / 获得学时.
 */
import { decideCategory } from '../category.ts';
import type { Category, Need, PlatformId, ReadOk, YearSummary } from '../contract.ts';
import { extractTables, mapColumns, type RawTable, readTable } from '../generic-table/index.ts';
import { toHours, toPassed, toYear } from '../util.ts';

function col(header: readonly string[], name: string): number {
  return header.findIndex((h) => h.replace(/\s+/g, '') === name);
}

/** "12 / 90" → [12, 90]; a single figure → [n, null]. */
function earnedOfRequired(text: string | undefined): [number | null, number | null] {
  const m = /^\s*([^/]*?)\s*\/\s*(.*?)\s*$/.exec(text ?? '');
  if (!m) return [toHours(text ?? ''), null];
  return [toHours(m[1]), toHours(m[2])];
}

function summariesFrom(table: RawTable, platform: PlatformId, host: string): YearSummary[] {
  const h = table.header;
  const [year, req, ele, tot, st] = [
    col(h, '年度'),
    col(h, '必修学时'),
    col(h, '选修学时'),
    col(h, '总学时'),
    col(h, '状态'),
  ];
  const out: YearSummary[] = [];
  for (const row of table.rows) {
    const y = toYear(row[year]);
    if (y === null) continue;
    const [requiredEarned, requiredTarget] = earnedOfRequired(row[req]);
    const [electiveEarned, electiveTarget] = earnedOfRequired(row[ele]);
    const [totalEarned, totalTarget] = earnedOfRequired(row[tot]);
    out.push({
      platform,
      host,
      year: y,
      requiredEarned,
      requiredTarget,
      electiveEarned,
      electiveTarget,
      totalEarned,
      totalTarget,
      passed: st >= 0 ? toPassed(row[st]) : null,
    });
  }
  return out;
}

export function readRecordTables(
  root: ParentNode,
  platform: PlatformId,
  host: string,
  category: Category | null,
): ReadOk | null {
  const tables = extractTables(root);
  const summaries: YearSummary[] = [];
  const records: ReadOk['records'] = [];
  const warnings: string[] = [];
  const needs = new Set<Need>();
  let found = false;
  for (const table of tables) {
    const h = table.header;
    if (col(h, '年度') >= 0 && col(h, '总学时') >= 0) {
      found = true;
      summaries.push(...summariesFrom(table, platform, host));
      continue;
    }
    if (col(h, '班级名称') >= 0 && col(h, '获得学时') >= 0) {
      const result = readTable(table, {
        host,
        platform,
        category,
        mapping: mapColumns(h),
        idScheme: 'title-year',
      });
      if (!result.ok) return null;
      found = true;
      // The class's own title may overrule the host (category.ts); asked where neither tells.
      for (const r of result.records)
        records.push({ ...r, category: decideCategory({ title: r.title, host: category }).category });
      warnings.push(...result.warnings);
      for (const n of result.needs ?? []) if (n !== 'category') needs.add(n);
    }
  }
  if (!found) return null;
  if (records.some((r) => r.category === null)) needs.add('category');
  const ids = new Set<string>();
  // Two tables showing the same classes (e.g. a repeated render) must not double them.
  const unique = records.filter((r) => !ids.has(r.externalId) && ids.add(r.externalId));
  return { ok: true, records: unique, summaries, warnings, needs: [...needs], source: 'page-table' };
}
