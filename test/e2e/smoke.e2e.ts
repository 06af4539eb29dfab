import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, foreignRequests, launch, screenshot } from './harness/browser.ts';
import { useSiteAndBrowser } from './harness/fixtures.ts';

describe('smoke: the built site', () => {
  const env = useSiteAndBrowser();

  test('home page renders Chinese text, ships no JS, and asks nothing of other hosts', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.origin}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('继续教育学时');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    // Content pages are plain HTML: the calculator is the only page with an island.
    await expect(page.locator('script').count()).resolves.toBe(0);
    await screenshot(page, 'smoke-site-home');
    await page.getByRole('link', { name: '打开学时计算器' }).click();
    await page.waitForURL(`${env.site.origin}/calculator/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('学时计算器');
    expect(foreignRequests(env.browser.requests, [env.site.origin])).toEqual([]);
  });
});

describe('smoke: the built extension', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ extension: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('its service worker starts', async () => {
    const worker = await browser.extensionWorker();
    expect(worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
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
