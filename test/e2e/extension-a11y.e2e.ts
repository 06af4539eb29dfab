import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../tools/static-server.ts';
import { type Browser, launch } from './harness/browser.ts';
import { startFixtureServer } from './harness/fixtures.ts';
import { jsonFixtures } from './harness/platform-fixtures.ts';

// Issue 12, point 7: axe finds nothing on any extension page, with a ledger that has records,
// a platform summary, a disagreement and records to complete (so every part is on screen).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const adapterFixtures = fileURLToPath(new URL('../../extension/adapters/yxlearning/fixtures/', import.meta.url));
const disagreeing = fileURLToPath(new URL('../fixtures/hosts/sdwh.yxlearning.com/api/', import.meta.url));
const recordPage = readFileSync(`${adapterFixtures}record-page.html`, 'utf8');
const hosts = [
  { host: 'sdwh-gxk.yxlearning.com', dir: adapterFixtures },
  { host: 'sdwh.yxlearning.com', dir: disagreeing },
];

interface AxeResult {
  passes: unknown[];
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

describe('accessibility of the extension’s pages (axe)', () => {
  let fixtures: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    fixtures = await startFixtureServer([
      ...hosts.map(({ host, dir }) => jsonFixtures({ host, prefixes: ['/train/'], dir })),
      (_req, res, url) => {
        if (url.pathname !== '/my/record') return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(recordPage);
        return true;
      },
    ]);
    browser = await launch({ extension: true, mappedHosts: hosts.map((h) => h.host), fixturePort: fixtures.port });
    await browser.extensionWorker();
    for (const { host } of hosts) {
      const page = await browser.context.newPage();
      await page.goto(`http://${host}/my/record`);
      await page.waitForSelector('html[data-xueshi="read"]', { timeout: 15_000 });
      await page.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
  });

  // The pages as a person reaches them; the tool pages without a tab show their error state.
  const pages = [
    { name: 'popup', path: 'popup.html', ready: '#progress-title, .hint' },
    { name: 'dashboard (no notice yet)', path: 'dashboard.html', ready: '[data-testid="ledger-count"]' },
    { name: 'import-table', path: 'import-table.html', ready: 'main' },
    { name: 'report', path: 'report.html', ready: 'main' },
  ];

  for (const p of pages) {
    test(`${p.name}: no axe violations`, async () => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${await browser.extensionId()}/${p.path}`);
      await page.locator(p.ready).first().waitFor();
      // Evaluated through DevTools, so the page's CSP (script-src 'self') does not block it.
      await page.evaluate(axeSource);
      const result = (await page.evaluate('axe.run()')) as AxeResult;
      expect(result.passes.length).toBeGreaterThan(5); // axe did run its checks
      expect(result.passes.length).toBeGreaterThan(10); // axe did run its checks
      expect(
        result.violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`),
      ).toEqual([]);
      await page.close();
    });
  }

  test('dashboard with a notice, the platform check and the bulk editor: no axe violations', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${await browser.extensionId()}/dashboard.html`);
    await page.getByTestId('ledger-count').waitFor();
    await page.getByLabel('适用的地区通知').first().selectOption('WH19');
    await page.getByLabel('年度', { exact: true }).fill('2023'); // the year both platforms summarised
    await page.getByTestId('platform-check').first().waitFor();
    await page.getByRole('region', { name: /待补充的记录/ }).waitFor();
    await page.evaluate(axeSource);
    const result = (await page.evaluate('axe.run()')) as AxeResult;
    expect(result.passes.length).toBeGreaterThan(10); // axe did run its checks
    expect(result.violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual(
      [],
    );
    await page.close();
  });
});
