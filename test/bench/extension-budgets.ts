// Extension budgets (issue 12), measured in Debian's Chromium and printed; not a timed test.
//   - write 2,000 class records into IndexedDB (the extension's own saveRead over Dexie): ≤ 150 ms
//   - dashboard first render with 5,000 records: ≤ 150 ms, measured to the frame that put the
//     ledger's first rows on screen (Element Timing), with the steps before it; the evaluation
//     that follows is printed beside it
//   - the floor: that first screen as a static page (no script, no IndexedDB), a page of one
//     line, in the extension's origin: what this browser on this machine takes to show them at all;
//     and the time from putting the ledger part into a painted page to its frame
//   - the zip's size
// Needs the built extension (`pnpm build`).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { launch } from '../e2e/harness/browser.ts';
import { extensionDir, extensionOutput } from '../tools/paths.ts';
import { startStaticServer } from '../tools/static-server.ts';

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const results: { name: string; value: string; budget: string; ok: boolean }[] = [];

// 1. saveRead of 2,000 records, bundled from the extension's own modules, in a page of Chromium.
const dbBundle = await build({
  stdin: {
    contents: "export { openDb } from './lib/db.ts'; export { saveRead } from './lib/save-read.ts';",
    resolveDir: fileURLToPath(new URL('../../extension/', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  globalName: 'xs',
  write: false,
});
const server = await startStaticServer({ rootFor: () => tmpdir() });
// The built extension, copied: the floor's pages (below) are written beside its own.
const unpacked = mkdtempSync(join(tmpdir(), 'xueshi-bench-extension-'));
cpSync(extensionDir, unpacked, { recursive: true });
const browser = await launch({ extension: unpacked });
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/`);
  await page.addScriptTag({ content: dbBundle.outputFiles[0]?.text ?? '' });
  const writes: number[] = await page.evaluate(async (runs) => {
    const { openDb, saveRead } = (window as unknown as { xs: Record<string, (...a: unknown[]) => unknown> }).xs as {
      openDb(name: string): { open(): Promise<unknown>; close(): void; delete(): Promise<void> };
      saveRead(db: unknown, meta: unknown, result: unknown): Promise<unknown>;
    };
    const records = Array.from({ length: 2000 }, (_, i) => ({
      platform: 'yxlearning',
      host: 'sdwh-gxk.yxlearning.com',
      externalId: `h-${i}`,
      title: `专业课程 ${i}`,
      hours: 6,
      category: 'professional',
      completedOn: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
      year: 2010 + (i % 15),
      passed: true,
    }));
    const out: number[] = [];
    for (let r = 0; r < runs; r++) {
      const db = openDb(`bench-${r}`);
      await db.open();
      const t0 = performance.now();
      await saveRead(
        db,
        { platform: 'yxlearning', host: 'sdwh-gxk.yxlearning.com' },
        { ok: true, records, warnings: [], source: 'json' },
      );
      out.push(performance.now() - t0);
      await db.delete();
    }
    return out;
  }, RUNS);
  results.push({
    name: 'IndexedDB write, 2,000 records (median)',
    value: ms(median(writes)),
    budget: '≤ 150 ms',
    ok: median(writes) <= 150,
  });

  // 2. Dashboard first render with 5,000 records: seed through the dashboard's own import.
  const id = await browser.extensionId();
  const activities = Array.from({ length: 5000 }, (_, i) => ({
    id: `yxlearning:sdwh-gxk.yxlearning.com:h-${i}`,
    kind: 'online-course',
    title: `课程 ${i}`,
    category: i % 3 ? 'professional' : 'public',
    hours: 6,
    date: `20${15 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`,
    source: { kind: 'platform', platform: 'yxlearning', host: 'sdwh-gxk.yxlearning.com', externalId: `h-${i}` },
  }));
  const file = join(tmpdir(), 'xueshi-bench-5000.json');
  writeFileSync(file, JSON.stringify({ formatVersion: 1, profile: { notice: 'QD23', doctorate: false }, activities }));
  const dash = await browser.context.newPage();
  await dash.goto(`chrome-extension://${id}/dashboard.html`);
  await dash.locator('input[type=file]').setInputFiles(file);
  await dash.getByTestId('status').filter({ hasText: '已导入' }).waitFor({ timeout: 120_000 });
  // Per reload: when the ledger's first rows were on screen (Element Timing's renderTime of the
  // ledger's count, painted in the same frame as the rows: the frame as presented, after layout,
  // paint and raster), and the breakdown before it. All from navigation start.
  type Run = {
    painted: number;
    rendered: number;
    read: number;
    received: number;
    started: number;
    main: number;
    scripted: number;
    evaluated: number;
  };
  // Hands off the page while it loads: Playwright's locators and evaluate run its injected script
  // on the page's main thread (~15 ms) and would delay the frame measured. The entries are buffered.
  const measureFirstScreen = () =>
    new Promise<Run>((resolve) => {
      const mark = (m: string) => performance.getEntriesByName(m)[0]?.startTime ?? Number.NaN;
      let painted = Number.NaN;
      const finish = () => {
        if (Number.isNaN(painted) || Number.isNaN(mark('xueshi:evaluated'))) return;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        resolve({
          painted,
          rendered: mark('xueshi:ledger-shown'),
          read: mark('xueshi:data-read'),
          received: nav.responseEnd,
          started: mark('xueshi:early-read'),
          main: mark('xueshi:main'),
          scripted: nav.domContentLoadedEventStart,
          evaluated: mark('xueshi:evaluated'),
        });
      };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[])
          if (e.identifier === 'xueshi-ledger' && Number.isNaN(painted)) painted = e.renderTime;
        finish();
      }).observe({ type: 'element', buffered: true });
      new PerformanceObserver(finish).observe({ type: 'mark', buffered: true });
    });
  const runs = await perReload(dash, 1500, measureFirstScreen);
  // The same, opened in a new tab as the popup's 打开台账 does (a reload above: what the budget
  // has been measured on since the first bench).
  const newTab: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const tab = await browser.context.newPage();
    await tab.goto(`chrome-extension://${id}/dashboard.html`);
    await tab.waitForTimeout(1500);
    newTab.push((await tab.evaluate(measureFirstScreen)).painted);
    await tab.close();
  }
  // Checked after the measurement, for the same reason: the page did show all 5,000.
  await dash.getByTestId('ledger-count').filter({ hasText: '共 5000 条' }).waitFor();
  const of = (k: keyof (typeof runs)[number]) => runs.map((x) => x[k]);
  const range = (xs: number[]) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
  const painted = of('painted');
  results.push({
    name: 'dashboard first render, 5,000 records: first rows on screen (median)',
    value: `${ms(median(painted))} [${range(painted)}]`,
    budget: '≤ 150 ms',
    ok: median(painted) <= 150,
  });
  results.push({
    name: '  the same, opened in a new tab (as from the popup)',
    value: `${ms(median(newTab))} [${range(newTab)}] from navigation start`,
    budget: 'reported',
    ok: true,
  });
  for (const [label, k] of [
    ["the page's HTML received (responseEnd; the browser's own work follows until the next line)", 'received'],
    ['first read started (early-read.js, as the page parses)', 'started'],
    ['main.tsx first line (its modules loaded)', 'main'],
    ['page scripts run (DOMContentLoaded)', 'scripted'],
    ['ledger read', 'read'],
    ['rows rendered by Preact (layout, paint and raster follow)', 'rendered'],
  ] as const)
    results.push({
      name: `  of which: ${label}`,
      value: `${ms(median(of(k)))} [${range(of(k))}] from navigation start`,
      budget: 'reported',
      ok: true,
    });
  const evaluated = of('evaluated');
  const firstScreen = await firstScreenBody(browser.context, id);
  for (const [label, page] of [
    ['the same first screen as a static page', writeFloorPage('floor-first-screen.html', firstScreen)],
    ['one line of text', writeFloorPage('floor-line.html', '<p>共 5000 条</p>')],
  ] as const) {
    const firstPaint = await floor(browser.context, id, page);
    results.push({
      name: `  floor: ${label}, no script (first paint)`,
      value: `${ms(median(firstPaint))} [${range(firstPaint)}] from navigation start`,
      budget: 'reported',
      ok: true,
    });
  }
  const frame = await frameAfterChange(browser.context, id, firstScreen);
  results.push({
    name: '  floor: the ledger part put into that page once it has painted, to its frame (no IndexedDB)',
    value: `${ms(median(frame))} [${range(frame)}] from the change`,
    budget: 'reported',
    ok: true,
  });
  results.push({
    name: 'dashboard evaluation of 5,000 records shown (median)',
    value: ms(median(evaluated)),
    budget: 'reported',
    ok: true,
  });
} finally {
  await browser.close();
  await server.close();
  rmSync(unpacked, { recursive: true, force: true });
}

