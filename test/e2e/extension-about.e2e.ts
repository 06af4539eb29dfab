import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVALUATOR_VERSION } from '@xueshi/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extensionOutput } from '../tools/paths.ts';
import { type Browser, launch, screenshot } from './harness/browser.ts';

// Issue 15: the popup and the options page (the dashboard) link the site's privacy policy and show the
// extension's and the evaluator's versions.
const manifest = (dir: string) => JSON.parse(readFileSync(join(extensionOutput, dir, 'manifest.json'), 'utf8'));
// The site's address: XUESHI_SITE at build time, else its config's default (`site: process.env.XUESHI_SITE || '…'`).
const site =
  process.env.XUESHI_SITE ||
  /^\s*site:\s*(?:process\.env\.XUESHI_SITE\s*\|\|\s*)?'([^']+)'/m.exec(
    readFileSync(new URL('../../site/astro.config.mjs', import.meta.url), 'utf8'),
  )?.[1];
const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;

describe('extension: versions and the privacy policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ extension: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the browser’s options open the dashboard (Chrome and Firefox)', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2'])
      expect(manifest(dir).options_ui).toMatchObject({ page: 'dashboard.html', open_in_tab: true });
  });

  for (const [name, path] of [
    ['popup', 'popup.html'],
    ['dashboard', 'dashboard.html'],
  ] as const) {
    test(`${name}: versions and the link to the site’s privacy page`, async () => {
      expect(site).toMatch(/^https:\/\//);
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 375, height: 700 });
      await page.goto(`chrome-extension://${await browser.extensionId()}/${path}`);
      const about = page.getByTestId('about');
      await expect(about.locator('[data-version="extension"]').textContent()).resolves.toBe(version);
      await expect.poll(() => about.locator('[data-version="evaluator"]').textContent()).toBe(EVALUATOR_VERSION);
      await expect(about.getByRole('link', { name: '隐私政策' }).getAttribute('href')).resolves.toBe(
        new URL('privacy/', `${site?.replace(/\/$/, '')}/`).href,
      );
      await screenshot(page, `extension-${name}-about-375`);
      await page.close();
    });
  }
});
