import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../tools/static-server.ts';
import { type Browser, foreignRequests, launch, screenshot } from './harness/browser.ts';
import { startFixtureServer, startSiteServer } from './harness/fixtures.ts';

describe('smoke: the built site', () => {
  let site: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    site = await startSiteServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test('home page renders Chinese text, hydrates its island, and asks nothing of other hosts', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('继续教育学时');
    const island = page.getByRole('button', { name: /已点击/ });
    await island.click();
    await expect(island.textContent()).resolves.toContain('已点击 1 次');
    await screenshot(page, 'smoke-site-home');
    expect(foreignRequests(browser.requests, [site.origin])).toEqual([]);
  });
});

describe('smoke: the built extension', () => {
  const platformHost = 'sdwh-gxk.yxlearning.com';
  let fixtures: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    fixtures = await startFixtureServer();
    browser = await launch({ extension: true, mappedHosts: [platformHost], fixturePort: fixtures.port });
  });
  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
  });

  test('its service worker starts', async () => {
    const worker = await browser.extensionWorker();
    expect(worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  test(`its content script runs on http://${platformHost}/my/record and reaches the background`, async () => {
    await browser.extensionWorker();
    const page = await browser.context.newPage();
    await page.goto(`http://${platformHost}/my/record`);
    await expect(page.title()).resolves.toBe('学习档案');
    // The content script marks the page only after the background answered its message.
    await page.waitForSelector('html[data-xueshi="seen"]', { timeout: 10_000 });
  });

  test('its popup renders in Chinese', async () => {
    const id = await browser.extensionId();
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 480 });
    await page.goto(`chrome-extension://${id}/popup.html`);
    await expect(page.locator('h1').textContent()).resolves.toBe('学时通');
    await screenshot(page, 'smoke-popup');
  });
});
