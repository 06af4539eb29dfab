import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { artifacts } from '../tools/paths.ts';
import { type Browser, launch, screenshot } from './harness/browser.ts';

// Issue 14 in the extension: 其他地区（自己填写要求）. Figures worked by hand from the requirement stated here:
// 江苏 2022 asks 公需 ≥ 30, 专业 ≥ 60, 合计 ≥ 90; the ledger holds 30 公需 + 50 专业 in 2022 → 专业 差 10, 合计 差 10.
const ledger = {
  formatVersion: 1,
  profile: {
    notice: 'USER',
    doctorate: false,
    userRequirement: {
      region: '江苏省',
      source: '苏人社（测试用文号）',
      years: [
        { from: 2016, to: 2021, public: 24, professional: 48, total: 72 },
        { from: 2022, public: 30, professional: 60, total: 90 },
      ],
    },
  },
  activities: [
    { id: 'p1', kind: 'online-course', title: '公需课', category: 'public', hours: 30, date: '2022-04-01' },
    { id: 'z1', kind: 'online-course', title: '专业课', category: 'professional', hours: 50, date: '2022-06-01' },
  ],
};

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('extension: 其他地区（自己填写要求）', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launch({ extension: true });
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${await browser.extensionId()}/dashboard.html`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const figure = (category: string, which: string) =>
    page.locator(`.xs-figures tr[data-category="${category}"] [data-figure="${which}"]`).textContent();
  const basis = () => page.getByTestId('own-basis').first().textContent();
  const verdict = () => page.locator('.xs-verdict').getAttribute('data-verdict');
  // The site's form (shared UI): its fields' ids end with their paths, e.g. `…-years[0].total`.
  const form = () => page.locator('form[data-userreq]');
  const field = (path: string) => form().locator(`[id$="-${path}"]`);
  const segment = () => form().locator('fieldset.xs-seg[data-seg]');
  // The form alone (the full page is too tall to read at 375 px).
  const shootForm = (name: string) =>
    page.getByTestId('own-requirement').screenshot({ path: join(artifacts, 'screenshots', `${name}.png`) });
  const errors = () => form().locator('div.xs-error[role=alert]').textContent();

  test('an imported ledger with its own requirement gets the labelled verdict with those figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xueshi-user-'));
    const file = join(dir, 'jiangsu.json');
    writeFileSync(file, JSON.stringify(ledger));
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByTestId('status').filter({ hasText: '采用了文件中的个人资料' }).waitFor();
    await page.getByLabel('年度', { exact: true }).fill('2022');
    await expect.poll(basis).toBe('按你填写的要求核算（不是学时通收录的通知）：江苏省，依据：苏人社（测试用文号）');
    await expect(figure('public', 'credited')).resolves.toBe('30');
    await expect(figure('professional', 'credited')).resolves.toBe('50');
    await expect(figure('professional', 'required')).resolves.toBe('60');
    await expect(figure('professional', 'shortfall')).resolves.toBe('差 10');
    await expect(figure('total', 'shortfall')).resolves.toBe('差 10');
    await expect(verdict()).resolves.toBe('short');
    // The line comes before the figures, not among the notes under them.
    const order = await page.evaluate(() => {
      const own = document.querySelector('[data-testid="own-basis"]');
      const result = document.querySelector('.xs-result');
      return own && result ? own.compareDocumentPosition(result) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    // The form shows what was imported.
    await expect(field('region').inputValue()).resolves.toBe('江苏省');
    await expect(segment().count()).resolves.toBe(2);
  });

  test('the popup says whose figures these are, before them', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 375, height: 640 });
    await popup.goto(`chrome-extension://${await browser.extensionId()}/popup.html`);
    await expect(popup.locator('#progress-title').textContent()).resolves.toBe('2022 年度进度');
    await expect(popup.getByTestId('own-basis').textContent()).resolves.toMatch(
      /^按你填写的要求核算（不是学时通收录的通知）：江苏省/,
    );
    await expect(popup.getByTestId('verdict').textContent()).resolves.toBe('2022 年度还差：专业科目 10 学时。');
    await expect(popup.locator('#popup-notice option:checked').textContent()).resolves.toBe('其他地区（自己填写要求）');
    await screenshot(popup, 'extension-popup-user-375');
    await popup.close();
  });

  test('set up from the national preset: confirm first, a bad figure kept with its reason, an edit changes the verdict', async () => {
    await page.getByLabel('从一套要求开始（可不选）').selectOption('national');
    await expect(form().locator('.xs-preset').textContent()).resolves.toContain('人社部令第25号');
    await expect(field('region').inputValue()).resolves.toBe('全国（国家规定）');
    await expect(segment().count()).resolves.toBe(1);
    // Picking a preset only fills the form: nothing is used until 确认使用 (still 江苏).
    await expect(basis()).resolves.toContain('江苏省');

    // A figure that is not a number: refused on its field, and the typed text stays in the form.
    await field('years[0].total').fill('九十');
    await page.getByRole('button', { name: '确认使用' }).click();
    await expect(errors()).resolves.toMatch(/每年的要求第 1 段 · 合计不少于：/);
    await expect(field('years[0].total').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field('years[0].total').inputValue()).resolves.toBe('九十');
    await shootForm('extension-user-form-refused');
    await expect(basis()).resolves.toContain('江苏省');

    // The national figures as they are: 2022 asks 90, 专业 60 → 30 + 50 leaves 专业 差 10.
    await field('years[0].total').fill('90');
    await page.getByRole('button', { name: '确认使用' }).click();
    await expect.poll(basis).toContain('全国（国家规定），依据：人社部令第25号');
    await expect(figure('professional', 'required')).resolves.toBe('60');
    await expect(figure('professional', 'shortfall')).resolves.toBe('差 10');

    // The person's document says 专业 50 and 合计 80: 30 + 50 meets it.
    await field('years[0].professional').fill('50');
    await field('years[0].total').fill('80');
    await page.getByRole('button', { name: '使用这些要求' }).click();
    await expect.poll(verdict).toBe('complete');
    await expect(figure('professional', 'required')).resolves.toBe('50');
    await expect(figure('total', 'required')).resolves.toBe('80');
    await expect(figure('total', 'shortfall')).resolves.toBe('已满足');
    await screenshot(page, 'extension-dashboard-user');
    await page.setViewportSize({ width: 375, height: 800 });
    // Nothing sticks out at 375 px (the presets' labels are long).
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'extension-dashboard-user-375');
    await shootForm('extension-user-form-375');
  });

  test('the form with an application window: no axe violations', async () => {
    await page.getByRole('button', { name: '添加一段年度' }).click();
    await page.getByRole('button', { name: '添加审验办法' }).click();
    await field('windows[0].test').selectOption('total');
    await expect(segment().count()).resolves.toBe(2);
    await page.evaluate(axeSource);
    const result = (await page.evaluate('axe.run()')) as { passes: unknown[]; violations: { id: string }[] };
    expect(result.passes.length).toBeGreaterThan(10);
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  test('under QH20 (figures for 2020 only) the same figures fill 2022, labelled, and the form asks for years only', async () => {
    await page.getByRole('button', { name: '放弃未保存的修改' }).click();
    await expect(segment().count()).resolves.toBe(1);
    await page.getByLabel('适用的通知（地区）').selectOption('QH20');
    await page.getByRole('heading', { name: '按你所在地区的要求继续核算' }).waitFor();
    // Years only (the site's `yearsOnly`): no presets, no application windows.
    await expect(page.getByLabel('从一套要求开始（可不选）').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '添加审验办法' }).count()).resolves.toBe(0);
    await expect
      .poll(basis)
      .toMatch(/^QH20 通知没有规定 2022 年度的学时数，该年按你填写的要求核算（不是学时通收录的通知）/);
    await expect(figure('total', 'required')).resolves.toBe('80');
    await shootForm('extension-user-form-gaps-375');
  });

  test('no longer using one’s own figures keeps the table, and can be undone', async () => {
    await page.getByRole('button', { name: '不再使用（表格保留）' }).click();
    await page.getByTestId('status').filter({ hasText: '已不再使用你填写的要求（表格保留）。' }).waitFor();
    await expect.poll(() => page.getByTestId('own-basis').count()).toBe(0);
    await expect(field('years[0].total').inputValue()).resolves.toBe('80');
    await page.getByTestId('status').getByRole('button', { name: '撤销' }).click();
    await expect.poll(basis).toMatch(/^QH20 通知没有规定 2022 年度的学时数/);
    await expect(figure('total', 'required')).resolves.toBe('80');
  });
});
