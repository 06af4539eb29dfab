import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { EVALUATOR_VERSION, LEDGER_FORMAT_VERSION } from '@xueshi/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../tools/paths.ts';
import { type StaticServer, startStaticServer } from '../tools/static-server.ts';
import { type Browser, launch, screenshot } from './harness/browser.ts';

/**
 * The site built with a base path (XUESHI_BASE=/xueshi/) into a folder of its own (site/dist, which the
 * other tests use, is left alone), served under /xueshi/ by a host that answers 404 for anything outside it:
 * every page, link, asset and rules file must be found there, and the calculator and its share link must work.
 */
const BASE = '/xueshi/';
const SITE = 'https://xueshi.example.org';
const VERSION: string = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;

function buildSite(outDir: string): void {
  const siteDir = join(repoRoot, 'site');
  const astro = join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // Not Vitest's own import.meta.env values (BASE_URL=/, MODE, …), which it copies into process.env: Astro would take them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/.test(k)),
  );
  execFileSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: siteDir,
    env: { ...env, XUESHI_BASE: BASE, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
  });
}

/** Every address a page names: links, stylesheets, icons, scripts, the island's component and renderer. */
function addressesOn(page: Page): Promise<{ links: string[]; assets: string[]; canonical: string | null }> {
  return page.evaluate(() => {
    const all = (sel: string, attr: string) =>
      Array.from(document.querySelectorAll(sel), (el) => (el as HTMLElement).getAttribute(attr) ?? '');
    const abs = (u: string) => new URL(u, location.href).href;
    return {
      links: all('a[href]', 'href').map(abs),
      assets: [
        ...all('link[href]:not([rel=canonical])', 'href'),
        ...all('script[src]', 'src'),
        ...all('img[src]', 'src'),
        ...all('[component-url]', 'component-url'),
        ...all('[renderer-url]', 'renderer-url'),
      ].map(abs),
      canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? null,
    };
  });
}

/** A share link as another version of 学时通 would write it (deflate-raw, base64url), made here independently. */
function linkPayload(value: unknown): string {
  return deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64url');
}

