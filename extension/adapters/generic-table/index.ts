/**
 * The generic table reader: for platforms without an adapter (upol.cn, qhjjglpt.com,
 * 青海干部网络学院, …). The user starts it from the popup; it finds tables whose header names a
 * course, its hours and a date, proposes a column mapping, and turns the rows into records
 * once the user has confirmed the mapping, the category and (for 学分) the hours per credit.
 * Pure functions over {@link RawTable}; {@link extractTables} is the only DOM step.
 */
import { type Category, fail, type Need, type PlatformId, type PlatformRecord, type ReadResult } from '../contract.ts';
import { cleanText, RowIds, toCategory, toDate, toHours, toNumber, toPassed, toYear } from '../util.ts';
import { extractTables, type RawTable, TABLE_LIMITS } from './tables.ts';

export { extractTables, type RawTable } from './tables.ts';

export type Field = 'title' | 'hours' | 'date' | 'category' | 'status' | 'year';

/** Column index per field (null = no such column). */
export interface ColumnMapping {
  title: number | null;
  hours: number | null;
  /** 学分 columns need a hours-per-credit figure from the user. */
  hoursUnit: 'hours' | 'credits';
  date: number | null;
  category: number | null;
  status: number | null;
  year: number | null;
}

export const EMPTY_MAPPING: ColumnMapping = {
  title: null,
  hours: null,
  hoursUnit: 'hours',
  date: null,
  category: null,
  status: null,
  year: null,
};

/** Header words per field: exact names score high, contained words low. Order = priority. */
const SYNONYMS: Record<Field, { exact: string[]; contains: string[]; never?: RegExp }> = {
  category: {
    exact: ['类别', '科目类型', '课程类别', '课程类型', '科目类别', '科目', '类型', '学时类型', '学分类型'],
    contains: ['类别', '类型'],
  },
  status: {
    exact: ['状态', '是否通过', '是否通过考核', '学习状态', '考核状态', '考核结果', '是否合格', '完成状态'],
    contains: ['状态', '是否通过', '是否合格'],
  },
  date: {
    exact: [
      '完成时间',
      '通过时间',
      '考核时间',
      '通过考核时间',
      '完成日期',
      '通过日期',
      '考核日期',
      '结业时间',
      '获得时间',
    ],
    contains: ['时间', '日期'],
    never: /开始|起始|报名|选课/,
  },
  hours: {
    exact: [
      '获得学时',
      '学时',
      '学分',
      '获得学分',
      '已获学时',
      '已获学分',
      '课程学时',
      '学时数',
      '学分数',
      '课时',
      '所得学时',
    ],
    contains: ['学时', '学分'],
    never: /要求|应修|需修|所需/,
  },
  year: { exact: ['年度', '年份', '学年', '培训年度', '学习年度'], contains: ['年度'] },
  title: {
    exact: ['课程名称', '课程', '班级名称', '课程标题', '培训班名称', '班级', '项目名称', '培训项目', '课程名', '名称'],
    contains: ['课程名称', '班级名称', '名称'],
    never: /学时|学分|时间|日期|类|状态|编号|序号|进度|讲师|教师|单位/,
  },
};
const FIELD_ORDER: Field[] = ['category', 'status', 'date', 'hours', 'year', 'title'];

function normaliseHeader(text: string): string {
  return text.replace(/[（(][^)）]*[)）]/g, '').replace(/[\s:：*]/g, '');
}

function score(field: Field, header: string): number {
  const h = normaliseHeader(header);
  const s = SYNONYMS[field];
  if (h === '' || s.never?.test(h)) return 0;
  const exact = s.exact.indexOf(h);
  if (exact >= 0) return 100 - exact; // earlier synonyms are the better names (获得学时 over 学时)
  return s.contains.some((w) => h.includes(w)) ? 10 : 0;
}

