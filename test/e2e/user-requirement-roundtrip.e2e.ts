import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../tools/static-server.ts';
import { type Browser, launch } from './harness/browser.ts';
import { startSiteServer } from './harness/fixtures.ts';

// Issue 14, done-when: a ledger under the person's own requirement, exported by the site and imported into the
// extension, gives the same figures. Worked by hand: 广东 from 2021 asks 公需 ≥ 30, 专业 ≥ 42, 选修 ≥ 18 (合计 90);
// 2023 holds 30 公需 + 50 专业 = 80 → both minimums met, 合计 差 10 (the 选修 part).
const GUANGDONG = {
  formatVersion: 1,
  profile: {
    notice: 'USER',
    userRequirement: {
      region: '广东省广州市',
      source: '（测试用）',
      years: [{ from: 2021, public: 30, professional: 42, elective: 18, total: 90 }],
    },
  },
  activities: [
    { id: 'p1', kind: 'online-course', title: '公需课', category: 'public', hours: 30, date: '2023-04-01' },
    { id: 'z1', kind: 'online-course', title: '专业课', category: 'professional', hours: 50, date: '2023-06-01' },
  ],
};
const EXPECTED = {
  public: { credited: '30', required: '30', shortfall: '已满足' },
  professional: { credited: '50', required: '42', shortfall: '已满足' },
  total: { credited: '80', required: '90', shortfall: '差 10' },
};

/** The result table's figures, as the person reads them (the site and the extension share ResultView). */
async function figures(page: Page) {
  const read = async (c: string, f: string) =>
    ((await page.locator(`.xs-figures tr[data-category="${c}"] [data-figure="${f}"]`).textContent()) ?? '').trim();
  const out: Record<string, Record<string, string>> = {};
  for (const c of ['public', 'professional', 'total'])
    out[c] = {
      credited: await read(c, 'credited'),
      required: await read(c, 'required'),
      shortfall: await read(c, 'shortfall'),
    };
  return out;
}

describe('其他地区: site export → extension import', () => {
  let browser: Browser;
  let site: StaticServer;
  beforeAll(async () => {
    site = await startSiteServer();
    browser = await launch({ extension: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test('the extension shows the figures the site showed, labelled the same way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xueshi-roundtrip-'));
    const input = join(dir, 'guangdong.json');
    writeFileSync(input, JSON.stringify(GUANGDONG));

    const calc = await browser.context.newPage();
    await calc.goto(`${site.origin}/calculator/`);
    await calc.locator('input[type=file]').setInputFiles(input);
    await calc.getByLabel('年度', { exact: true }).fill('2023');
    await expect.poll(() => figures(calc)).toEqual(EXPECTED);
    const label = (await calc.locator('.xs-user-req').first().textContent())?.trim();
    expect(label).toBe('按你填写的要求核算（不是学时通收录的通知）：广东省广州市，依据：（测试用）');

    const download = calc.waitForEvent('download');
    await calc.getByRole('button', { name: '导出台账文件' }).click();
    const exported = await (await download).path();

    const dash = await browser.context.newPage();
    await dash.goto(`chrome-extension://${await browser.extensionId()}/dashboard.html`);
    await dash.locator('input[type=file]').setInputFiles(exported);
    await dash.getByTestId('status').filter({ hasText: '采用了文件中的个人资料' }).waitFor();
    await dash.getByLabel('年度', { exact: true }).fill('2023');
    await expect.poll(() => figures(dash)).toEqual(EXPECTED);
    await expect.poll(async () => (await dash.getByTestId('own-basis').first().textContent())?.trim()).toBe(label);
  });
});
