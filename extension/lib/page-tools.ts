/**
 * The tools the user starts from the popup on the current tab: read its tables (the generic
 * reader, for platforms without an adapter) and report the page (a redacted file for writing an
 * adapter). Both run a script in the tab through activeTab + scripting: no host permission, and
 * only after the user clicked. The result waits in storage.session (memory only) for the
 * extension page that shows it.
 */
import { browser } from 'wxt/browser';
import type { RawTable } from '../adapters/generic-table/index.ts';
import type { PageReport } from '../entrypoints/report/model.ts';

/** What read-tables.ts returns from the page. */
export interface TableSnapshot {
  url: string;
  title: string;
  tables: RawTable[];
}

export type ToolResult = { ok: true } | { ok: false; message: string };
type Got<T> = { ok: true; value: T } | { ok: false; message: string };

const CANNOT_ACCESS =
  '学时通无法读取这个页面（浏览器自己的页面、扩展商店，或页面已经跳转）。请在学习平台显示记录的页面上点击学时通图标后再试。';

/** Loose check of what came back from the page: a page cannot hand us anything else. */
export function asSnapshot(value: unknown): TableSnapshot | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<TableSnapshot>;
  if (typeof v.url !== 'string' || typeof v.title !== 'string' || !Array.isArray(v.tables)) return null;
  const strings = (a: unknown): a is string[] => Array.isArray(a) && a.every((s) => typeof s === 'string');
  const tables = v.tables.filter(
    (t): t is RawTable =>
      !!t && typeof t === 'object' && strings(t.header) && Array.isArray(t.rows) && t.rows.every(strings),
  );
  return { url: v.url, title: v.title, tables };
}

/** Several frames' snapshots as one: the top frame's page, the tables of frames from its own site. */
export function mergeFrames(frames: readonly { frameId: number; snapshot: TableSnapshot }[]): TableSnapshot | null {
  const top = frames.find((f) => f.frameId === 0) ?? frames[0];
  if (!top) return null;
  const origin = originOf(top.snapshot.url);
  const tables: RawTable[] = [];
  for (const f of [top, ...frames.filter((x) => x !== top)]) {
    if (originOf(f.snapshot.url) !== origin) continue;
    for (const t of f.snapshot.tables) tables.push({ ...t, index: tables.length });
  }
  return { url: top.snapshot.url, title: top.snapshot.title, tables };
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Runs read-tables.ts in the tab (and its same-site frames). */
export async function readTablesInTab(tabId: number): Promise<Got<TableSnapshot>> {
  let results: { frameId: number; result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/read-tables.js'] });
  } catch {
    try {
      // A frame we may not enter can fail the whole call: the top frame alone then.
      results = await browser.scripting.executeScript({ target: { tabId }, files: ['/read-tables.js'] });
    } catch {
      return { ok: false, message: CANNOT_ACCESS };
    }
  }
  const frames = results.flatMap((r) => {
    const snapshot = asSnapshot(r.result);
    return snapshot ? [{ frameId: r.frameId, snapshot }] : [];
  });
  const merged = mergeFrames(frames);
  if (!merged) return { ok: false, message: '没有读到页面内容，请等页面加载完成后再试。' };
  if (!/^https?:/.test(merged.url)) return { ok: false, message: CANNOT_ACCESS };
  return { ok: true, value: merged };
}

/** Runs report-page.ts in the tab; the report comes back already redacted. */
export async function collectReportInTab(tabId: number): Promise<Got<PageReport>> {
  let result: unknown;
  try {
    [{ result } = { result: undefined }] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/report-page.js'],
    });
  } catch {
    return { ok: false, message: CANNOT_ACCESS };
  }
  const report = result as PageReport | undefined;
  if (report?.format !== 'xueshi-page-report') {
    return { ok: false, message: '没有读到页面内容，请等页面加载完成后再试。' };
  }
  if (!/^https?:/.test(report.page.url)) return { ok: false, message: CANNOT_ACCESS };
  return { ok: true, value: report };
}

export type StashKind = 'tables' | 'report';
interface StashValue {
  tables: TableSnapshot;
  report: PageReport;
}
const PREFIX = 'xueshi:';
const KEEP_MS = 6 * 60 * 60 * 1000;

