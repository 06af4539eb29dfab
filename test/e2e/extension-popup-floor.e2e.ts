import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Browser, launch, screenshot } from './harness/browser.ts';

// QH20 gives figures for 2020 only (四(一) “2020年，……不少于135学时”). A 2025 at 30 公需 + 60 专业 meets only the
// national floor (人社部令第25号, NAT15-REQ): the popup says 无法判断 and why, in grey, and points to where the
// person can state Qinghai's figure for the year.
let browser: Browser;
beforeAll(async () => {
  browser = await launch({ extension: true });
});
afterAll(async () => {
  await browser?.close();
});

test('popup: a year at the national floor is 无法判断, says why, and points to the form for the local figure', async () => {
  const id = await browser.extensionId();
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${id}/dashboard.html`);
  const file = join(mkdtempSync(join(tmpdir(), 'xueshi-floor-')), 'qh20.json');
  const course = (cid: string, category: string, hours: number) => ({
    id: cid,
    kind: 'online-course',
    title: cid,
    category,
    hours,
    date: '2025-05-01',
  });
  const ledger = { formatVersion: 1, profile: { notice: 'QH20', doctorate: false, sector: 'general' } };
  writeFileSync(
    file,
    JSON.stringify({ ...ledger, activities: [course('a', 'public', 30), course('b', 'professional', 60)] }),
  );
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByTestId('status').waitFor();
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 375, height: 700 });
  await popup.goto(`chrome-extension://${id}/popup.html`);
  const verdict = popup.getByTestId('verdict');
  await expect(verdict.textContent()).resolves.toMatch(/^2025 年度无法判断：QH20 通知没有规定 2025 年度的学时数/);
  await expect(verdict.getAttribute('class')).resolves.toBe('verdict unknown');
  const link = popup.getByRole('link', { name: '在台账中填写当地这一年的要求' });
  await expect(link.getAttribute('href')).resolves.toBe(`chrome-extension://${id}/dashboard.html#profile-h`);
  await screenshot(popup, 'extension-popup-floor-375');
});
