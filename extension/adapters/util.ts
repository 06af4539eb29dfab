/** Small pure helpers shared by the adapters: text, numbers, dates, ids, paging, failures. */
import { type FailReason, FetchJsonError, fail, type ReadFail } from './contract.ts';

export const MAX_TITLE = 200;

// Control characters, bidi overrides/isolates and zero-width characters: invisible in the UI,
// but they can reorder or hide text in a course name.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** The same set, for checks (no /g state). */
export const HAS_INVISIBLE = new RegExp(INVISIBLE.source);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Plain text for display and storage: no invisible characters, single spaces, bounded length. */
export function cleanText(value: unknown, max = MAX_TITLE): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  let text = String(value).replace(LONE_SURROGATE, '\ufffd').replace(INVISIBLE, ' ');
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length > max) text = `${text.slice(0, max - 1)}…`;
  return text;
}

/** A debugging copy of a source field: short text or a primitive, nothing else. */
export function rawValue(v: unknown): string | number | boolean | null {
  if (typeof v === 'string') return cleanText(v, 40);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return typeof v === 'boolean' ? v : null;
}

/** Hours or percentages: a finite number, or a string such as "12.5" / "12.5学时" / " 8 ". */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.length > 100) return null;
  // NFKC: full-width digits (１２．５) as some pages print them.
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(?:学时|学分|课时|小时|分|h|%)?\s*$/i.exec(value.normalize('NFKC'));
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  return Number.isFinite(n) ? n : null;
}

/** Hours must be plausible for one course or class; anything else is unknown, not a figure. */
export function toHours(value: unknown): number | null {
  const n = toNumber(value);
  if (n === null || n < 0 || n > 1000) return null;
  return Math.round(n * 100) / 100;
}

export function toYear(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value.trim().replace(/年$/, '')) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1990 || n > 2100) return null;
  return n;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000; // the platforms run on Beijing time (no DST)

/**
 * A completion date as YYYY-MM-DD. Accepts epoch milliseconds (number or digit string; the
 * yxlearning page passes passTime through `new Date()`), and date strings such as
 * 2024-03-05, 2024/3/5 10:00, 2024.03.05, 2024年3月5日. The date part of a string is taken as
 * written (Beijing time); epoch values are converted to Beijing time.
 */