/** Keeps a result in session storage (memory, cleared when the browser closes); returns its id. */
export async function stash(kind: StashKind, value: TableSnapshot | PageReport, now = Date.now()): Promise<string> {
  const id = `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const all = await browser.storage.session.get(null);
  const old = Object.keys(all).filter((k) => {
    const m = /^xueshi:(?:tables|report):([0-9a-z]+)-/.exec(k);
    return m?.[1] !== undefined && now - Number.parseInt(m[1], 36) > KEEP_MS;
  });
  if (old.length) await browser.storage.session.remove(old);
  await browser.storage.session.set({ [`${PREFIX}${kind}:${id}`]: value });
  return id;
}

export async function loadStashed<K extends StashKind>(kind: K, id: string): Promise<StashValue[K] | null> {
  if (!/^[0-9a-z]+-[0-9a-z]+$/.test(id)) return null;
  const key = `${PREFIX}${kind}:${id}`;
  const got = await browser.storage.session.get(key);
  const value = got[key];
  const valid =
    kind === 'tables'
      ? asSnapshot(value)
      : (value as PageReport | undefined)?.format === 'xueshi-page-report'
        ? (value as PageReport)
        : null;
  return valid as StashValue[K] | null;
}

const COLLECT: { [K in StashKind]: (tabId: number) => Promise<Got<StashValue[K]>> } = {
  tables: readTablesInTab,
  report: collectReportInTab,
};

/**
 * What a tool page shows. `?id=` is what the popup kept; `?tab=` runs the same script in that tab
 * first, then keeps the result under an id (and rewrites the address), so reloading the page
 * does not ask the tab again.
 */
export async function toolPageInput<K extends StashKind>(
  kind: K,
  messages: { expired: string; noTab: string },
): Promise<Got<StashValue[K]>> {
  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  if (id) {
    const value = await loadStashed(kind, id);
    return value ? { ok: true, value } : { ok: false, message: messages.expired };
  }
  const tab = Number(params.get('tab'));
  if (!Number.isInteger(tab) || tab < 0) return { ok: false, message: messages.noTab };
  const got = await COLLECT[kind](tab);
  if (!got.ok) return got;
  history.replaceState(null, '', `?id=${await stash(kind, got.value)}`);
  return got;
}

/** The extension page that shows a stashed result (`?id=`), or reads a tab itself (`?tab=`). */
export function toolPageUrl(kind: StashKind, query: { id: string } | { tab: number }): string {
  const page = kind === 'tables' ? '/import-table.html' : '/report.html';
  const q = 'id' in query ? `id=${encodeURIComponent(query.id)}` : `tab=${query.tab}`;
  return `${browser.runtime.getURL(page)}?${q}`;
}

async function openToolPage(kind: StashKind, id: string, openerTabId: number): Promise<void> {
  await browser.tabs.create({ url: toolPageUrl(kind, { id }), openerTabId });
}

/**
 * Popup → 读取本页表格: reads the tab's tables and opens the import page with them. Returns a
 * message for the popup when there is nothing to show (the popup stays open then).
 */
export async function startTableRead(tabId: number): Promise<ToolResult> {
  const read = await readTablesInTab(tabId);
  if (!read.ok) return read;
  if (read.value.tables.length === 0) {
    return { ok: false, message: '本页没有找到表格。请打开显示学习记录表格的页面后再试。' };
  }
  try {
    await openToolPage('tables', await stash('tables', read.value), tabId);
  } catch {
    return { ok: false, message: '表格太大，无法暂存，本次没有读取。' };
  }
  return { ok: true };
}

/** Popup → 报告此页面: builds the redacted report in the tab and opens the page that shows it. */
export async function startPageReport(tabId: number): Promise<ToolResult> {
  const got = await collectReportInTab(tabId);
  if (!got.ok) return got;
  try {
    await openToolPage('report', await stash('report', got.value), tabId);
  } catch {
    return { ok: false, message: '页面内容太多，无法暂存，本次没有生成报告。' };
  }
  return { ok: true };
}
