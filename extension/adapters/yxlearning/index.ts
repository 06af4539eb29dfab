/**
 * 大众云学 (yxlearning, 山东) and its twin ghlearning (河南 etc.): same application, same paths,
 * same field names [seen]. Reads the yearly summary and every year's classes, every page of
 * them, from the JSON the 学习档案 page itself loads; falls back to that page's tables.
 */
import { categoryFromHost } from '../category.ts';
import type { Adapter, PlatformRecord, ReadContext, ReadResult, YearSummary } from '../contract.ts';
import { fail, pageText } from '../contract.ts';
import { fetchFailure, type PageOutcome, RowIds, readAllPages } from '../util.ts';
import { readRecordTables } from './page-tables.ts';
import { parseListPage, toClassRecords, toSummaries } from './schema.ts';

// The page itself asks for 10 rows a page; asking the same keeps our requests the page's own.
export const PAGE_SIZE = 10;
// Loop guard: 500 pages of 10 is far beyond any person's classes of one year.
export const MAX_PAGES = 500;

export const SUMMARY_PATH = '/train/cms/record/find-my-record-list.gson';
export const YEAR_PATH = '/train/cms/record/query-year-record-list.gson';

export const summaryUrl = (page: number) => `${SUMMARY_PATH}?pageSize=${PAGE_SIZE}&pageNo=${page}`;
export const yearUrl = (year: number, page: number) => `${YEAR_PATH}?pageSize=${PAGE_SIZE}&pageNo=${page}&year=${year}`;

// The host is the weakest evidence of a category; the class's own title comes first (category.ts).
export { categoryFromHost };

/** 学习档案 [seen: /my/record]. */
const RECORD_PATH = /^\/my\/record(?:[/.?#]|$)/;

async function page<T>(
  ctx: ReadContext,
  path: string,
  parse: (json: unknown) => PageOutcome<T>,
): Promise<PageOutcome<T>> {
  let json: unknown;
  try {
    json = await ctx.fetchJson(path);
  } catch (error) {
    return { ok: false, failure: fetchFailure(error) };
  }
  return parse(json);
}

async function readJson(ctx: ReadContext, platform: 'yxlearning' | 'ghlearning'): Promise<ReadResult> {
  const host = ctx.url.hostname.toLowerCase();
  const hostCategory = categoryFromHost(host);
  const warnings: string[] = [];

  const summaryPages = await readAllPages(
    (p) => page(ctx, summaryUrl(p), parseListPage),
    PAGE_SIZE,
    MAX_PAGES,
    (p, n) => ctx.progress?.(`正在读取学习档案的年度汇总：${pageText(p, n)}`),
  );
  if (!summaryPages.ok) return summaryPages.failure;
  warnings.push(...summaryPages.warnings);
  const summaryResult = toSummaries(summaryPages.items, platform, host);
  if (!summaryResult.ok) return summaryResult.failure;
  // One summary per year: a repeated year (a paging quirk) is kept once, as first shown.
  const summaries: YearSummary[] = [];
  for (const s of summaryResult.summaries) {
    if (summaries.some((t) => t.year === s.year)) warnings.push(`${s.year} 年度在汇总中出现多次，只取第一行。`);
    else summaries.push(s);
  }

  const records: PlatformRecord[] = [];
  const years = summaries.map((s) => s.year);
  for (const [i, year] of years.entries()) {
    const classPages = await readAllPages(
      (p) => page(ctx, yearUrl(year, p), parseListPage),
      PAGE_SIZE,
      MAX_PAGES,
      (p, n) =>
        ctx.progress?.(`正在读取 ${year} 年度的班级（第 ${i + 1} / ${years.length} 个年度）：${pageText(p, n)}`),
    );
    if (!classPages.ok) return classPages.failure;
    warnings.push(...classPages.warnings.map((w) => `${year} 年度：${w}`));
    const classes = toClassRecords(classPages.items, { platform, host, year, hostCategory, ids: new RowIds() });
    if (!classes.ok) return classes.failure;
    records.push(...classes.records);
  }

  const noHours = records.filter((r) => r.hours === null).length;
  if (noHours) warnings.push(`${noHours} 个班级没有学时数，已标为“学时待补”。`);
  const needs: ('category' | 'hours')[] = [];
  if (records.some((r) => r.category === null)) needs.push('category');
  if (noHours) needs.push('hours');
  return { ok: true, records, summaries, warnings, needs, source: 'json' };
}

function makeAdapter(id: 'yxlearning' | 'ghlearning', name: string, domain: string): Adapter {
  const hostRe = new RegExp(`(^|\\.)${domain.replace('.', '\\.')}$`, 'i');
  return {
    id,
    name,
    matches: (url) => hostRe.test(url.hostname),
    isRecordPage: (url) => hostRe.test(url.hostname) && RECORD_PATH.test(url.pathname),
    categoryFromHost,
    async read(ctx) {
      try {
        const json = await readJson(ctx, id);
        if (json.ok || !ctx.document) return json;
        // The JSON failed but the page may still show its tables (e.g. a changed envelope).
        const host = ctx.url.hostname.toLowerCase();
        const tables = readRecordTables(ctx.document, id, host, categoryFromHost(host));
        if (!tables || (tables.records.length === 0 && !tables.summaries?.length)) return json;
        tables.warnings.unshift('未能读取平台数据接口，改为读取页面上的学习档案表格。');
        return tables;
      } catch {
        return fail('unrecognised', '读取学习记录时出现意外错误，本次没有保存任何记录。');
      }
    },
  };
}

export const yxlearning = makeAdapter('yxlearning', '大众云学（yxlearning）', 'yxlearning.com');
export const ghlearning = makeAdapter('ghlearning', '专技学习平台（ghlearning，河南等地）', 'ghlearning.com');
