/**
 * The adapter contract: what every platform adapter reads and returns.
 *
 * Adapters are pure readers. They get everything from the outside through a {@link ReadContext}
 * (the page's own same-origin GET, the document, the page's storage) so that tests feed them
 * fixtures and the content script feeds them the live page. They never post, never play a
 * course, never touch a login, and never store anything themselves.
 */

export type PlatformId = 'yxlearning' | 'ghlearning' | 'chinahrt' | 'generic';

/** 公需科目 = public, 专业科目 = professional; null = not known, the user decides. */
export type Category = 'public' | 'professional';

/** One completed (or in-progress) course or class as the platform shows it. */
export interface PlatformRecord {
  platform: PlatformId;
  host: string;
  /** Stable across reads: platform ids where there are any, else a hash of what the row shows. */
  externalId: string;
  title: string;
  /** null = 学时待补: the platform shows no figure, the user supplies one. Never invented. */
  hours: number | null;
  category: Category | null;
  completedOn: string | null; // YYYY-MM-DD
  year: number | null;
  /** Passed the assessment / completed as the platform counts it; null = the platform does not say. */
  passed: boolean | null;
  progressPercent?: number;
  /** A few source fields for debugging; never tokens or personal data beyond the course row. */
  raw?: Record<string, string | number | boolean | null>;
}

/** One year of the yxlearning 学习档案 summary: earned vs required per column, as the platform counts. */
export interface YearSummary {
  platform: PlatformId;
  host: string;
  year: number;
  requiredEarned: number | null; // 必修学时
  requiredTarget: number | null;
  electiveEarned: number | null; // 选修学时
  electiveTarget: number | null;
  totalEarned: number | null; // 总学时
  totalTarget: number | null;
  passed: boolean | null;
}

/** Something the user must still supply before the records can be credited. */
export type Need = 'category' | 'hours' | 'hours-per-credit' | 'year';

export interface ReadOk {
  ok: true;
  records: PlatformRecord[];
  summaries?: YearSummary[];
  /** Chinese, shown to the user as they are. */
  warnings: string[];
  needs?: Need[];
  /** Where the records came from, for the "已读取 N 条记录" notice and the read history. */
  source: 'json' | 'page-table' | 'generic-table';
}

export type FailReason =
  | 'unrecognised' // a shape we do not know: nothing is stored
  | 'not-logged-in'
  | 'not-record-page' // the adapter knows this site but this page holds no records
  | 'platform-error' // the platform answered with its own failure code
  | 'network'
  | 'too-many-pages';

export interface ReadFail {
  ok: false;
  reason: FailReason;
  /** Chinese, complete sentence, shown to the user. */
  message: string;
}

export type ReadResult = ReadOk | ReadFail;

export interface FetchJsonOptions {
  /** Extra request headers the page itself sends (chinahrt's `hrttoken`). */
  headers?: Record<string, string>;
}

/** The context an adapter reads through. The content script builds it from the live page. */
export interface ReadContext {
  url: URL;
  /**
   * A same-origin GET of `path` (absolute path with query, e.g. `/train/...gson?pageNo=1`),
   * credentials included, parsed as JSON. Throws {@link FetchJsonError} on failure.
   * There is deliberately no way to POST through it.
   */
  fetchJson(path: string, options?: FetchJsonOptions): Promise<unknown>;
  document?: Document;
  /** The page's sessionStorage / localStorage, read only (chinahrt keeps its token there). */
  sessionStorage?: Pick<Storage, 'getItem'>;
  localStorage?: Pick<Storage, 'getItem'>;
  /** Progress of a long read, in Chinese ("第 2 / 5 页"), shown on the page while it lasts. */
  progress?(text: string): void;
}

/** "第 N / M 页", or "第 N 页" before the platform has said how many there are. */
export const pageText = (page: number, pages: number | null) =>
  pages === null ? `第 ${page} 页` : `第 ${page} / ${pages} 页`;

export type FetchFailKind = 'http' | 'network' | 'not-json' | 'cross-origin';

export class FetchJsonError extends Error {
  constructor(
    readonly kind: FetchFailKind,
    readonly status?: number,
  ) {
    super(`fetchJson failed: ${kind}${status ? ` ${status}` : ''}`);
    this.name = 'FetchJsonError';
  }
}

export interface Adapter {
  id: Exclude<PlatformId, 'generic'>;
  /** Chinese name shown to the user. */
  name: string;
  /** The site belongs to this platform family (any page). */
  matches(url: URL): boolean;
  /** A page on which reading starts by itself (the 学习档案 / plan pages). */
  isRecordPage(url: URL): boolean;
  categoryFromHost?(host: string): Category | null;
  /** Never throws; an unrecognised shape gives ok:false and no records. */
  read(ctx: ReadContext): Promise<ReadResult>;
}

export function fail(reason: FailReason, message: string): ReadFail {
  return { ok: false, reason, message };
}
