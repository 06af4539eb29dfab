import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildReport } from '../entrypoints/report/model.ts';
import {
  loadStashed,
  startPageReport,
  startTableRead,
  stash,
  type TableSnapshot,
  toolPageUrl,
} from '../lib/page-tools.ts';

// What the popup buttons call, against WXT's fake browser: executeScript answers as Chromium
// would, storage.session and tabs are the fake's own.
const snapshot: TableSnapshot = {
  url: 'http://www.upol.cn/study/record',
  title: '我的学习记录',
  tables: [{ index: 0, header: ['课程名称', '学时', '完成时间'], rows: [['a', '2', '2020-01-01']] }],
};

type Inject = (opts: { target: { tabId: number; allFrames?: boolean }; files: string[] }) => Promise<unknown>;
function mockInjection(impl: Inject) {
  const spy = vi.fn(impl);
  (fakeBrowser.scripting as unknown as { executeScript: typeof spy }).executeScript = spy;
  return spy;
}

beforeEach(() => {
  fakeBrowser.reset();
});

async function openedPage(): Promise<URL | null> {
  const tabs = await fakeBrowser.tabs.query({});
  const url = tabs.map((t) => t.url).find((u) => u?.startsWith('chrome-extension://'));
  return url ? new URL(url) : null;
}

describe('读取本页表格', () => {
  test('reads the tab, keeps the tables in session storage and opens the import page on them', async () => {
    const inject = mockInjection(async () => [{ frameId: 0, result: snapshot }]);
    await expect(startTableRead(42)).resolves.toEqual({ ok: true });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 42, allFrames: true }, files: ['/read-tables.js'] });
    const page = await openedPage();
    expect(page?.pathname).toBe('/import-table.html');
    await expect(loadStashed('tables', page?.searchParams.get('id') ?? '')).resolves.toEqual(snapshot);
  });

  test('a frame that cannot be entered: the top frame alone', async () => {
    const inject = mockInjection(async ({ target }) => {
      if (target.allFrames) throw new Error('Cannot access contents of url');
      return [{ frameId: 0, result: snapshot }];
    });
    await expect(startTableRead(42)).resolves.toEqual({ ok: true });
    expect(inject).toHaveBeenCalledTimes(2);
  });

  test('a page the extension may not enter: a message for the popup, no page opened', async () => {
    mockInjection(async () => {
      throw new Error('Cannot access a chrome:// URL');
    });
    const got = await startTableRead(42);
    expect(got).toMatchObject({ ok: false, message: expect.stringContaining('学时通无法读取这个页面') });
    expect(await openedPage()).toBeNull();
  });

  test('a page without tables: a message, no page opened', async () => {
    mockInjection(async () => [{ frameId: 0, result: { ...snapshot, tables: [] } }]);
    await expect(startTableRead(42)).resolves.toEqual({
      ok: false,
      message: '本页没有找到表格。请打开显示学习记录表格的页面后再试。',
    });
    expect(await openedPage()).toBeNull();
  });
});

describe('报告此页面', () => {
  test('collects the report in the tab and opens the report page on it', async () => {
    const report = buildReport({
      url: snapshot.url,
      title: '学习档案',
      tables: snapshot.tables,
      json: [],
      skipped: [],
    });
    const inject = mockInjection(async () => [{ frameId: 0, result: report }]);
    await expect(startPageReport(7)).resolves.toEqual({ ok: true });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/report-page.js'] });
    const page = await openedPage();
    expect(page?.pathname).toBe('/report.html');
    await expect(loadStashed('report', page?.searchParams.get('id') ?? '')).resolves.toEqual(report);
  });

  test('anything else coming back is refused', async () => {
    mockInjection(async () => [{ frameId: 0, result: { format: 'other' } }]);
    await expect(startPageReport(7)).resolves.toMatchObject({ ok: false });
  });
});

describe('session storage hand-over', () => {
  test('old results are dropped, bad ids find nothing', async () => {
    const day = 24 * 60 * 60 * 1000;
    const old = await stash('tables', snapshot, Date.now() - day);
    const fresh = await stash('tables', snapshot);
    await expect(loadStashed('tables', old)).resolves.toBeNull();
    await expect(loadStashed('tables', fresh)).resolves.toEqual(snapshot);
    await expect(loadStashed('tables', '../x')).resolves.toBeNull();
  });

  test('page addresses', () => {
    expect(toolPageUrl('tables', { id: 'a-b' })).toMatch(/\/import-table\.html\?id=a-b$/);
    expect(toolPageUrl('report', { tab: 3 })).toMatch(/\/report\.html\?tab=3$/);
  });
});
