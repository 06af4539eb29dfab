/**
 * The live side of "report this page", run inside the page by the report script: the page's
 * tables, and the JSON it loaded itself (its own same-origin fetch/XHR requests, fetched again
 * with GET and the page's cookies). Everything is redacted by {@link buildReport} before it
 * leaves the page.
 */
import { extractTables } from '../../adapters/generic-table/index.ts';
import { buildReport, type CollectedJson, type PageReport, whyNotRepeat } from './model.ts';

const MAX_REQUESTS = 20;
const MAX_CHARS = 5_000_000;
const TIMEOUT_MS = 5000;
// The popup waits for the report and closes when it loses focus: keep the whole run short.
const TOTAL_MS = 12_000;

export async function collectReport(win: Window = window): Promise<PageReport> {
  const origin = win.location.origin;
  const urls: string[] = [];
  const skipped: { url: string; why: string }[] = [];
  const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  for (const entry of entries) {
    if (entry.initiatorType !== 'fetch' && entry.initiatorType !== 'xmlhttprequest') continue;
    if (urls.includes(entry.name) || skipped.some((s) => s.url === entry.name)) continue;
    const why = whyNotRepeat(entry.name, origin);
    if (why) {
      // Other sites are named by their origin only: the report is about this page.
      skipped.push({ url: why.startsWith('其他网站') ? safeOrigin(entry.name) : entry.name, why });
    } else if (urls.length < MAX_REQUESTS) {
      urls.push(entry.name);
    } else {
      skipped.push({ url: entry.name, why: `超过 ${MAX_REQUESTS} 个请求，未读取` });
    }
  }
  const json: CollectedJson[] = [];
  const deadline = Date.now() + TOTAL_MS;
  // One at a time, as a person clicking through the page would.
  for (const url of urls) {
    const left = deadline - Date.now();
    if (left <= 0) skipped.push({ url, why: '时间已到，未读取' });
    else json.push(await getAgain(win, url, Math.min(TIMEOUT_MS, left)));
  }
  return buildReport({
    url: win.location.href,
    title: win.document.title,
    tables: extractTables(win.document),
    json,
    skipped,
  });
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

async function getAgain(win: Window, url: string, timeoutMs: number): Promise<CollectedJson> {
  const controller = new AbortController();
  const timer = win.setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await win.fetch(url, {
      method: 'GET',
      credentials: 'include',
      headers: { Accept: 'application/json, text/javascript, */*' },
      signal: controller.signal,
    });
    const contentType = response.headers.get('content-type') ?? '';
    if (response.url && safeOrigin(response.url) !== win.location.origin) {
      return { url, status: response.status, contentType, note: '被转到其他网站（可能需要重新登录）' };
    }
    const text = await response.text();
    if (text.length > MAX_CHARS) return { url, status: response.status, contentType, note: '响应太大，未读取' };
    try {
      return { url, status: response.status, contentType, body: JSON.parse(text) as unknown };
    } catch {
      return { url, status: response.status, contentType, note: `不是 JSON（${text.length} 字）` };
    }
  } catch {
    return { url, status: null, contentType: '', note: '请求失败或超时' };
  } finally {
    win.clearTimeout(timer);
  }
}
