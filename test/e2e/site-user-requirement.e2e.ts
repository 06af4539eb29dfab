import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseLedger } from '@xueshi/core';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { artifacts } from '../tools/paths.ts';
import { foreignRequests, screenshot } from './harness/browser.ts';
import { useSiteAndBrowser } from './harness/fixtures.ts';
import { screenshotPieces } from './harness/site-shots.ts';

/**
 * 其他地区（issue 14）：访问者自己填写所在地区的要求。数字都是这里写明的，结果按手算：
 * 2021 年要求公需 24、专业 48、合计 72；录入公需 24 + 专业 40 → 公需满足，专业差 8，合计 64 差 8。
 * 72 低于国家规定的 90，所以另有提示。
 */
const ENTERED = {
  region: '江苏省南京市',
  source: '示例：苏人社发〔2021〕X号',
  years: [
    { from: 2016, to: 2020, professional: 60, total: 90 },
    { from: 2021, to: 2021, public: 24, professional: 48, total: 72 },
  ],
};

const cell = (page: Page, c: string, f: string) =>
  page.locator(`.xs-figures tr[data-category="${c}"] [data-figure="${f}"]`);
const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();
const formChunk = (requests: { url(): string }[]) =>
  requests.filter((r) => /\/UserRequirementForm\.[\w-]+\.js$/.test(new URL(r.url()).pathname));