/** The proposed mapping for a header row; every column serves at most one field. */
export function mapColumns(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = { ...EMPTY_MAPPING };
  const used = new Set<number>();
  for (const field of FIELD_ORDER) {
    let best = -1;
    let bestScore = 0;
    header.forEach((text, i) => {
      const sc = used.has(i) ? 0 : score(field, text);
      if (sc > bestScore) {
        best = i;
        bestScore = sc;
      }
    });
    if (best >= 0) {
      mapping[field] = best;
      used.add(best);
    }
  }
  if (mapping.hours !== null && normaliseHeader(header[mapping.hours] ?? '').includes('学分')) {
    mapping.hoursUnit = 'credits';
  }
  return mapping;
}

export interface Candidate {
  table: RawTable;
  mapping: ColumnMapping;
  /** Fields the header does not name; the preview lets the user pick a column for them. */
  missing: ('hours' | 'date')[];
}

/**
 * Tables that look like a learning record: a course column and at least one of hours/date,
 * with body rows. Complete ones (course + hours + date) first, then by size.
 */
export function findCandidateTables(tables: readonly RawTable[]): Candidate[] {
  const out: Candidate[] = [];
  for (const table of tables) {
    if (table.rows.length === 0) continue;
    const mapping = mapColumns(table.header);
    if (mapping.title === null || (mapping.hours === null && mapping.date === null)) continue;
    const missing: ('hours' | 'date')[] = [];
    if (mapping.hours === null) missing.push('hours');
    if (mapping.date === null) missing.push('date');
    out.push({ table, mapping, missing });
  }
  return out.sort((a, b) => a.missing.length - b.missing.length || b.table.rows.length - a.table.rows.length);
}

/** The candidates of a document (or any element): the popup's entry point. */
export function findCandidatesInPage(root: ParentNode): Candidate[] {
  return findCandidateTables(extractTables(root));
}

export interface TableReadOptions {
  host: string;
  mapping?: ColumnMapping;
  /** The category the user assigns to rows whose table has no category column. */
  category?: Category | null;
  /** Hours one 学分 is worth, from the user; required for a 学分 column. */
  hoursPerCredit?: number | null;
  /** The year the user assigns to rows that have neither a year column nor a date. */
  year?: number | null;
  /** Which platform the records are stored under (yxlearning's page fallback reuses this). */
  platform?: PlatformId;
  /** Parts of the externalId (see below); yxlearning keeps its JSON id scheme. */
  idScheme?: 'row' | 'title-year';
}

const TOTAL_ROW = /^(合计|总计|小计|汇总|共计)[:：]?$/;

function cell(row: readonly string[], index: number | null): string {
  return index === null ? '' : (row[index] ?? '');
}

function validMapping(mapping: ColumnMapping, width: number): boolean {
  const fields: Field[] = ['title', 'hours', 'date', 'category', 'status', 'year'];
  return fields.every((f) => {
    const v = mapping[f];
    return v === null || (Number.isInteger(v) && v >= 0 && v < width);
  });
}

/**
 * Rows → records under a confirmed mapping. Fails as a whole (no records) on a mapping without
 * a course column or with columns outside the table, an invalid hours-per-credit, or a table too
 * large to be a personal record; rows without a course name and total rows are skipped.
 */
export function readTable(table: RawTable, options: TableReadOptions): ReadResult {
  try {
    return readTableUnsafe(table, options);
  } catch {
    // The boundary: a bug or a hostile input never escapes as an exception.
    return fail('unrecognised', '无法读取这个表格，本次没有保存任何记录。');
  }
}