describe('site: served under a sub-path (/xueshi/)', () => {
  let out: string;
  let site: StaticServer;
  let browser: Browser;
  const problems: string[] = [];
  // Console errors and failed responses of every page, but the 404 the missing-page test asks for on purpose.
  const expected404 = (url: string) => url.includes('/no/such/');
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error' && !expected404(m.location().url)) problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && !expected404(r.url())) problems.push(`${r.status()} ${r.url()}`);
    });
    return page;
  };

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'xueshi-site-base-'));
    buildSite(out);
    site = await startStaticServer({
      rootFor: () => out,
      prefix: BASE,
      notFoundPage: (root) => join(root, '404.html'),
    });
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test('every page, every internal link and every asset is found under /xueshi/; versions in every footer', async () => {
    const page = watch(await browser.context.newPage());
    const root = `${site.origin}${BASE}`;
    const pages = [root];
    const seen = new Set(pages);
    const assets = new Set<string>();
    for (const url of pages) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(200);
      const found = await addressesOn(page);
      expect(found.canonical, url).toBe(`${SITE}${new URL(url).pathname}`);
      await expect(page.locator('[data-version="site"]').textContent(), url).resolves.toBe(VERSION);
      await expect(page.locator('[data-version="evaluator"]').textContent(), url).resolves.toBe(EVALUATOR_VERSION);
      for (const a of [...found.links, ...found.assets]) {
        const u = new URL(a);
        if (u.origin !== site.origin) continue;
        expect(u.pathname, `${a} on ${url}`).toMatch(/^\/xueshi\//);
        u.hash = '';
        const isPage = found.links.includes(a) && (u.pathname.endsWith('/') || !/\.\w+$/.test(u.pathname));
        if (isPage && !seen.has(u.href)) {
          seen.add(u.href);
          pages.push(u.href);
        } else if (!isPage) assets.add(u.href);
      }
    }
    // The five notices' pages and full texts, the calculator, comparison, format, privacy and home at least.
    expect(pages.length).toBeGreaterThanOrEqual(16);
    console.log(`under ${BASE}: ${pages.length} pages opened, ${assets.size} other files fetched`);
    for (const a of assets) expect((await page.request.get(a)).status(), a).toBe(200);

    // The sitemap lists the public addresses under the base, and each of them is one of the pages found.
    const sitemap = await (await page.request.get(`${root}sitemap.xml`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) {
      expect(loc.startsWith(`${SITE}${BASE}`), loc).toBe(true);
      expect(seen.has(loc.replace(SITE, site.origin)), loc).toBe(true);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a missing page gets the 404 page, whose links and styles work from any depth', async () => {
    const page = watch(await browser.context.newPage());
    const res = await page.goto(`${site.origin}${BASE}no/such/page/`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('找不到这个页面');
    await expect(page.locator('link[rel=canonical]').count()).resolves.toBe(0);
    // Styled: the stylesheet loaded from /xueshi/_astro/ although the page answered a deeper address.
    await expect(page.locator('.site-foot').evaluate((el) => getComputedStyle(el).borderTopStyle)).resolves.toBe(
      'solid',
    );
    await page.getByRole('link', { name: '打开学时计算器' }).click();
    await page.waitForURL(`${site.origin}${BASE}calculator/`);
    // Outside the base nothing is served (the host's answer, not the site's page).
    expect((await page.request.get(`${site.origin}/calculator/`)).status()).toBe(404);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('the calculator loads its rules and planner under /xueshi/, links clauses there, and its share link opens', async () => {
    const page = watch(await browser.context.newPage());
    await page.goto(`${site.origin}${BASE}calculator/`);
    await page.getByLabel('适用的通知（地区）').selectOption('QD23');
    await page.getByLabel('某一年度的学时够不够').check();
    await page.getByLabel('年度', { exact: true }).fill('2023');
    const form = page.getByRole('form', { name: '添加活动' });
    await form.getByLabel('活动种类').selectOption({ label: '公需科目合格证书' });
    await form.getByLabel(/^证书学时/).fill('24');
    await form.getByLabel(/^发证日期/).fill('2023-06-30');
    await form.getByRole('button', { name: '添加这条活动' }).click();
    await page.locator('.xs-list > li').first().waitFor();
    // 青人社字〔2023〕14号 一: 30 public hours a year; 24 falls short.
    await expect(page.locator('.xs-verdict-short').first().textContent()).resolves.toContain('未达标');
    const rules = browser.requests.map((r) => new URL(r.url()).pathname).filter((p) => /QD23\./.test(p));
    expect(rules).toEqual([expect.stringMatching(/^\/xueshi\/_astro\/QD23\.[\w-]+\.js$/)]);
    // 怎样补齐 loads the planner's file on demand: from under /xueshi/ too.
    await page.getByRole('button', { name: /^怎样补齐/ }).click();
    await page.locator('[data-gap="2023-public"]').waitFor();
    const plan = browser.requests.map((r) => new URL(r.url()).pathname).filter((p) => /\/plan\./.test(p));
    expect(plan).toEqual([expect.stringMatching(/^\/xueshi\/_astro\/plan\.[\w-]+\.js$/)]);
    const clauseLinks = await page.locator('a.xs-clause').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(clauseLinks.length).toBeGreaterThan(0);
    for (const href of clauseLinks) expect(href).toMatch(/^\/xueshi\/policy\/[a-z0-9]+\/#/);
    await screenshot(page, 'site-base-path-calculator');

    await page.getByRole('button', { name: '生成分享链接' }).click();
    const link = await page.getByLabel('分享链接').inputValue();
    expect(link).toMatch(new RegExp(`^${site.origin}/xueshi/calculator/#s=[A-Za-z0-9_-]+$`));
    const other = watch(await browser.context.newPage());
    await other.goto(`${site.origin}${BASE}`);
    await other.evaluate(() => localStorage.clear());
    await other.goto(link);
    await other.getByText(/已从分享链接恢复：1 条活动/).waitFor();
    expect(other.url()).toBe(`${site.origin}${BASE}calculator/`);
    expect(problems).toEqual([]);
    await other.close();
    await page.close();
  });

  test('a share link made by a newer 学时通 says so in Chinese and changes nothing', async () => {
    const page = watch(await browser.context.newPage());
    const ledger = {
      formatVersion: LEDGER_FORMAT_VERSION,
      profile: { notice: 'QD23', doctorate: false },
      activities: [{ id: 'p1', kind: 'public-certificate', date: '2023-06-30', hours: 24 }],
    };
    const query = { kind: 'year', year: 2023 };
    await page.goto(`${site.origin}${BASE}calculator/#s=${linkPayload({ ledger, query, evaluator: '99.0.0' })}`);
    await page.getByText(`核算器 99.0.0，本站是 ${EVALUATOR_VERSION}`).waitFor();
    await expect(page.locator('.xs-error').first().textContent()).resolves.toMatch(/较新版本.*当前内容没有改动/);
    const newerFormat = { ledger: { ...ledger, formatVersion: LEDGER_FORMAT_VERSION + 1 }, query };
    await page.goto(`${site.origin}${BASE}calculator/#s=${linkPayload(newerFormat)}`);
    await page.getByText(`台账格式第 ${LEDGER_FORMAT_VERSION + 1} 版`).waitFor();
    await screenshot(page, 'site-base-path-newer-link');
    await page.close();
  });
});
