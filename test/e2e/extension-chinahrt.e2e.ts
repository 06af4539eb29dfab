import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StoredRecord } from '../../extension/lib/db.ts';
import type { StaticServer } from '../tools/static-server.ts';
import { type Browser, foreignRequests, launch, readExtensionRecords, screenshot } from './harness/browser.ts';
import { startFixtureServer } from './harness/fixtures.ts';

// The chinahrt adapter's own saved responses (extension/adapters/chinahrt/fixtures) answer the
// app's API on its real host; the page (test/fixtures/hosts/gp.chinahrt.com/index.html) puts the
// token in sessionStorage as the real app does after login.
const fixtureDir = fileURLToPath(new URL('../../extension/adapters/chinahrt/fixtures/', import.meta.url));
const host = 'gp.chinahrt.com';
const origin = `http://${host}`;
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.ZTJlLWZpeHR1cmU.c2lnbmF0dXJl';

// The fixtures are named after the endpoint and the query values they answer
// (`selected-course.trainplanId-8a2f01.curPage-2.json`); the endpoints' paths [seen]:
const ENDPOINTS: Record<string, string> = {
  '/gp6/lms/stu/trainplan/list': 'trainplan-list',
  '/gp6/lms/stu/trainplanCourseHandle/selected_course': 'selected-course',
};

interface Seen {
  method: string;
  path: string;
  token: string | undefined;
}

function chinahrtApi(seen: Seen[]) {
  const files = readdirSync(fixtureDir).filter((f) => f.endsWith('.json') && !f.startsWith('expected'));
  return (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if ((req.headers.host ?? '').split(':')[0] !== host || !url.pathname.startsWith('/gp6/')) return false;
    seen.push({
      method: req.method ?? '',
      path: `${url.pathname}${url.search}`,
      token: req.headers.hrttoken as string,
    });
    const stem = ENDPOINTS[url.pathname];
    const fits = files.filter((file) => {
      const [name, ...pairs] = file.replace(/\.json$/, '').split('.');
      return (
        name === stem &&
        pairs.every((pair) => {
          const dash = pair.indexOf('-');
          return url.searchParams.get(pair.slice(0, dash)) === pair.slice(dash + 1);
        })
      );
    });
    // A page past the last one: an empty list, as the platform answers.
    const body = fits[0]
      ? readFileSync(join(fixtureDir, fits[0]), 'utf8')
      : JSON.stringify({ code: '0', msg: '成功', data: { courseStudyList: [], listData: [] } });
    res.writeHead(req.method === 'GET' ? 200 : 405, { 'content-type': 'application/json; charset=utf-8' }).end(body);
    return true;
  };
}

