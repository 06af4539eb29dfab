import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../tools/static-server.ts';
import {
  type Browser,
  extensionCopyWithHostPermission,
  foreignRequests,
  launch,
  screenshot,
} from './harness/browser.ts';
import { startFixtureServer } from './harness/fixtures.ts';

// A platform nobody has an adapter for: test/fixtures/hosts/xuexi.example-peixun.cn/my/records.html
// shows a table and loads two JSON lists itself; all of it names one made-up person.
const host = 'xuexi.example-peixun.cn';
const origin = `http://${host}`;
const PERSONAL = ['王小明', '11010519491231002X', '13812345678', 'wang.xiaoming@example.com', 'e2e-secret-token'];

describe('report this page', () => {
  let fixtures: StaticServer;
  let browser: Browser;
  let copy: string;
  const seen: string[] = [];

  beforeAll(async () => {
    fixtures = await startFixtureServer([
      (req, res, url) => {
        if ((req.headers.host ?? '').split(':')[0] !== host || !url.pathname.startsWith('/api/')) return false;
        seen.push(`${req.method} ${url.pathname}`);
        const json = (body: unknown) =>
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
        if (url.pathname === '/api/user/info') {
          json({
            code: 0,
            data: {
              uid: 8812,
              xm: '王小明',
              sfzh: '11010519491231002X',
              mobile: '13812345678',
              email: 'wang.xiaoming@example.com',
              token: 'e2e-secret-token',
              unit: '某某市人民医院',
            },
          });
        } else if (url.pathname === '/api/study/list') {
          json({
            code: 0,
            data: {
              total: 12,
              rows: Array.from({ length: 10 }, (_, i) => ({
                courseName: `课程 ${i + 1}`,
                creditHour: i % 2 ? 2 : '2.5',
                finishTime: `2020-0${(i % 9) + 1}-15`,
                studentName: '王小明',
                remark: i === 0 ? '学员联系电话 13812345678' : null,
              })),
            },
          });
        } else {
          json({ code: 0 });
        }
        return true;
      },
    ]);
    copy = extensionCopyWithHostPermission(origin);
    browser = await launch({ extension: copy, mappedHosts: [host], fixturePort: fixtures.port });
    await browser.extensionWorker();
  });
  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  let reportPage: Page;
  let fileText: string;

  test('the report page shows the file: tables and JSON structure, no personal data', async () => {
    const site = await browser.context.newPage();
    await site.goto(`${origin}/my/records`);
    // The page's own requests have been made (two GETs and a POST heartbeat).
    await expect.poll(() => seen.length).toBeGreaterThanOrEqual(3);
    const before = [...seen];
    const tabId = await (await browser.extensionWorker()).evaluate(async (url) => {
      const tabs = await (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }
      ).chrome.tabs.query({ url });
      return tabs[0]?.id;
    }, `${origin}/my/records`);

    reportPage = await browser.context.newPage();
    await reportPage.goto(`chrome-extension://${await browser.extensionId()}/report.html?tab=${tabId}`);
    const pre = reportPage.locator('pre.file');
    await pre.waitFor();
    fileText = (await pre.textContent()) ?? '';
    await screenshot(reportPage, 'extension-report-page');

    const report = JSON.parse(fileText);
    expect(report.format).toBe('xueshi-page-report');
    // The table: header, sample rows, the generic reader's proposed mapping.
    expect(report.tables[0].header).toEqual(['姓名', '课程名称', '学时', '完成时间', '联系邮箱']);
    expect(report.tables[0].rowCount).toBe(2);
    expect(report.tables[0].sampleRows[0]).toEqual([
      '〔已删除：姓名〕',
      '高原医学进展',
      '6',
      '2020-05-06',
      '〔已删除：邮箱〕',
    ]);
    expect(report.tables[0].proposedMapping).toMatchObject({ title: '课程名称', hours: '学时', date: '完成时间' });
    // The JSON the page loaded: structure with types and lengths, a few samples.
    const list = report.json.find((j: { url: string }) => j.url.includes('/api/study/list'));
    expect(list.structure.data.total).toBe('number');
    expect(list.structure.data.rows[0]).toBe('array, 10 items');
    expect(list.structure.data.rows[1]).toMatchObject({ courseName: 'string', creditHour: 'number|string' });
    expect(list.samples.data.rows).toHaveLength(3);
    expect(list.samples.data.rows[0].courseName).toBe('课程 1');
    const info = report.json.find((j: { url: string }) => j.url.includes('/api/user/info'));
    expect(info.samples.data).toMatchObject({ uid: '〔已删除：敏感字段〕', unit: '某某市人民医院' });
    expect(info.structure.data).toMatchObject({ uid: 'number', xm: 'string', sfzh: 'string' });
    expect(info.url).toBe(`${origin}/api/user/info?uid=〔已删除：敏感字段〕`);
    // The POST heartbeat is not repeated, and is named as skipped.
    expect(report.skipped.map((s: { url: string }) => s.url)).toEqual([`${origin}/api/study/heartbeat`]);
    expect(seen.slice(before.length).sort()).toEqual(['GET /api/study/list', 'GET /api/user/info']);

    for (const p of PERSONAL) expect(fileText).not.toContain(p);
    expect(report.removed.name).toBeGreaterThan(0);
    await expect(reportPage.locator('main').textContent()).resolves.toContain('身份证号：');
  });

  test('保存文件 saves exactly what was shown, as a local download', async () => {
    const download = reportPage.waitForEvent('download');
    await reportPage.getByRole('button', { name: '保存文件' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^xueshi-report-xuexi\.example-peixun\.cn-\d{8}-\d{4}\.json$/);
    expect(file.url()).toMatch(/^blob:chrome-extension:/);
    const saved = readFileSync(await file.path(), 'utf8');
    expect(saved).toBe(fileText);
    for (const p of PERSONAL) expect(saved).not.toContain(p);
    await expect(reportPage.getByRole('status').textContent()).resolves.toContain('已保存为');
  });

  test('nothing was sent anywhere: only the site’s own requests', () => {
    expect(foreignRequests(browser.requests, [`${origin}/`, 'chrome-extension://'])).toEqual([]);
  });
});
