import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVALUATOR_VERSION } from '@xueshi/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PRIVACY_URL } from '../../site/address.mjs';
import { extensionOutput } from '../tools/paths.ts';
import { type Browser, launch, screenshot } from './harness/browser.ts';

// Issue 15: the popup and the options page (the dashboard) link the site's privacy policy and show the
// extension's and the evaluator's versions.
const manifest = (dir: string) => JSON.parse(readFileSync(join(extensionOutput, dir, 'manifest.json'), 'utf8'));
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
      expect(PRIVACY_URL).toMatch(/^https:\/\/.+\/privacy\/$/);
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 375, height: 700 });
      await page.goto(`chrome-extension://${await browser.extensionId()}/${path}`);
      const about = page.getByTestId('about');
      await expect(about.locator('[data-version="extension"]').textContent()).resolves.toBe(version);
      await expect.poll(() => about.locator('[data-version="evaluator"]').textContent()).toBe(EVALUATOR_VERSION);
      await expect(about.getByRole('link', { name: '隐私政策' }).getAttribute('href')).resolves.toBe(PRIVACY_URL);
      await screenshot(page, `extension-${name}-about-375`);
      await page.close();
    });
  }
});
