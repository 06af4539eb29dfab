import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlFiles } from '../../site/bench/js-graph.ts';
import { siteDist } from '../tools/paths.ts';
import { type StaticServer, startStaticServer } from '../tools/static-server.ts';
import { type Browser, foreignRequests, launch } from './harness/browser.ts';

/** The policy a host would send: Astro's own per-page hashes, everything else locked to the site itself. */
function policyFor(html: string): string {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directive = (name: string) =>
    meta
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? `${name} 'self'`;
  return [
    "default-src 'self'",
    directive('script-src'),
    directive('style-src'),
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const pages = () =>
  htmlFiles(siteDist)
    .map((f) => `/${relative(siteDist, f)}`.replace(/index\.html$/, ''))
    .sort();

describe('site: strict Content-Security-Policy', () => {
  let site: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    site = await startStaticServer({
      rootFor: () => siteDist,
      handlers: [
        (_req, res, url) => {
          const file = join(siteDist, url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname);
          if (!file.endsWith('.html') || !existsSync(file)) return false;
          const html = readFileSync(file, 'utf8');
          res.writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': policyFor(html),
          });
          res.end(html);
          return true;
        },
      ],
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test('every page carries a policy without unsafe-inline, and nothing on any page is blocked', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const list = pages();
    expect(list).toContain('/calculator/');
    for (const path of list) {
      const html = readFileSync(join(siteDist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      const policy = policyFor(html);
      expect(policy, path).toMatch(/script-src 'self'/);
      expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval/);
      const response = await page.goto(`${site.origin}${path}`);
      expect(response?.headers()['content-security-policy'], path).toBe(policy);
      if (path === '/calculator/') {
        // Hydrated: choosing a notice loads its rules (a dynamic import) and shows a result.
        await page.getByLabel('适用的通知（地区）').selectOption('QH20');
        await page.waitForSelector('.xs-result');
      }
      await expect(
        page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
        path,
      ).resolves.toEqual([]);
    }
    expect(foreignRequests(browser.requests, [site.origin])).toEqual([]);
  });

  test('the sitemap lists every page under the configured site address, and only pages that exist', () => {
    const xml = readFileSync(join(siteDist, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname).sort();
    expect(xml).toContain('<loc>https://');
    expect(locs).toEqual(pages().filter((p) => p !== '/404.html'));
  });
});