export function toDate(value: unknown): string | null {
  if (typeof value === 'string' && /^\s*\d{12,14}\s*$/.test(value)) return toDate(Number(value));
  if (typeof value === 'number') {
    // Below 1e11 would be seconds or nonsense: `new Date()` on the page would show 1970 too.
    if (!Number.isFinite(value) || value < 1e11 || value > 4.2e12) return null;
    const d = new Date(value + CHINA_OFFSET_MS);
    return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (typeof value !== 'string' || value.length > 100) return null;
  const m =
    /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*$/.exec(
      value.normalize('NFKC'),
    );
  if (!m) return null;
  return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Pass flags as the platforms write them: 1/0, "1"/"0", true/false, 是/否, 已通过/未通过. */
export function toPassed(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== 'string') return null;
  const s = value.replace(/\s+/g, '');
  if (s === '' || s.length > 20) return null;
  if (/^(0|否|学习中|进行中|待考核)$/.test(s) || /^(未|不|没有)(通过|合格|完成|学习|学完|考核|达标|结业)/.test(s))
    return false;
  if (/^(1|是|学习完毕|已学完|达标|已达标)$/.test(s) || /^(已?(通过|合格|完成|结业|考核))(考核)?$/.test(s)) return true;
  if (s === '考核通过' || s === '已考核通过') return true;
  return null;
}

/** Category from a cell or field: 公需 → public, 专业 → professional, else unknown. */
export function toCategory(value: unknown): 'public' | 'professional' | null {
  if (typeof value !== 'string') return null;
  const pub = value.includes('公需') || value.includes('公共');
  const pro = value.includes('专业');
  if (pub === pro) return null;
  return pub ? 'public' : 'professional';
}

/** cyrb53-style 53-bit hash → hex. Deterministic, no crypto API needed in a content script. */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * Ids for rows without a platform id: a hash of what the row shows. Identical rows get an
 * occurrence suffix in page order, so reading the same page twice gives the same ids.
 */
export class RowIds {
  private seen = new Map<string, number>();
  next(parts: readonly unknown[]): string {
    const base = hash(JSON.stringify(parts));
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? `h-${base}` : `h-${base}-${n}`;
  }
}

/** The failure for an exception out of ctx.fetchJson. */
export function fetchFailure(error: unknown): ReadFail {
  if (error instanceof FetchJsonError) {
    if (error.kind === 'not-json' || error.status === 401 || error.status === 403) {
      return fail('not-logged-in', '平台没有返回学习记录数据，可能尚未登录或登录已过期。请登录后刷新本页再读取。');
    }
    if (error.kind === 'cross-origin') {
      return fail('unrecognised', '学时通只读取本网站自己的数据，这个地址不在本站，已停止读取。');
    }
    if (error.kind === 'http') {
      return fail('network', `平台返回错误（HTTP ${error.status ?? '?'}），本次没有读取任何记录，请稍后再试。`);
    }
  }
  return fail('network', '读取学习记录时网络出错，本次没有读取任何记录，请稍后再试。');
}

/** Platform-provided failure text, made safe to show inside our own message. */
export function platformText(value: unknown): string {
  const text = cleanText(value, 80);
  return text ? `（平台提示：${text}）` : '';
}

export const UNRECOGNISED_MESSAGE =
  '学时通不认识这个页面返回的数据格式，本次没有保存任何记录。平台可能已改版，可以用“报告此页面”帮助我们适配。';

export type PageOutcome<T> = { ok: true; items: T[]; total: number | null } | { ok: false; failure: ReadFail };

/**
 * Read every page of a paged list. Stops when the reported total is reached, on a short or
 * empty page, or fails at `maxPages` (a loop guard: a server that ignores the page number
 * would otherwise be read forever). Any failing page fails the whole read: never half a read.
 */
export async function readAllPages<T>(
  fetchPage: (page: number) => Promise<PageOutcome<T>>,
  pageSize: number,
  maxPages: number,
  /** Told before each page is asked for: its number and, once the platform said, how many there are. */
  onPage?: (page: number, pages: number | null) => void,
): Promise<{ ok: true; items: T[]; warnings: string[] } | { ok: false; failure: ReadFail }> {
  const items: T[] = [];
  const warnings: string[] = [];
  let previous = '';
  let pages: number | null = null;
  for (let page = 1; page <= maxPages; page++) {
    onPage?.(page, pages);
    const outcome = await fetchPage(page);
    if (!outcome.ok) return outcome;
    const { total } = outcome;
    if (total !== null) pages = Math.max(1, Math.ceil(total / pageSize));
    if (outcome.items.length === 0) {
      if (total !== null && items.length < total) {
        warnings.push(`平台报告共 ${total} 条，实际读到 ${items.length} 条。`);
      }
      return { ok: true, items, warnings };
    }
    // Same page again means the server ignores the page number: stop instead of duplicating.
    const signature = JSON.stringify(outcome.items);
    if (page > 1 && signature === previous) {
      return {
        ok: false,
        failure: fail('unrecognised', `平台分页不正常（第 ${page} 页与上一页相同）。${UNRECOGNISED_MESSAGE}`),
      };
    }
    previous = signature;
    items.push(...outcome.items);
    if (total !== null && items.length >= total) return { ok: true, items, warnings };
    if (total === null && outcome.items.length < pageSize) return { ok: true, items, warnings };
  }
  return {
    ok: false,
    failure: fail('too-many-pages', `记录超过 ${maxPages} 页，已停止读取，本次没有保存任何记录。`),
  };
}

export function failureFromUnknown(reason: FailReason = 'unrecognised'): ReadFail {
  return fail(reason, UNRECOGNISED_MESSAGE);
}
