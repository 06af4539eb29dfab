import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StoredRecord } from '../../extension/lib/db.ts';
import { extensionDir } from '../tools/paths.ts';
import type { StaticServer } from '../tools/static-server.ts';
import {
  type Browser,
  extensionCopyWithHostPermission,
  foreignRequests,
  launch,
  readExtensionRecords,
  screenshot,
} from './harness/browser.ts';
import { startFixtureServer } from './harness/fixtures.ts';

// The generic reader's own sample page (extension/adapters/generic-table/fixtures), served under
// upol.cn's name as page 1 of a record table; page 2 and a page without tables are in
// test/fixtures/hosts/www.upol.cn/.
const genericFixtures = fileURLToPath(new URL('../../extension/adapters/generic-table/fixtures/', import.meta.url));
const host = 'www.upol.cn';
const origin = `http://${host}`;

describe('generic table reader on an upol-like record page', () => {
  let fixtures: StaticServer;
  let browser: Browser;
  let copy: string;
  let sitePage: Page;

  beforeAll(async () => {
    fixtures = await startFixtureServer([
      (req, res, url) => {
        const file = { '/study/record': 'upol-like.html', '/study/credits': 'element-split.html' }[url.pathname];
        if ((req.headers.host ?? '').split(':')[0] !== host || !file) return false;
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(readFileSync(join(genericFixtures, file), 'utf8'));
        return true;
      },
    ]);
    copy = extensionCopyWithHostPermission(origin);
    browser = await launch({ extension: copy, mappedHosts: [host], fixturePort: fixtures.port });
    await browser.extensionWorker();
    sitePage = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  const records = async () => readExtensionRecords<StoredRecord>(await browser.extensionWorker());

  /** What the popup's 读取本页表格 does for the site's tab, through the import page's `?tab=`. */
  async function openImportFor(path: string): Promise<Page> {
    await sitePage.goto(`${origin}${path}`);
    const worker = await browser.extensionWorker();
    const tabId = await worker.evaluate(async (url) => {
      const tabs = await (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }
      ).chrome.tabs.query({ url });
      return tabs[0]?.id;
    }, `${origin}${path}`);
    expect(tabId).toBeTypeOf('number');
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${await browser.extensionId()}/import-table.html?tab=${tabId}`);
    await page.getByRole('heading', { name: '学时通 · 读取本页表格' }).waitFor();
    return page;
  }

  const column = (page: Page, label: string) => page.getByRole('combobox', { name: new RegExp(`^${label}`) });

  test('the shipped manifest asks for activeTab and scripting, and for no host beyond the platforms', () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
    // Whatever hosts the build lists are the platform families' (none but theirs, never all sites).
    for (const p of manifest.host_permissions ?? []) expect(p).toMatch(/yxlearning|ghlearning|chinahrt|hst360/);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*/);
  });

  test('preview → mapping changed → a missing choice blocks saving → stored', async () => {
    const page = await openImportFor('/study/record');
    // The proposed mapping, from the header.
    await expect(column(page, '课程名称').inputValue()).resolves.toBe('1');
    await expect(column(page, '类别').inputValue()).resolves.toBe('2');
    await expect(column(page, '学时').inputValue()).resolves.toBe('3');
    await expect(column(page, '完成日期').inputValue()).resolves.toBe('4');
    await expect(column(page, '状态').inputValue()).resolves.toBe('5');
    await expect(page.locator('caption').textContent()).resolves.toContain('将保存 4 条记录');
    await screenshot(page, 'extension-import-table-proposed');

    // The user decides the category column is not to be trusted: no category column…
    await column(page, '类别').selectOption('');
    await page.getByRole('button', { name: '确认保存' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('请选择这些课程的类别');
    expect(await records()).toEqual([]);

    // …and every row is 专业科目.
    await page.getByRole('radio', { name: '专业科目' }).check();
    await page.getByRole('button', { name: '确认保存' }).click();
    const status = page.locator('p.status.ok');
    await expect(status.textContent()).resolves.toBe('已保存 4 条（新增 4 条）。');
    await screenshot(page, 'extension-import-table-saved');

    const stored = await records();
    expect(stored).toHaveLength(4);
    expect(stored.every((r) => r.platform === 'generic' && r.host === host && r.category === 'professional')).toBe(
      true,
    );
    expect(stored.map((r) => r.hours).sort()).toEqual([12.5, 6, 8, null].sort());

    // The page now points at the tables kept in storage.session (`?id=`, as the popup opens it):
    // a reload shows them again without asking the tab.
    expect(new URL(page.url()).searchParams.get('id')).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
    await page.reload();
    await expect(page.locator('caption').textContent()).resolves.toContain('将保存 4 条记录');
    await page.close();
  });

  test('reading the same table again adds nothing', async () => {
    const before = await records();
    const page = await openImportFor('/study/record');
    await column(page, '类别').selectOption('');
    await page.getByRole('radio', { name: '专业科目' }).check();
    await page.getByRole('button', { name: '确认保存' }).click();
    await expect(page.locator('p.status.ok').textContent()).resolves.toBe('已保存 4 条（新增 0 条，4 条已在台账中）。');
    expect(await records()).toEqual(before);
    await page.close();
  });

  test('page 2 of the table adds its own rows; a hostile course name stays text', async () => {
    const page = await openImportFor('/study/record-2');
    const hostile = '<img src=x onerror="document.title=\'XSS\'">数据安全概论';
    await expect(page.locator('table.records').textContent()).resolves.toContain(hostile);
    expect(await page.locator('img').count()).toBe(0);
    await page.getByRole('radio', { name: '专业科目' }).check();
    await page.getByRole('button', { name: '确认保存' }).click();
    await expect(page.locator('p.status.ok').textContent()).resolves.toBe('已保存 2 条（新增 2 条）。');
    await screenshot(page, 'extension-import-table-page-2');
    expect(await page.title()).toBe('学时通 · 读取本页表格');
    expect(await sitePage.title()).not.toBe('XSS');
    const stored = await records();
    expect(stored).toHaveLength(6);
    // The table's own category column wins over the choice for rows that have one.
    expect(stored.find((r) => r.title === '医学伦理与法规')?.category).toBe('public');
    expect(stored.find((r) => r.title === hostile)?.hours).toBe(4);
    await page.close();
  });

  test('a page without tables gives a clear message and stores nothing', async () => {
    const before = await records();
    const page = await openImportFor('/study/notice');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('本页没有找到有内容的表格');
    await expect(page.locator('main').textContent()).resolves.toContain('本次没有保存任何内容');
    expect(await records()).toEqual(before);
    await page.close();
  });

  test('a 学分 column needs the hours per credit before anything is stored', async () => {
    const before = await records();
    // Element UI's split header/body tables with a 学分 column (the reader's own fixture).
    const page = await openImportFor('/study/credits');
    await expect(page.getByRole('radio', { name: '学分' }).isChecked()).resolves.toBe(true);
    await page.getByRole('radio', { name: '公需科目' }).check();
    await page.getByRole('button', { name: '确认保存' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('1 学分折合多少学时');
    const rate = page.getByRole('textbox', { name: /1 学分折合多少学时/ });
    await rate.fill('0');
    await page.getByRole('button', { name: '确认保存' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('1 学分折合多少学时');
    expect(await records()).toEqual(before);

    await rate.fill('2');
    await expect(page.locator('table.records').textContent()).resolves.toContain('2020年公需科目培训班');
    await page.getByRole('button', { name: '确认保存' }).click();
    await expect(page.locator('p.status.ok').textContent()).resolves.toBe('已保存 2 条（新增 2 条）。');
    await screenshot(page, 'extension-import-table-credits');
    const added = (await records()).filter((r) => r.title.includes('班'));
    expect(added.map((r) => [r.hours, r.category]).sort()).toEqual([
      [3, 'public'],
      [6, 'public'],
    ]);
    await page.close();
  });

  test('nothing but the site and the extension was asked for anything', () => {
    expect(foreignRequests(browser.requests, [`${origin}/`, 'chrome-extension://'])).toEqual([]);
  });
});
