import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LedgerSchema } from '@xueshi/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../tools/static-server.ts';
import {
  type Browser,
  foreignRequests,
  launch,
  readExtensionDb,
  readExtensionRecords,
  screenshot,
} from './harness/browser.ts';
import { startFixtureServer, startSiteServer } from './harness/fixtures.ts';
import { jsonFixtures } from './harness/platform-fixtures.ts';

// The yxlearning adapter's own saved responses (extension/adapters/yxlearning/fixtures) served
// under the platform's real host name, so the real content script reads them.
const fixtureDir = fileURLToPath(new URL('../../extension/adapters/yxlearning/fixtures/', import.meta.url));
const expectedRecords = JSON.parse(readFileSync(`${fixtureDir}expected-records.json`, 'utf8')) as unknown[];
const recordPage = readFileSync(`${fixtureDir}record-page.html`, 'utf8');
const host = 'sdwh-gxk.yxlearning.com';
const malformedHost = 'sddz-zyk.yxlearning.com';

describe('extension on a yxlearning 学习档案 page', () => {
  let fixtures: StaticServer;
  let browser: Browser;
  const seen: string[] = [];
  const allowed = [`http://${host}/`, `http://${malformedHost}/`, 'chrome-extension://'];

  beforeAll(async () => {
    const api = (h: string, override?: (file: string) => string | undefined) =>
      jsonFixtures({ host: h, prefixes: ['/train/'], dir: fixtureDir, seen, ...(override ? { override } : {}) });
    fixtures = await startFixtureServer([
      api(host),
      // The same platform answering in a shape nobody has seen: an object where a list should be.
      api(malformedHost, () => JSON.stringify({ respCode: 200, attribute: { data: { list: { oops: true } } } })),
      (req, res, url) => {
        if (url.pathname !== '/my/record') return false;
        // The malformed host's page has no tables either, so the table fallback finds nothing.
        const page = req.headers.host?.startsWith(host)
          ? recordPage
          : '<!doctype html><title>学习档案</title><p>加载中…</p>';
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
        return true;
      },
    ]);
    browser = await launch({ extension: true, mappedHosts: [host, malformedHost], fixturePort: fixtures.port });
  });
  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
  });

  const records = async () => readExtensionRecords(await browser.extensionWorker());

  test('opening the record page reads every class of every year into IndexedDB and says so', async () => {
    await browser.extensionWorker();
    const page = await browser.context.newPage();
    await page.goto(`http://${host}/my/record`);
    await page.waitForSelector('html[data-xueshi="read"]', { timeout: 15_000 });
    const notice = await page.locator('#xueshi-notice').getAttribute('data-message');
    expect(notice).toBe(`学时通：已读取 ${expectedRecords.length} 条记录（新增 ${expectedRecords.length} 条）。`);
    await screenshot(page, 'extension-record-page-notice');
    expect(await records()).toHaveLength(expectedRecords.length);
    // Read-only: every request the adapter made was a GET.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((r) => !r.startsWith('GET '))).toEqual([]);
    await page.close();
  });

  test('opening it again adds no duplicates', async () => {
    const page = await browser.context.newPage();
    await page.goto(`http://${host}/my/record`);
    await page.waitForSelector('html[data-xueshi="read"]', { timeout: 15_000 });
    const notice = await page.locator('#xueshi-notice').getAttribute('data-message');
    expect(notice).toContain(`${expectedRecords.length} 条已在台账中`);
    expect(await records()).toHaveLength(expectedRecords.length);
    await page.close();
  });

  test('a response in an unknown shape gives a clear message and stores nothing', async () => {
    const before = await records();
    const page = await browser.context.newPage();
    await page.goto(`http://${malformedHost}/my/record`);
    await page.waitForSelector('html[data-xueshi="failed"]', { timeout: 15_000 });
    const notice = await page.locator('#xueshi-notice').getAttribute('data-message');
    expect(notice).toMatch(/没有保存任何内容/);
    await screenshot(page, 'extension-record-page-unrecognised');
    expect(await records()).toEqual(before);
    await page.close();
  });

  test('the popup shows the year’s progress against the chosen notice', async () => {
    const id = await browser.extensionId();
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(`chrome-extension://${id}/popup.html`);
    // The 威海 host suggests WH19 (issue 12); the user takes it with one click.
    const suggestion = page.getByTestId('notice-suggestion');
    await expect(suggestion.textContent()).resolves.toContain('（WH19）');
    await suggestion.getByRole('button', { name: '采用' }).click();
    // It opens on the latest year with records — a class passed on 1 January 2025 — not on today's.
    await page.locator('#progress-title', { hasText: '2025 年度进度' }).waitFor();
    await page.getByRole('button', { name: '上一年' }).click();
    await page.locator('#progress-title', { hasText: '2024 年度进度' }).waitFor();
    // By hand: nine classes of 6 h passed in 2024 (Beijing time) on a gxk (公需) host; the tenth
    // passed on 1 January 2025 and belongs to 2025. WH19-REQ: 30 public + 60 professional a year.
    await expect(page.locator('.progress-label').nth(0).textContent()).resolves.toBe('公需科目54 / 30 学时');
    await expect(page.locator('.progress-label').nth(1).textContent()).resolves.toBe('专业科目0 / 60 学时');
    await expect(page.getByTestId('verdict').textContent()).resolves.toBe('2024 年度还差：专业科目 60 学时。');
    // A past year: the toolbar badge beside the popup counts this year, which the popup says.
    await expect(page.getByTestId('badge-year').textContent()).resolves.toBe(
      `工具栏图标上的提示按今年（${new Date().getFullYear()} 年度）计算。`,
    );
    await screenshot(page, 'extension-popup-2024');
    await page.close();
  });

  test('the dashboard shows the ledger, the evaluation and why, and exports a valid ledger file', async () => {
    const id = await browser.extensionId();
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${id}/dashboard.html`);
    await page.getByLabel('年度', { exact: true }).fill('2024');
    const credited = (category: string) =>
      page.locator(`.xs-figures tr[data-category="${category}"] [data-figure="credited"]`).textContent();
    await expect(credited('public')).resolves.toBe('54');
    await expect(credited('professional')).resolves.toBe('0');
    await expect(page.getByTestId('ledger-count').textContent()).resolves.toBe(`共 ${expectedRecords.length} 条`);
    await page.getByRole('button', { name: /^逐条解释/ }).click();
    await page.locator('.xs-trace > li').first().waitFor(); // built when opened
    await expect(page.locator('.xs-trace > li').count()).resolves.toBe(13); // the 13 passed classes
    await screenshot(page, 'extension-dashboard');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出台账（JSON）' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    const parsed = LedgerSchema.safeParse(exported);
    expect(parsed.success).toBe(true);
    expect(exported.activities).toHaveLength(13);
    expect(exported.sharedResult.figures).toMatchObject({ public: 54, professional: 0, total: 54, complete: false });
    await page.close();

    // The same file in the site's calculator: same figures, and the file's own result agrees.
    const site = await startSiteServer();
    try {
      const calc = await browser.context.newPage();
      await calc.goto(`${site.origin}/calculator/`);
      await calc.locator('input[type=file]').setInputFiles(file);
      await calc.locator('[data-shared="same"]').waitFor();
      const siteCredited = (category: string) =>
        calc.locator(`.xs-figures tr[data-category="${category}"] [data-figure="credited"]`).textContent();
      await expect(siteCredited('public')).resolves.toBe('54');
      await expect(siteCredited('professional')).resolves.toBe('0');
      await expect(calc.locator('h2#xs-result-h').textContent()).resolves.toMatch(/^2024 年度/);
      await screenshot(calc, 'extension-export-in-site-calculator');
      allowed.push(`${site.origin}/`);
      await calc.close();
    } finally {
      await site.close();
    }
  });

  test('the dashboard imports a file without duplicates, refuses a bad one unchanged, and deletes all only when confirmed', async () => {
    const id = await browser.extensionId();
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${id}/dashboard.html`);
    const count = () => page.getByTestId('ledger-count').textContent();
    await expect(count()).resolves.toBe(`共 ${expectedRecords.length} 条`);
    const dir = mkdtempSync(join(tmpdir(), 'xueshi-import-'));
    const write = (name: string, value: unknown) => {
      writeFileSync(join(dir, name), JSON.stringify(value));
      return join(dir, name);
    };
    const ledger = {
      formatVersion: 1,
      profile: { notice: 'QD23', doctorate: false },
      activities: [
        { id: 'visit-1', kind: 'study-visit', title: '赴深圳进修', date: '2024-05-20', source: { kind: 'manual' } },
        {
          id: `yxlearning:${host}:${(expectedRecords[0] as { externalId: string }).externalId}`,
          kind: 'online-course',
          title: '已在台账中的课程',
          category: 'public',
          hours: 6,
          date: '2024-03-05',
          source: {
            kind: 'platform',
            platform: 'yxlearning',
            host,
            externalId: (expectedRecords[0] as { externalId: string }).externalId,
          },
        },
      ],
    };
    const input = page.locator('input[type=file]');
    const status = page.getByTestId('status');
    // Each import replaces the status line; wait for the new one.
    const statusSays = (text: string) => status.filter({ hasText: text }).waitFor();
    // The ledger already holds records: 合并 or 替换 is asked first.
    const merge = async () => page.getByTestId('import-choice').getByRole('button', { name: '合并' }).click();
    await input.setInputFiles(write('ledger.json', ledger));
    await merge();
    await statusSays('已导入 2 条活动（新增 1 条，1 条已在台账中）。');
    await expect(count()).resolves.toBe(`共 ${expectedRecords.length + 1} 条`);
    await input.setInputFiles(write('ledger.json', ledger));
    await merge();
    await statusSays('已导入 2 条活动（新增 0 条，2 条已在台账中）。');
    await expect(count()).resolves.toBe(`共 ${expectedRecords.length + 1} 条`);

    const bad = structuredClone(ledger) as { activities: Record<string, unknown>[] };
    (bad.activities[0] as Record<string, unknown>).date = '2024-02-30';
    await input.setInputFiles(write('bad.json', bad));
    await statusSays('文件未导入');
    await expect(status.textContent()).resolves.toMatch(/^文件未导入，台账没有任何改动。字段 activities\[0\]\.date：/);
    await expect(status.getAttribute('role')).resolves.toBe('alert');
    await expect(count()).resolves.toBe(`共 ${expectedRecords.length + 1} 条`);
    await screenshot(page, 'extension-dashboard-import-error');

    await page.getByRole('button', { name: '删除全部数据…' }).click();
    await page.getByRole('button', { name: '取消' }).click();
    await expect(count()).resolves.toBe(`共 ${expectedRecords.length + 1} 条`);
    await page.getByRole('button', { name: '删除全部数据…' }).click();
    await page.getByRole('button', { name: '确定删除' }).click();
    await page.getByText('已删除全部数据。').waitFor();
    const db = await readExtensionDb(await browser.extensionWorker(), 'xueshi');
    expect(Object.values(db).every((rows) => rows.length === 0)).toBe(true);
    // Undo brings everything back; then 替换 leaves only the file's activities.
    await page.getByTestId('status').getByRole('button', { name: '撤销' }).click();
    await page.getByText('已撤销').waitFor();
    await expect(count()).resolves.toBe(`共 ${expectedRecords.length + 1} 条`);
    await input.setInputFiles(write('ledger.json', ledger));
    await page.getByTestId('import-choice').getByRole('button', { name: '替换' }).click();
    await statusSays('已替换台账');
    await expect(count()).resolves.toBe('共 2 条');
    await page.close();
  });

  test('the extension asked nothing of any host but the platform’s own', () => {
    expect(foreignRequests(browser.requests, allowed)).toEqual([]);
  });
});