function readTableUnsafe(table: RawTable, options: TableReadOptions): ReadResult {
  if (!Array.isArray(table?.header) || !Array.isArray(table?.rows)) {
    return fail('unrecognised', '无法识别这个表格，本次没有保存任何记录。');
  }
  const mapping = options.mapping ?? mapColumns(table.header);
  const width = Math.max(table.header.length, ...table.rows.slice(0, 50).map((r) => (Array.isArray(r) ? r.length : 0)));
  if (mapping.title === null || !validMapping(mapping, width)) {
    return fail('unrecognised', '请先为“课程名称”指定表格中的一列，本次没有保存任何记录。');
  }
  if (table.rows.length > TABLE_LIMITS.maxRows) {
    return fail('too-many-pages', `表格超过 ${TABLE_LIMITS.maxRows} 行，不像是个人学习记录，本次没有保存任何记录。`);
  }
  const perCredit = options.hoursPerCredit ?? null;
  if (perCredit !== null && !(Number.isFinite(perCredit) && perCredit > 0 && perCredit <= 100)) {
    return fail('unrecognised', '“每学分折合学时”应为大于 0、不超过 100 的数字，本次没有保存任何记录。');
  }

  const platform = options.platform ?? 'generic';
  const host = cleanText(options.host, 253).toLowerCase();
  if (host === '') return fail('unrecognised', '无法确定这个页面所在的网站，本次没有保存任何记录。');
  const headerKey = table.header.map((h) => normaliseHeader(String(h))).join('|');
  const ids = new RowIds();
  const records: PlatformRecord[] = [];
  const needs = new Set<Need>();
  let skipped = 0;
  let noHours = 0;
  let inferredYear = 0;

  for (const row of table.rows) {
    if (!Array.isArray(row)) {
      skipped++;
      continue;
    }
    const cells = row.map((c) => (typeof c === 'string' ? c : ''));
    if (cells.map(normaliseHeader).join('|') === headerKey) continue; // header repeated in the body
    const title = cleanText(cell(cells, mapping.title));
    if (title === '' || cells.some((c) => TOTAL_ROW.test(c.trim()))) {
      if (cells.some((c) => c.trim() !== '')) skipped++;
      continue;
    }
    const hoursCell = cell(cells, mapping.hours);
    const dateCell = cell(cells, mapping.date);
    const completedOn = toDate(dateCell);
    let hours: number | null = null;
    if (mapping.hours !== null && mapping.hoursUnit === 'credits') {
      const credits = toNumber(hoursCell);
      if (credits !== null && perCredit !== null) hours = toHours(credits * perCredit);
      if (credits !== null && perCredit === null) needs.add('hours-per-credit');
    } else {
      hours = toHours(hoursCell);
    }
    if (hours === null) noHours++;
    const category = toCategory(cell(cells, mapping.category)) ?? options.category ?? null;
    if (category === null) needs.add('category');
    let year = toYear(cell(cells, mapping.year)) ?? options.year ?? null;
    if (year === null && completedOn) {
      year = Number(completedOn.slice(0, 4));
      inferredYear++;
    }
    if (year === null) needs.add('year');
    const statusCell = cell(cells, mapping.status);
    // Ids use what the row shows, not what the user chose, so that changing the category or
    // the credit rate and reading again replaces the rows instead of adding them.
    const externalId =
      options.idScheme === 'title-year'
        ? ids.next([host, year, title])
        : ids.next([
            host,
            title,
            completedOn ?? cleanText(dateCell, 40),
            cleanText(hoursCell, 40),
            cell(cells, mapping.year),
          ]);
    records.push({
      platform,
      host,
      externalId,
      title,
      hours,
      category,
      completedOn,
      year,
      passed: toPassed(statusCell),
      raw: {
        title: cleanText(cell(cells, mapping.title), 80),
        hours: cleanText(hoursCell, 40),
        date: cleanText(dateCell, 40),
        status: cleanText(statusCell, 40),
      },
    });
  }

  const warnings: string[] = [];
  if (skipped) warnings.push(`跳过 ${skipped} 行（没有课程名称或是合计行）。`);
  if (noHours) {
    warnings.push(`${noHours} 条记录没有可用的学时数，已标为“学时待补”。`);
    needs.add('hours');
  }
  if (needs.has('hours-per-credit')) warnings.push('学时列是学分：请填写 1 学分折合多少学时。');
  if (inferredYear) warnings.push(`${inferredYear} 条记录的年度按完成时间推定，请核对。`);
  return {
    ok: true,
    records,
    warnings,
    needs: [...needs],
    source: platform === 'generic' ? 'generic-table' : 'page-table',
  };
}