/** The dashboard's head (its styles) with this body, as a page of the copied extension. */
function writeFloorPage(name: string, body: string, head = dashboardHead()): string {
  writeFileSync(join(unpacked, name), `<!doctype html><html lang="zh-CN">${head}<body>${body}</body></html>`);
  return name;
}

function dashboardHead(html = readFileSync(join(unpacked, 'dashboard.html'), 'utf8')): string {
  return withoutScripts(html.match(/<head>[\s\S]*<\/head>/)?.[0] ?? '<head></head>');
}

function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, '');
}

/** The dashboard's DOM, without scripts, when its first rows were rendered (a fresh page, not one measured). */
async function firstScreenBody(context: BrowserContext, id: string): Promise<string> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntries().some((e) => e.name === 'xueshi:ledger-shown')) return;
      observer.disconnect();
      document.documentElement.dataset.firstScreen = document.body.innerHTML;
    }).observe({ type: 'mark' });
  });
  await page.goto(`chrome-extension://${id}/dashboard.html`);
  const body = await page.locator('html[data-first-screen]').getAttribute('data-first-screen');
  await page.close();
  return withoutScripts(body ?? '');
}

/**
 * How long a change of the page takes to reach the screen here: the first screen without its
 * ledger part (filters, count, rows) paints; a classic script then puts that part in and marks the
 * moment. Per reload, from that mark to the frame that showed the count (Element Timing), as the
 * dashboard's first rows are measured: what any script's first rows add after they are in the DOM.
 */
