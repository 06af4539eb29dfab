import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderIcon } from '../../extension/scripts/render-icon.ts';
import { artifacts } from '../tools/paths.ts';
import type { StaticServer } from '../tools/static-server.ts';
import { type Browser, launch } from './harness/browser.ts';
import { startFixtureServer, startSiteServer } from './harness/fixtures.ts';
import { jsonFixtures } from './harness/platform-fixtures.ts';

/**
 * The stores' pictures, taken on the fixtures by the same harness as the other tests: the popup, the dashboard
 * and the calculator at 1280×800 (the size Chrome, Edge and Firefox all take), and the icon at each size the
 * stores and the manifest ask for, from extension/assets/icon.svg. `pnpm listing` runs this file with
 * XUESHI_STORE_OUT=release/<version>/store; under `pnpm test` the pictures go to test/artifacts/store.
 */
const OUT = process.env.XUESHI_STORE_OUT ?? join(artifacts, 'store');
const SHOT = { width: 1280, height: 800 };
/** 16–128: the manifest and the stores' listings; 300: Microsoft Edge Add-ons' store logo. */
const ICON_SIZES = [16, 32, 48, 128, 300];

const fixtureDir = fileURLToPath(new URL('../../extension/adapters/yxlearning/fixtures/', import.meta.url));
const host = 'sdwh-gxk.yxlearning.com';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** 青岛 2023 (青人社字〔2023〕14号), the case the calculator's own test works by hand. */
const QD23_LEDGER = {
  formatVersion: 1,
  profile: { notice: 'QD23', doctorate: false },
  activities: [
    { id: 'p1', kind: 'public-certificate', title: '2023 年公需科目', date: '2023-06-30', hours: 24 },
    { id: 't1', kind: 'training', title: '岗位培训', format: 'training', days: 3, hours: 30, date: '2023-04-12' },
    { id: 'x1', kind: 'paper', title: '论文一', paperType: 'paper', date: '2023-05-01' },
    { id: 'x2', kind: 'paper', title: '论文二', paperType: 'paper', date: '2023-06-01' },
    { id: 'q1', kind: 'qualification-exam', title: '一级建造师', examType: 'qualification', date: '2023-10-20' },
  ],
};