async function openFresh(page: Page, origin: string) {
  await page.goto(`${origin}/calculator/`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${origin}/calculator/`);
  await page.getByText('先选你所在单位适用的通知').waitFor();
}

async function chooseUser(page: Page, year: number) {
  await page.getByLabel('适用的通知（地区）').selectOption({ label: '其他地区（自己填写要求）' });
  await page.getByLabel('某一年度的学时够不够').check();
  await page.getByLabel('年度', { exact: true }).fill(String(year));
  const form = page.getByRole('form', { name: '自己填写的要求' });
  await form.waitFor();
  return form;
}

async function addCourse(page: Page, title: string, category: string, hours: string, date: string) {
  const form = page.getByRole('form', { name: '添加活动' });
  await form.getByLabel('活动种类').selectOption({ label: '网络课程' });
  await form.getByLabel(/^课程名称/).fill(title);
  await form.getByLabel(/^类别/).selectOption({ label: category });
  await form.getByLabel(/^学时/).fill(hours);
  await form.getByLabel(/^完成日期/).fill(date);
  const before = await page.locator('.xs-list > li').count();
  await form.getByRole('button', { name: '添加这条活动' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.xs-list > li').length > n, before);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe on the form, with its preset box and error messages showing (through DevTools: the CSP does not apply). */
async function axeOnForm(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const r = (await page.evaluate("axe.run(document.querySelector('[data-userreq]'))")) as {
    passes: unknown[];
    violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
  };
  expect(r.passes.length).toBeGreaterThan(5); // axe did run its checks
  return r.violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('site: 其他地区（自己填写要求）', () => {
  const env = useSiteAndBrowser();

  test('national preset → confirmed → own figures for 2021 → 差 8 专业 → a plan closes it → export', async () => {
    const page = await env.browser.context.newPage();
    await openFresh(page, env.site.origin);
    expect(formChunk(env.browser.requests)).toEqual([]);
    const form = await chooseUser(page, 2021);
    expect(formChunk(env.browser.requests)).toHaveLength(1);

    // A preset fills the form, says where its figures come from, and is not used until confirmed.
    await form
      .getByLabel('从一套要求开始（可不选）')
      .selectOption({ label: '国家规定（每年 90 学时，专业不少于三分之二）' });
    await expect(text(form.locator('[data-preset="national"]'))).resolves.toContain('人社部令第25号');
    await expect(page.locator('.xs-user-req').count()).resolves.toBe(0);
    await form.getByRole('button', { name: '确认使用' }).click();
    await expect
      .poll(() => text(page.locator('.xs-user-req')))
      .toBe(
        '按你填写的要求核算（不是学时通收录的通知）：全国（国家规定），依据：人社部令第25号《专业技术人员继续教育规定》第八条',
      );

    // Edit: own region and source, the national figures until 2020, a 2021 segment of 24 + 48 = 72.
    await form.getByLabel(/^地区/).fill(ENTERED.region);
    await form.getByLabel(/^依据/).fill(ENTERED.source);
    await form.locator('[data-seg="0"]').getByLabel(/^到/).fill('2020');
    await form.getByRole('button', { name: '添加一段年度' }).click();
    // An empty segment is refused with its path and the focus on the first bad field; nothing typed is lost.
    await form.getByRole('button', { name: '使用这些要求' }).click();
    const alert = form.locator('[role=alert]');
    await expect.poll(() => text(alert)).toContain('每年的要求第 2 段 · 从（年度）：请填写“从（年度）”');
    await expect(text(alert)).resolves.toContain('每年的要求第 2 段 · 合计不少于：这一段至少填写一个大于 0 的学时数');
    const seg2 = form.locator('[data-seg="1"]');
    await expect.poll(() => focusedId(page)).toBe(await seg2.getByLabel(/^从/).getAttribute('id'));
    await expect(form.getByLabel(/^地区/).inputValue()).resolves.toBe(ENTERED.region);
    await seg2.getByLabel(/^从/).fill('2021');
    await seg2.getByLabel(/^到/).fill('2021');
    await seg2.getByLabel(/^公需不少于/).fill('24');
    await seg2.getByLabel(/^专业不少于/).fill('48');
    await seg2.getByLabel(/^合计不少于/).fill('72');
    await form.getByRole('button', { name: '使用这些要求' }).click();
    await expect.poll(() => text(cell(page, 'total', 'required'))).toBe('72');
    await screenshot(page, 'site-user-form-desktop');

    await addCourse(page, '2021 公需课', '公需科目', '24', '2021-05-01');
    await addCourse(page, '2021 专业课', '专业科目', '40', '2021-06-01');
    expect(await text(cell(page, 'public', 'shortfall'))).toBe('已满足');
    expect(await text(cell(page, 'professional', 'shortfall'))).toBe('差 8');
    expect(await text(cell(page, 'total', 'shortfall'))).toBe('差 8');
    expect(await page.locator('.xs-verdict').getAttribute('data-verdict')).toBe('short');
    // The labelled line sits at the top of the result; the baseline warning follows below.
    const top = page.locator('.xs-result > .xs-user-req');
    expect(await text(top)).toBe(
      `按你填写的要求核算（不是学时通收录的通知）：${ENTERED.region}，依据：${ENTERED.source}`,
    );
    expect(await page.locator('.xs-result > :nth-child(2)').getAttribute('class')).toBe('xs-user-req');
    await expect(text(page.locator('.xs-warnings'))).resolves.toContain(
      '2021 年你填写的要求（合计 72、专业 48）低于国家规定',
    );
    await page.locator('.xs-result').scrollIntoViewIfNeeded();
    await screenshot(page, 'site-user-result-desktop');

    // 怎样补齐 under the person's own requirement: a way is proposed and closes the gap.
    await page.getByRole('button', { name: /^怎样补齐/ }).click();
    const gap = page.locator('[data-gap="2021-professional"]');
    await gap.waitFor();
    expect(await text(gap.locator('h4'))).toBe('2021 年专业科目差 8 学时');
    await gap.locator('li').first().getByRole('button', { name: '已完成，添加' }).click();
    await expect.poll(() => text(cell(page, 'professional', 'shortfall'))).toBe('已满足');
    expect(await page.locator('.xs-verdict').getAttribute('data-verdict')).toBe('complete');

    await page.setViewportSize({ width: 375, height: 800 });
    await screenshotPieces(page, 'site-user-375');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Export: the file parses with core and carries the requirement exactly as entered.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出台账文件' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^学时通台账-USER-\d{4}-\d{2}-\d{2}\.json$/);
    mkdirSync(artifacts, { recursive: true });
    const saved = join(artifacts, 'site-user-export.json');
    copyFileSync(await file.path(), saved);
    const parsed = parseLedger(JSON.parse(readFileSync(saved, 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.ledger.profile.notice).toBe('USER');
    expect(parsed.ledger.profile.userRequirement).toEqual(ENTERED);
    expect(parsed.ledger.activities).toHaveLength(3);

    // Saved with the rest of the work: a reload brings the form (loaded on demand) back with the same figures.
    await page.reload();
    const again = page.getByRole('form', { name: '自己填写的要求' });
    await again.waitFor();
    await expect(again.getByLabel(/^地区/).inputValue()).resolves.toBe(ENTERED.region);
    await expect(
      again
        .locator('[data-seg="1"]')
        .getByLabel(/^合计不少于/)
        .inputValue(),
    ).resolves.toBe('72');
    expect(await text(cell(page, 'total', 'required'))).toBe('72');
    expect(foreignRequests(env.browser.requests, [env.site.origin])).toEqual([]);
    await page.close();
  });

  test('湖南 preset: confirming with the window total left blank is refused; filled in, it is used', async () => {
    const page = await env.browser.context.newPage();
    await openFresh(page, env.site.origin);
    const form = await chooseUser(page, 2021);
    await form
      .getByLabel('从一套要求开始（可不选）')
      .selectOption({ label: '湖南式审验（申报前 5 个年度累计，高级职称）' });
    await expect(text(form.locator('[data-preset="hunan"]'))).resolves.toContain(
      '审验期累计不少于多少学时（高级职称）',
    );
    await form.getByRole('button', { name: '确认使用' }).click();
    const alert = form.locator('[role=alert]');
    await expect
      .poll(() => text(alert))
      .toContain('审验办法第 1 段 · 累计合计不少于：累计达标时，至少填写一个大于 0 的审验期累计学时');
    const total = form.locator('[data-window="0"]').getByLabel(/^累计合计不少于/);
    await expect.poll(() => focusedId(page)).toBe(await total.getAttribute('id'));
    await expect(page.locator('.xs-user-req').count()).resolves.toBe(0);
    await screenshot(page, 'site-user-hunan-refused');
    expect(await axeOnForm(page)).toEqual([]);
    await total.fill('450');
    await form.getByRole('button', { name: '确认使用' }).click();
    await expect.poll(() => text(page.locator('.xs-user-req'))).toContain('湖南省');
    await page.close();
  });

  test('QH20 has no figures for 2022: the offer continues with the person’s figures, labelled', async () => {
    const page = await env.browser.context.newPage();
    await openFresh(page, env.site.origin);
    await page.getByLabel('适用的通知（地区）').selectOption('QH20');
    await page.getByLabel('某一年度的学时够不够').check();
    await page.getByLabel('年度', { exact: true }).fill('2022');
    await page.waitForSelector('.xs-result');
    await expect(text(page.locator('.xs-warnings'))).resolves.toContain(
      'QH20 通知没有规定 2022 年度的学时数，按国家规定',
    );
    await page.getByRole('button', { name: '按你所在地区的要求继续核算' }).click();
    const form = page.getByRole('form', { name: '自己填写的要求' });
    await form.waitFor();
    // Year segments only: no presets, no application windows.
    await expect(form.getByLabel('从一套要求开始（可不选）').count()).resolves.toBe(0);
    await expect(form.getByRole('button', { name: '添加审验办法' }).count()).resolves.toBe(0);
    await form.getByLabel(/^地区/).fill('青海省西宁市');
    const seg = form.locator('[data-seg="0"]');
    await seg.getByLabel(/^从/).fill('2021');
    await seg.getByLabel(/^公需不少于/).fill('30');
    await seg.getByLabel(/^专业不少于/).fill('60');
    await form.getByRole('button', { name: '使用这些要求' }).click();
    await expect
      .poll(() => text(page.locator('.xs-user-req')))
      .toBe(
        'QH20 通知没有规定 2022 年度的学时数，该年按你填写的要求核算（不是学时通收录的通知）：青海省西宁市，没有填写依据',
      );
    expect(await text(cell(page, 'total', 'required'))).toBe('90');
    expect(await text(cell(page, 'public', 'required'))).toBe('30');
    await page.close();
  });
  test('NX19 has no window for a 2021 application: the offer takes the person’s window too, and keeps it', async () => {
    const page = await env.browser.context.newPage();
    await openFresh(page, env.site.origin);
    await page.getByLabel('适用的通知（地区）').selectOption('NX19');
    await page.getByLabel('申报职称时学时够不够').check();
    await page.getByLabel('申报年度').fill('2021');
    await page.waitForSelector('.xs-result');
    expect(await page.locator('.xs-verdict').getAttribute('data-verdict')).toBe('unknown');
    await page.getByRole('button', { name: '按你所在地区的要求继续核算' }).click();
    const form = page.getByRole('form', { name: '自己填写的要求' });
    await form.waitFor();
    await form.getByLabel(/^地区/).fill('宁夏回族自治区');
    const seg = form.locator('[data-seg="0"]');
    await seg.getByLabel(/^从/).fill('2016');
    await seg.getByLabel(/^专业不少于/).fill('60');
    await seg.getByLabel(/^合计不少于/).fill('90');
    await form.getByRole('button', { name: '添加审验办法' }).click();
    const win = form.locator('[data-window="0"]');
    await win.getByLabel(/^审验几年/).fill('3');
    await form.getByRole('button', { name: '使用这些要求' }).click();
    await expect
      .poll(() => text(form.locator('[role=alert]')))
      .toContain('审验办法第 1 段 · 职称级别：至少选择一个职称级别');
    await expect.poll(() => focusedId(page)).toBe(await win.getByLabel('初级').getAttribute('id'));
    await win.getByLabel('中级').check();
    await form.getByRole('button', { name: '使用这些要求' }).click();
    await expect
      .poll(() => text(page.locator('.xs-user-req').first()))
      .toContain('NX19 通知没有规定这类申报的审验办法，按你填写的要求核算（不是学时通收录的通知）：宁夏回族自治区');
    // 2018–2020, each year 90 with nothing entered: 未达标, not 无法判断.
    expect(await page.locator('.xs-verdict').getAttribute('data-verdict')).toBe('short');
    expect(await page.locator('.xs-years tbody tr').count()).toBe(3);
    // Back to a year query: the form shows year segments only, and saving there keeps the window.
    await page.getByLabel('某一年度的学时够不够').check();
    await page.getByLabel('年度', { exact: true }).fill('2022');
    await expect(form.getByRole('button', { name: '添加审验办法' }).count()).resolves.toBe(0);
    await seg.getByLabel(/^公需不少于/).fill('30');
    await form.getByRole('button', { name: '使用这些要求' }).click();
    await expect.poll(() => text(cell(page, 'public', 'required'))).toBe('30');
    // Saving to localStorage follows the render (debounced): wait for it rather than read at once.
    const saved = () =>
      page.evaluate(
        () => JSON.parse(localStorage.getItem('xueshi.calculator.v1') ?? '{}').ledger?.profile?.userRequirement,
      );
    await expect.poll(saved).toEqual({
      region: '宁夏回族自治区',
      years: [{ from: 2016, public: 30, professional: 60, total: 90 }],
      windows: [{ levels: ['intermediate'], years: 3, includeApplicationYear: false, test: 'per-year' }],
    });
    await page.close();
  });
});