describe('extension on a chinahrt plan page', () => {
  let fixtures: StaticServer;
  let browser: Browser;
  const seen: Seen[] = [];

  beforeAll(async () => {
    fixtures = await startFixtureServer([chinahrtApi(seen)]);
    browser = await launch({ extension: true, mappedHosts: [host], fixturePort: fixtures.port });
    await browser.extensionWorker();
  });
  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
  });

  const records = async () => readExtensionRecords<StoredRecord>(await browser.extensionWorker());

  const all = JSON.parse(readFileSync(join(fixtureDir, 'expected-records.8a2f01.json'), 'utf8')) as StoredRecord[];

  test('the plan list page reads every plan’s courses, every page, with hours left for the user', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/index.html#/v_trainplan_list`);
    await page.waitForSelector('html[data-xueshi="read"]', { timeout: 15_000 });
    const notice = await page.locator('#xueshi-notice').getAttribute('data-message');
    expect(notice).toMatch(/^学时通：已读取 13 条记录（新增 13 条）。/);
    expect(notice).toContain('学时待补');
    await screenshot(page, 'extension-chinahrt-plan-list');

    const stored = await records();
    expect(stored).toHaveLength(13); // plan 8a2f01: 10 + 2 courses; plan 8a2f02: 1
    expect(stored.every((r) => r.platform === 'chinahrt' && r.host === host && r.hours === null)).toBe(true);
    const plan1 = stored.filter((r) => r.externalId.startsWith('151:8a2f01:'));
    expect(plan1.map((r) => r.title).sort()).toEqual(all.map((r) => r.title).sort());
    // Read-only, through the page's own token.
    expect(seen.every((s) => s.method === 'GET' && s.token === TOKEN)).toBe(true);
    expect(seen.some((s) => s.path.includes('trainplanId=8a2f01') && s.path.includes('curPage=2'))).toBe(true);
    await page.close();
  });

  test('following the app’s hash route to one plan reads it again without duplicates', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/index.html#/`);
    await page.evaluate(() => {
      location.hash = '#/v_selected_course?trainplanId=8a2f01&platformId=151';
    });
    await page.waitForSelector('html[data-xueshi="read"]', { timeout: 15_000 });
    const notice = await page.locator('#xueshi-notice').getAttribute('data-message');
    expect(notice).toMatch(/^学时通：已读取 12 条记录（新增 0 条，12 条已在台账中）。/);
    expect(await records()).toHaveLength(13);
    await page.close();
  });

  test('the dashboard lists the passed courses under 待补充的记录', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${await browser.extensionId()}/dashboard.html`);
    const section = page.getByRole('region', { name: /待补充的记录/ });
    await section.waitFor();
    const stored = await records();
    // An unfinished course (已学 0 %) is shown in the ledger, not asked about.
    const pending = stored.filter((r) => r.passed !== false);
    const unfinished = stored.filter((r) => r.passed === false);
    expect(unfinished.length).toBeGreaterThan(0);
    expect(pending).toHaveLength(13 - unfinished.length);
    await expect(page.locator('#pending-h').textContent()).resolves.toBe(`待补充的记录（${pending.length}）`);
    const text = (await section.textContent()) ?? '';
    for (const r of pending) expect(text).toContain(r.title);
    for (const r of unfinished) expect(text).not.toContain(r.title);
    expect(text).toContain('学时待补');
    await screenshot(page, 'extension-chinahrt-dashboard');
    await page.close();
  });

  test('all the courses completed in one bulk edit: select all, set category and date, hours down the column, save once; undo', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${await browser.extensionId()}/dashboard.html`);
    const section = page.getByRole('region', { name: /待补充的记录/ });
    await section.waitFor();
    const pending = (await records()).filter((r) => r.passed !== false);
    for (const box of await section.getByRole('checkbox', { name: /^全选：/ }).all()) await box.check();
    await expect(section.getByTestId('bulk-selected').textContent()).resolves.toBe(`已选 ${pending.length} 条`);
    await section.getByLabel('所选记录的类别').selectOption('public');
    await section.getByRole('button', { name: '设为所选的类别' }).click();
    await section.getByLabel('所选记录的完成日期').fill('2024-06-30');
    await section.getByRole('button', { name: '设为所选的完成日期' }).click();
    // Hours typed down the column: Enter moves to the next row's field.
    const hours = section.locator('input[data-hours]');
    await hours.first().focus();
    for (let i = 0; i < pending.length; i++) {
      await page.keyboard.type(String(i + 1));
      await page.keyboard.press('Enter');
    }
    await screenshot(page, 'extension-bulk-edit');
    await section.getByRole('button', { name: /^保存全部修改/ }).click();
    await page
      .getByTestId('status')
      .filter({ hasText: `已保存 ${pending.length} 条记录的修改。` })
      .waitFor();
    await page.locator('#pending-h').waitFor({ state: 'detached' });
    const saved = (await records()).filter((r) => r.passed !== false);
    expect(saved.every((r) => r.override?.category === 'public' && r.override?.date === '2024-06-30')).toBe(true);
    expect(saved.map((r) => r.override?.hours).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      pending.map((_, i) => i + 1),
    );
    // One click brings the 13 fields' worth of edits back out.
    await page.getByTestId('status').getByRole('button', { name: '撤销' }).click();
    await page.locator('#pending-h').waitFor();
    expect((await records()).every((r) => r.override === undefined)).toBe(true);
    await page.close();
  });

  test('the extension asked nothing of any host but the platform’s own', () => {
    expect(foreignRequests(browser.requests, [`${origin}/`, 'chrome-extension://'])).toEqual([]);
  });
});
