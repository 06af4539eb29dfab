import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getPolicy, policyView } from '@xueshi/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../tools/paths.ts';
import { foreignRequests, screenshot } from './harness/browser.ts';
import { useSiteAndBrowser } from './harness/fixtures.ts';
import { screenshotPieces } from './harness/site-shots.ts';

const POLICIES = ['wh19', 'ly17', 'qd23', 'qh20', 'nx19', 'nat15'];
const CONTENT_PAGES = ['/', '/policy/', ...POLICIES.map((p) => `/policy/${p}/`), '/compare/', '/format/'];

async function noHorizontalScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('site: content pages', () => {
  const env = useSiteAndBrowser();

  test('every content page is Chinese, has one h1 and the navigation, and ships no JS', async () => {
    const page = await env.browser.context.newPage();
    for (const path of CONTENT_PAGES) {
      const scripts: string[] = [];
      const onRequest = (r: { url(): string; resourceType(): string }) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      };
      page.on('request', onRequest);
      await page.goto(`${env.site.origin}${path}`);
      page.off('request', onRequest);
      await expect(page.locator('html').getAttribute('lang'), path).resolves.toBe('zh-CN');
      await expect(page.locator('h1').count(), path).resolves.toBe(1);
      expect(await page.locator('h1').textContent(), path).toMatch(/[\u4e00-\u9fff]/);
      await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link').count(), path).resolves.toBe(5);
      await expect(page.locator('script').count(), path).resolves.toBe(0);
      expect(scripts, path).toEqual([]);
    }
  });

  test('policy pages: number, issuer, date, an anchor per clause, interpretations labelled 解读', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.origin}/policy/qd23/`);
    const meta = (await page.locator('dl.meta').textContent()) ?? '';
    expect(meta).toContain('青人社字〔2023〕14号');
    expect(meta).toContain('青岛市人力资源和社会保障局');
    expect(meta).toContain('2023-02-20');
    // Every clause of QD23 (core's inventory, pinned to the notice's text by its coverage test) has its anchor.
    const ids = policyView(getPolicy('QD23')).clauses.map((c) => c.id);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) await expect(page.locator(`[id="${id}"]`).count(), id).resolves.toBe(1);
    // The figures shown for QD23-OUTPUT: 10 h per item, at most 30 a year (四(三)).
    const output = (await page.locator('#QD23-OUTPUT').textContent()) ?? '';
    expect(output).toMatch(/10/);
    expect(output).toMatch(/30/);
    await expect(page.locator('.interp').first().textContent()).resolves.toMatch(/^解读/);
    // Worked examples from core's scenario files, with their computed results.
    await expect(page.locator('#examples ~ .example').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.example .result').first().textContent()).resolves.toContain('计算结果');
    await screenshot(page, 'site-policy-qd23-desktop');
    await page.goto(`${env.site.origin}/policy/qd23/#QD23-AID`);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await noHorizontalScroll(page)).toBe(true);
    await screenshotPieces(page, 'site-policy-qd23-375', 3);
    await page.close();
  });

  test('the NAT15 page and the not-encoded clauses say why; every notice shows worked examples that match', async () => {
    const page = await env.browser.context.newPage();
    for (const id of POLICIES.filter((p) => p !== 'nat15')) {
      await page.goto(`${env.site.origin}/policy/${id}/`);
      const results = await page.locator('.example .result').allTextContents();
      expect(results.length, id).toBeGreaterThan(0);
      for (const r of results) expect(r, id).toContain('与场景文件中的手算结果一致');
    }
    await page.goto(`${env.site.origin}/policy/nat15/`);
    await expect(page.locator('#NAT15-REQ').count()).resolves.toBe(1);
    await page.goto(`${env.site.origin}/policy/wh19/`);
    await expect(page.locator('#WH19-PRO-CONVERT .notenc').textContent()).resolves.toContain('计算器不计算的原因');
    await page.close();
  });

  test('comparison, ledger format with the JSON Schema download, and 404', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.origin}/compare/`);
    const table = (await page.locator('table').first().textContent()) ?? '';
    for (const region of ['威海', '临沂', '青岛', '青海', '宁夏']) expect(table).toContain(region);
    await screenshot(page, 'site-compare-desktop');
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshotPieces(page, 'site-compare-375', 2);
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.goto(`${env.site.origin}/format/`);
    const names = readdirSync(join(repoRoot, 'core', 'schema')).filter((n) => n.endsWith('.json'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const link = page.locator(`a[href="/schema/${name}"]`);
      await expect(link.getAttribute('download')).resolves.toBe(name);
      const res = await page.request.get(`${env.site.origin}/schema/${name}`);
      expect(res.status()).toBe(200);
      // Byte for byte the file core generated, not a hand copy.
      expect(await res.text()).toBe(readFileSync(join(repoRoot, 'core', 'schema', name), 'utf8'));
    }
    await screenshot(page, 'site-format-desktop');

    const res = await page.goto(`${env.site.origin}/no/such/page`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('找不到这个页面');
    await page.close();
  });

  test('home page at 375 px and desktop; keyboard reaches the navigation with a visible focus ring', async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${env.site.origin}/`);
    expect(await noHorizontalScroll(page)).toBe(true);
    await screenshotPieces(page, 'site-home-375', 2);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('跳到正文');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: el.textContent, style: getComputedStyle(el).outlineStyle };
    });
    expect(outline).toEqual({ text: '首页', style: 'solid' });
    await page.close();
  });

  test('the content pages asked nothing of other hosts', () => {
    expect(foreignRequests(env.browser.requests, [env.site.origin])).toEqual([]);
  });

  test('policy pages lead with what the notice asks, in plain Chinese, and link the full text', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.origin}/policy/qd23/`);
    const headings = await page.locator('h2, h3').allTextContents();
    // The plain summary comes before the clause-by-clause part; no code vocabulary in any heading.
    expect(headings.indexOf('通知要求什么')).toBeLessThan(headings.indexOf('逐条说明'));
    for (const h of headings) expect(h).not.toMatch(/编码的数字|参数 [A-Z]/);
    // 青人社字〔2023〕14号 一: 公需 30, 专业 60 a year; 四(三): papers 10 each, at most 30 a year.
    const plain = (await page.locator('.plain').textContent()) ?? '';
    expect(plain).toContain('每年公需科目不少于 30 学时、专业科目不少于 60 学时');
    const paperRow = page.locator('.plain tr', { hasText: '论文、著作' });
    await expect(paperRow.textContent()).resolves.toMatch(/每项 10 学时.*30 学时/);
    // Each clause with a verbatim quote shows it (the quotes come from core's clause list when present).
    const quotes = await page.locator('.clause .quote').count();
    if (quotes > 0) await expect(page.locator('.clause .quote').first().textContent()).resolves.toContain('通知原文');
    await screenshot(page, 'site-policy-plain-qd23-desktop');
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await noHorizontalScroll(page)).toBe(true);
    await screenshotPieces(page, 'site-policy-plain-qd23-375', 2);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The full text, byte for byte after the header line.
    await page.getByRole('link', { name: '阅读通知全文' }).click();
    await page.waitForURL(`${env.site.origin}/policy/qd23/text/`);
    const text = readFileSync(join(repoRoot, 'core', 'src', 'policies', 'QD23', 'notice.txt'), 'utf8');
    const body = text.slice(text.indexOf('\n') + 1);
    await expect(page.locator('pre.notice-text').textContent()).resolves.toBe(body);

    // An old notice says so, and what the calculator does for later years.
    await page.goto(`${env.site.origin}/policy/qh20/`);
    await expect(page.locator('[data-old-notice]').textContent()).resolves.toContain('适用于 2020 年度');
    await page.goto(`${env.site.origin}/policy/wh19/`);
    await expect(page.locator('[data-old-notice]').textContent()).resolves.toContain('本通知适用于 2019 年度');
    await page.close();
  });
});