async function frameAfterChange(context: BrowserContext, id: string, body: string): Promise<number[]> {
  const ledgerPart = body.match(/<div class="filters">[\s\S]*<\/table>/)?.[0];
  if (!ledgerPart) throw new Error('the first screen has no ledger table');
  writeFileSync(
    join(unpacked, 'floor-change.js'),
    `new PerformanceObserver((list, observer) => {
      observer.disconnect();
      setTimeout(() => {
        document.getElementById('slot').outerHTML = ${JSON.stringify(ledgerPart)};
        performance.mark('floor:changed');
      }, 30);
    }).observe({ type: 'paint', buffered: true });`,
  );
  const page = await context.newPage();
  const name = writeFloorPage(
    'floor-change.html',
    `${body.replace(ledgerPart, '<div id="slot"></div>')}<script src="/floor-change.js"></script>`,
  );
  await page.goto(`chrome-extension://${id}/${name}`);
  const out = await perReload(
    page,
    1000,
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const shown = list
            .getEntries()
            .find((e) => (e as PerformanceEntry & { identifier: string }).identifier === 'xueshi-ledger');
          const changed = performance.getEntriesByName('floor:changed')[0]?.startTime;
          if (shown && changed !== undefined)
            resolve((shown as PerformanceEntry & { renderTime: number }).renderTime - changed);
        }).observe({ type: 'element', buffered: true });
      }),
  );
  await page.close();
  return out;
}

/** First paint of a page without script, per reload (the paint is its whole content). */
async function floor(context: BrowserContext, id: string, name: string): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/${name}`);
  const out = await perReload(
    page,
    1000,
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  await page.close();
  return out;
}

/** `measure`, run in the page after each of RUNS reloads once the page has been left alone for `settle` ms. */
async function perReload<T>(page: Page, settle: number, measure: () => T | Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let r = 0; r < RUNS; r++) {
    await page.reload();
    await page.waitForTimeout(settle);
    out.push(await page.evaluate(measure));
  }
  return out;
}

// 3. The zip.
// The newest: an older version's zip may still lie in the output folder.
const zip = readdirSync(extensionOutput)
  .filter((f) => f.endsWith('-chrome.zip'))
  .sort((a, b) => statSync(join(extensionOutput, b)).mtimeMs - statSync(join(extensionOutput, a)).mtimeMs)[0];
const zipSize = zip ? statSync(join(extensionOutput, zip)).size : Number.NaN;
results.push({ name: `zip size (${zip})`, value: `${(zipSize / 1024).toFixed(1)} KiB`, budget: 'reported', ok: true });

// 4. The content script, which every platform page loads (zod/mini instead of full zod, issue 12).
const contentScript = readFileSync(join(extensionOutput, 'chrome-mv3', 'content-scripts', 'platforms.js'));
results.push({
  name: 'content script (gzip)',
  value: `${(gzipSync(contentScript, { level: 9 }).length / 1024).toFixed(1)} KiB`,
  budget: 'reported',
  ok: true,
});

console.log('\nExtension budgets (Chromium, this machine):');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'OVER'}  ${r.name}: ${r.value}  (budget ${r.budget})`);