/** The popup at its own size (1.5× zoom for sharpness), set in a 1280×800 picture with a caption beside it. */
async function framePopup(page: Page, popupPng: Buffer, path: string): Promise<void> {
  const img = `data:image/png;base64,${popupPng.toString('base64')}`;
  await page.setContent(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
    html,body{margin:0;height:100%;background:#eef3f9;font-family:"Noto Sans CJK SC",sans-serif;color:#1f2328}
    main{display:flex;align-items:center;justify-content:center;gap:72px;height:100%}
    h1{font-size:40px;margin:0 0 20px;color:#0b5cad} p{font-size:24px;line-height:1.6;margin:0 0 12px;max-width:520px}
    img{box-shadow:0 8px 32px rgba(0,0,0,.25);border-radius:8px}
  </style><main><div><h1>本年度进度，一眼看清</h1>
    <p>打开学习平台的“学习档案”页面，学时通只读地读取已完成的课程，按所在地区的通知核算公需、专业科目还差多少。</p>
    <p>不刷课，数据只存在你的浏览器里。</p></div><img src="${img}" alt=""></main></html>`);
  await page.locator('img').evaluate((el: HTMLImageElement) => el.decode());
  await page.screenshot({ path });
}

describe('store listing pictures', () => {
  let fixtures: StaticServer;
  let site: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    fixtures = await startFixtureServer([
      jsonFixtures({ host, prefixes: ['/train/'], dir: fixtureDir }),
      (_req, res, url) => {
        if (url.pathname !== '/my/record') return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(readFileSync(join(fixtureDir, 'record-page.html'), 'utf8'));
        return true;
      },
    ]);
    site = await startSiteServer();
    browser = await launch({ extension: true, mappedHosts: [host], fixturePort: fixtures.port, viewport: SHOT });
  });
  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
    await site?.close();
  });

  test('the popup and the dashboard, after reading the fixture 学习档案 page', async () => {
    const id = await browser.extensionId();
    const record = await browser.context.newPage();
    await record.goto(`http://${host}/my/record`);
    await record.waitForSelector('html[data-xueshi="read"]', { timeout: 15_000 });
    await record.close();

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 510, height: 720 });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.getByTestId('notice-suggestion').getByRole('button', { name: '采用' }).click();
    await popup.getByRole('button', { name: '上一年' }).click();
    await popup.locator('#progress-title', { hasText: '2024 年度进度' }).waitFor();
    await expect(popup.getByTestId('verdict').textContent()).resolves.toContain('2024 年度还差');
    // The progress part of the popup (down to the reminders), as large as fits the picture: zoomed, not scaled, so
    // the text stays sharp.
    await popup.setViewportSize({ width: 340, height: 2000 });
    const cut = await popup.evaluate(() => {
      const reminders = document.getElementById('deadline-title')?.closest('section') ?? null;
      return reminders ? reminders.getBoundingClientRect().top - 4 : document.body.getBoundingClientRect().height;
    });
    const zoom = Math.min(1.5, 720 / cut);
    await popup.setViewportSize({ width: Math.ceil(340 * zoom), height: 2000 });
    await popup.evaluate((z) => {
      document.documentElement.style.zoom = String(z);
    }, zoom);
    const raw = await popup.screenshot({
      clip: { x: 0, y: 0, width: Math.ceil(340 * zoom), height: Math.ceil(cut * zoom) },
    });
    await popup.close();
    const frame = await browser.context.newPage();
    await framePopup(frame, raw, join(OUT, 'screenshot-1-popup.png'));
    await frame.close();

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${id}/dashboard.html`);
    await dashboard.getByLabel('年度', { exact: true }).fill('2024');
    await expect(
      dashboard.locator('.xs-figures tr[data-category="public"] [data-figure="credited"]').textContent(),
    ).resolves.toBe('54');
    // The result and the ledger, not the profile form, fill the picture; no focus ring left on the year.
    await dashboard.getByLabel('年度', { exact: true }).blur();
    await dashboard
      .getByRole('heading', { name: '核算结果' })
      .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 16));
    await dashboard.screenshot({ path: join(OUT, 'screenshot-2-dashboard.png') });
    await dashboard.close();
  });

  test('the calculator with a 青岛 2023 case and its verdict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xueshi-store-'));
    writeFileSync(join(dir, '青岛2023.json'), JSON.stringify(QD23_LEDGER));
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/calculator/`);
    await page.locator('input[type=file]').setInputFiles(join(dir, '青岛2023.json'));
    await page.getByLabel('年度', { exact: true }).fill('2023');
    await expect(page.locator('.xs-verdict-short').first().textContent()).resolves.toContain('未达标');
    // The result, not the form, fills the picture.
    await page
      .locator('#xs-result-h')
      .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 16));
    await page.screenshot({ path: join(OUT, 'screenshot-3-calculator.png') });
    await page.close();
  });

  test('every picture is 1280×800', () => {
    for (const name of ['screenshot-1-popup.png', 'screenshot-2-dashboard.png', 'screenshot-3-calculator.png']) {
      expect(pngSize(join(OUT, name)), name).toEqual(SHOT);
    }
  });

  test('the icon at 16, 32, 48, 128 and 300 px, from the one SVG the extension uses', async () => {
    const page = await browser.context.newPage();
    for (const size of ICON_SIZES) {
      const path = join(OUT, `icon-${size}.png`);
      await renderIcon(page, size, path);
      expect(pngSize(path)).toEqual({ width: size, height: size });
    }
    await page.close();
  });
});
