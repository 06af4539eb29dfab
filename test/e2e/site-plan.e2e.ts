import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { artifacts } from '../tools/paths.ts';
import { foreignRequests, screenshot } from './harness/browser.ts';
import { useSiteAndBrowser } from './harness/fixtures.ts';

/**
 * 青岛 2023（青人社字〔2023〕14号）：公需证书 30 学时；培训 7 天、载明 51 学时 → 专业 51（每天不超过 8 学时）。
 * 每年专业科目 60 学时（一）→ 专业差 9。论文每篇 10 学时、每年不超过 30（四(三)）。
 */
const QD23_SHORT_9 = {
  formatVersion: 1,
  profile: { notice: 'QD23', doctorate: false },
  activities: [
    { id: 'p1', kind: 'public-certificate', title: '公需证书', date: '2023-06-30', hours: 30 },
    { id: 't1', kind: 'training', title: '岗位培训', format: 'training', days: 7, hours: 51, date: '2023-04-12' },
  ],
};

const shortfall = async (page: Page, c: string) =>
  ((await page.locator(`.xs-figures tr[data-category="${c}"] [data-figure="shortfall"]`).textContent()) ?? '').trim();

async function openWith(page: Page, origin: string, ledger: object) {
  await page.goto(`${origin}/calculator/?notice=QD23`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${origin}/calculator/?notice=QD23`);
  await page.waitForSelector('.xs-result');
  await page.getByLabel('某一年度的学时够不够').check();
  await page.getByLabel('年度', { exact: true }).fill('2023');
  const dir = mkdtempSync(join(tmpdir(), 'xueshi-plan-'));
  writeFileSync(join(dir, 'qd23.json'), JSON.stringify(ledger));
  await page.locator('input[type=file]').setInputFiles(join(dir, 'qd23.json'));
  await page.getByText(/已导入“qd23\.json”/).waitFor();
}

describe('site: 怎样补齐 and planned activities', () => {
  const env = useSiteAndBrowser();

  test('QD23 2023 专业 short 9: the plan lists a paper at 10 hours with its clause, and the first way closes the gap', async () => {
    const page = await env.browser.context.newPage();
    await openWith(page, env.site.origin, QD23_SHORT_9);
    expect(await shortfall(page, 'professional')).toBe('差 9');
    const planFiles = () => env.browser.requests.filter((r) => /\/plan\.[\w-]+\.js$/.test(new URL(r.url()).pathname));
    expect(planFiles()).toEqual([]);
    await page.getByRole('button', { name: /^怎样补齐/ }).click();
    const gap = page.locator('[data-gap="2023-professional"]');
    await gap.waitFor();
    expect(planFiles()).toHaveLength(1);
    await expect(gap.locator('h4').textContent()).resolves.toBe('2023 年专业科目差 9 学时');
    const paper = gap.locator('[data-way="paper"]');
    const paperText = (await paper.textContent()) ?? '';
    expect(paperText).toContain('学术技术论文');
    expect(paperText).toContain('1 项 → 10 学时');
    expect(paperText).toContain('这类本年还可计 30 学时');
    await expect(paper.locator('a.xs-clause', { hasText: 'QD23-OUTPUT' }).getAttribute('href')).resolves.toBe(
      '/policy/qd23/#QD23-OUTPUT',
    );
    await screenshot(page, 'site-plan-qd23-desktop');
    await page.setViewportSize({ width: 375, height: 800 });
    await gap.scrollIntoViewIfNeeded();
    await screenshot(page, 'site-plan-qd23-375');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    await gap.locator('li').first().getByRole('button', { name: '已完成，添加' }).click();
    await expect.poll(() => shortfall(page, 'professional')).toBe('已满足');
    await expect(page.locator('.xs-verdict').getAttribute('data-verdict')).resolves.toBe('complete');
    await page.close();
  });

  test('a planned activity changes only the 完成这些计划后 figures, and becomes real in one step', async () => {
    const page = await env.browser.context.newPage();
    await openWith(page, env.site.origin, QD23_SHORT_9);
    const form = page.getByRole('form', { name: '添加活动' });
    await form.getByLabel('活动种类').selectOption({ label: '论文、著作' });
    await form.getByLabel(/^名称/).fill('计划中的论文');
    await form.getByLabel(/^类型/).selectOption({ label: '学术技术论文' });
    await form.getByLabel(/^发表（出版）日期/).fill('2023-11-01');
    await form.getByLabel(/^这是计划/).check();
    await form.getByRole('button', { name: '添加这条活动' }).click();
    const planned = page.locator('[data-planned-result]');
    await planned.waitFor();
    // The real verdict does not move; the what-if line carries the paper's 10 hours (51 + 10 = 61).
    expect(await shortfall(page, 'professional')).toBe('差 9');
    await expect(page.locator('.xs-verdict').getAttribute('data-verdict')).resolves.toBe('short');
    await expect(planned.textContent()).resolves.toContain('完成这些计划后：公需 30、专业 61、合计 91 学时，达标');
    await expect(page.locator('.xs-list > li[data-planned]').count()).resolves.toBe(1);
    await screenshot(page, 'site-plan-planned');

    // The exported file keeps the flag.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出台账文件' }).click();
    const { readFileSync } = await import('node:fs');
    const exported = JSON.parse(readFileSync((await (await download).path()) as string, 'utf8'));
    expect(exported.activities.filter((a: { planned?: boolean }) => a.planned)).toHaveLength(1);
    expect(exported.sharedResult.figures.professional).toBe(51);

    await page.getByRole('button', { name: '标为已完成：计划中的论文' }).click();
    await expect.poll(() => shortfall(page, 'professional')).toBe('已满足');
    await expect(planned.count()).resolves.toBe(0);
    await page.close();
  });

  test('QH20 副高级 2020: the first way for the first short year, added as done, closes that year', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.origin}/calculator/?notice=QH20`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${env.site.origin}/calculator/?notice=QH20`);
    await page.waitForSelector('.xs-result');
    await page.getByLabel('申报职称时学时够不够').check();
    await page.getByLabel('申报年度').fill('2020');
    await page.getByLabel('申报的职称级别').selectOption({ label: '副高级' });
    // 任现职 since 2015: QH20's achievements (a project, a patent) count in an application only 任现职期间.
    await page.getByLabel('取得现职称的年度').fill('2015');
    await page.getByRole('button', { name: /^怎样补齐/ }).click();
    const first = page.locator('.xs-gap').first();
    await first.waitFor();
    const id = (await first.getAttribute('data-gap')) as string;
    const [year] = id.split('-');
    await screenshot(page, 'site-plan-qh20-desktop');
    // At 375 px: the chart is there, and the year table keeps words whole (no header split character by character).
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(page.locator('svg.xs-chart g').count()).resolves.toBe(
      await page.locator('.xs-years tbody tr').count(),
    );
    const lineHeights = await page
      .locator('.xs-years thead th')
      .evaluateAll((ths) =>
        ths.map((th) => th.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(th).lineHeight)),
      );
    for (const h of lineHeights) expect(h).toBeLessThan(2);
    await page
      .locator('.xs-result')
      .screenshot({ path: join(artifacts, 'screenshots', 'site-plan-qh20-chart-375.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await first.locator('li').first().getByRole('button', { name: '已完成，添加' }).click();
    await expect.poll(() => page.locator(`[data-gap="${id}"]`).count()).toBe(0);
    const row = page.locator('.xs-years tbody tr', { has: page.locator(`th:text-is("${year}")`) });
    // 2020 has Qinghai's own figure; 2017—2019 only the national one (NAT15-REQ): met, it is 无法判断, not 达标.
    await expect(row.locator('[data-year-status]').textContent()).resolves.toBe(year === '2020' ? '达标' : '无法判断');
    expect(foreignRequests(env.browser.requests, [env.site.origin])).toEqual([]);
    await page.close();
  });

  test('the form fits the notice: fields it needs are required, fields it ignores hidden, other kinds apart', async () => {
    const page = await env.browser.context.newPage();
    await openWith(page, env.site.origin, {
      ...QD23_SHORT_9,
      activities: [
        { id: 'c1', kind: 'online-course', title: '学时未知的课程', category: 'professional', date: '2023-05-01' },
      ],
    });
    // A line that cannot be credited for missing input says what to fill in, on the line itself.
    const line = page.locator('.xs-list > li', { hasText: '学时未知的课程' });
    await expect(line.locator('.xs-missing').textContent()).resolves.toContain('请补填：');
    const form = page.getByRole('form', { name: '添加活动' });
    const kind = form.getByLabel('活动种类');
    // QD23 四(一)2: training by actual hours (required here), at most 8 a day (so the days stay on the form).
    await kind.selectOption({ label: '培训、会议与讲座' });
    await expect(form.locator('label', { hasText: '载明学时' }).textContent()).resolves.toContain('必填');
    await expect(form.locator('label', { hasText: '实际天数' }).count()).resolves.toBe(1);
    // 院校证明学时 is a 宁夏 rule: not asked under QD23.
    await kind.selectOption({ label: '学历、学位' });
    await expect(form.getByLabel(/^院校证明学时/).count()).resolves.toBe(0);
    // 继续教育授课 is only in NX19: under QD23 it sits in the “其他” group.
    await expect(kind.locator('optgroup[label^="其他"] option', { hasText: '继续教育授课' }).count()).resolves.toBe(1);
    await screenshot(page, 'site-form-fit-qd23');
    // 认定 / 转系列 only for QH20.
    await page.getByLabel('申报职称时学时够不够').check();
    const routes = () => page.getByLabel('申报方式').locator('option').allTextContents();
    expect((await routes()).join()).not.toContain('认定');
    await page.getByLabel('适用的通知（地区）').selectOption('QH20');
    await expect.poll(async () => (await routes()).join()).toContain('认定');
    await page.close();
  });
});
