import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { foreignRequests, screenshot } from './harness/browser.ts';
import { useSiteAndBrowser } from './harness/fixtures.ts';
import { screenshotPieces } from './harness/site-shots.ts';

/**
 * 青岛 2023 年度（青人社字〔2023〕14号）的一个例子，数字按通知原文推算：
 * - 公需科目合格证书 24 学时 → 公需 24（四(一)1，每年不超过 30）；
 * - 岗位培训 3 天、证书载明 30 学时 → 不超过 8 学时/天，专业 24（四(一)2）；
 * - 论文 4 篇 → 每篇 10 学时、每年累计不超过 30，专业 30（四(三)）；
 * - 职业资格考试 1 项 → 专业 16（四(四)3）。
 * 每年要求公需 30、专业 60、合计 90（一）：公需 24（差 6），专业 70，合计 94，未达标。
 */
const EXPECTED = {
  public: { credited: '24', required: '30', shortfall: '差 6' },
  professional: { credited: '70', required: '60', shortfall: '已满足' },
  total: { credited: '94', required: '90', shortfall: '已满足' },
};

const QD23_LEDGER = {
  formatVersion: 1,
  profile: { notice: 'QD23', doctorate: false },
  activities: [
    { id: 'p1', kind: 'public-certificate', title: '2023 年公需科目', date: '2023-06-30', hours: 24 },
    { id: 't1', kind: 'training', title: '岗位培训', format: 'training', days: 3, hours: 30, date: '2023-04-12' },
    { id: 'x1', kind: 'paper', title: '论文一', paperType: 'paper', date: '2023-05-01' },
    { id: 'x2', kind: 'paper', title: '论文二', paperType: 'paper', date: '2023-06-01' },
    { id: 'x3', kind: 'paper', title: '论文三', paperType: 'paper', date: '2023-07-01' },
    { id: 'x4', kind: 'paper', title: '论文四', paperType: 'paper', date: '2023-08-01' },
    { id: 'q1', kind: 'qualification-exam', title: '一级建造师', examType: 'qualification', date: '2023-10-20' },
  ],
};

async function figures(page: Page) {
  const read = async (c: string, f: string) =>
    ((await page.locator(`.xs-figures tr[data-category="${c}"] [data-figure="${f}"]`).textContent()) ?? '').trim();
  const out: Record<string, Record<string, string>> = {};
  for (const c of ['public', 'professional', 'total']) {
    out[c] = {
      credited: await read(c, 'credited'),
      required: await read(c, 'required'),
      shortfall: await read(c, 'shortfall'),
    };
  }
  return out;
}

async function setYearQuery(page: Page, notice: string, year: number) {
  await page.getByLabel('适用的通知（地区）').selectOption(notice);
  await page.getByLabel('某一年度的学时够不够').check();
  const y = page.getByLabel('年度', { exact: true });
  await y.fill(String(year));
}

async function addActivity(page: Page, kindLabel: string, fields: Record<string, string>) {
  const form = page.getByRole('form', { name: '添加活动' });
  await form.getByLabel('活动种类').selectOption({ label: kindLabel });
  for (const [label, value] of Object.entries(fields)) {
    const input = form.getByLabel(new RegExp(`^${label}`));
    if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption({ label: value });
    else await input.fill(value);
  }
  const before = await page.locator('.xs-list > li').count();
  await form.getByRole('button', { name: '添加这条活动' }).click();
  // 校验第一次用到时才载入：等这一条真的加进列表。
  await page.waitForFunction((n) => document.querySelectorAll('.xs-list > li').length > n, before);
}

function writeTmp(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'xueshi-site-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('site: calculator', () => {
  const consoleProblems: string[] = [];
  const env = useSiteAndBrowser();
  let page: Page;
  beforeAll(async () => {
    page = await env.browser.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleProblems.push(m.text());
    });
    page.on('pageerror', (e) => consoleProblems.push(String(e)));
  });

  test('a 青岛 2023 case entered by hand gives the figures the notice implies', async () => {
    await page.goto(`${env.site.origin}/calculator/`);
    // Nothing is computed, and no notice's rules are downloaded, until the visitor chooses a notice.
    await page.getByText('先选你所在单位适用的通知').waitFor();
    await expect(page.locator('.xs-result').count()).resolves.toBe(0);
    const rulesFiles = () =>
      env.browser.requests
        .map((r) => new URL(r.url()).pathname)
        .filter((p) => /\/(WH19|LY17|QD23|QH20|NX19)\./.test(p));
    expect(rulesFiles()).toEqual([]);
    await screenshot(page, 'site-calculator-choose-notice');
    await setYearQuery(page, 'QD23', 2023);
    await page.waitForSelector('.xs-result');
    expect(rulesFiles()).toEqual([expect.stringMatching(/^\/_astro\/QD23\.[\w-]+\.js$/)]);

    // Validation: a required field left empty gets a Chinese message on that field.
    const form = page.getByRole('form', { name: '添加活动' });
    await form.getByLabel('活动种类').selectOption({ label: '公需科目合格证书' });
    await form.getByRole('button', { name: '添加这条活动' }).click();
    await expect(form.locator('.xs-error').first().textContent()).resolves.toContain('请填写');
    await form.getByLabel(/^证书学时/).fill('二十四');
    await form.getByRole('button', { name: '添加这条活动' }).click();
    // 校验在第一次提交时才载入：等提示出现。
    await expect.poll(() => form.locator('.xs-invalid .xs-error').allTextContents()).toContain('“证书学时”应为数字');

    await addActivity(page, '公需科目合格证书', { 证书学时: '24', 发证日期: '2023-06-30', 名称: '2023 年公需科目' });
    await addActivity(page, '培训、会议与讲座', {
      名称: '岗位培训',
      形式: '培训进修、研修',
      实际天数: '3',
      载明学时: '30',
      结束日期: '2023-04-12',
    });
    for (const [i, d] of ['2023-05-01', '2023-06-01', '2023-07-01', '2023-08-01'].entries()) {
      await addActivity(page, '论文、著作', {
        名称: `论文${'一二三四'[i]}`,
        类型: '学术技术论文',
        '发表（出版）日期': d,
      });
    }
    await addActivity(page, '职业资格、注册考试', {
      名称: '一级建造师',
      类型: '职业资格考试',
      取得证书日期: '2023-10-20',
    });

    await expect(page.locator('.xs-list > li').count()).resolves.toBe(7);
    expect(await figures(page)).toEqual(EXPECTED);
    await expect(page.locator('.xs-verdict').getAttribute('data-verdict')).resolves.toBe('short');

    // The fourth paper is over the yearly cap, and its explanation cites the clause with a link.
    const fourth = page.locator('.xs-list > li', { hasText: '论文四' });
    await expect(fourth.locator('.xs-status').first().textContent()).resolves.toBe('未计入');
    await fourth.locator('summary').click();
    const link = fourth.locator('a.xs-clause', { hasText: 'QD23-OUTPUT' }).first();
    await expect(link.getAttribute('href')).resolves.toBe('/policy/qd23/#QD23-OUTPUT');

    await screenshot(page, 'site-calculator-qd23-desktop');
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, 'site-calculator-qd23-375');
    await screenshotPieces(page, 'site-calculator-qd23-375');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Following the clause link lands on the policy page's anchor.
    await link.click();
    await page.waitForURL(`${env.site.origin}/policy/qd23/#QD23-OUTPUT`);
    await expect(page.locator('#QD23-OUTPUT h3').textContent()).resolves.toContain('QD23-OUTPUT');
  });

  test('the state survives a reload', async () => {
    await page.goto(`${env.site.origin}/calculator/`);
    await page.waitForSelector('.xs-list > li');
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(7);
    expect(await figures(page)).toEqual(EXPECTED);
  });

  test('editing and removing an activity update the result at once', async () => {
    const row = page.locator('.xs-list > li', { hasText: '一级建造师' });
    await row.getByRole('button', { name: /^删除/ }).click();
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(6);
    expect((await figures(page)).professional?.credited).toBe('54');
    const cert = page.locator('.xs-list > li', { hasText: '2023 年公需科目' });
    await cert.getByRole('button', { name: /^编辑/ }).click();
    const edit = page.getByRole('form', { name: '编辑活动' });
    await edit.getByLabel(/^证书学时/).fill('30');
    await edit.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(async () => (await figures(page)).public?.shortfall).toBe('已满足');
  });

  test('importing over saved work asks 合并 or 替换, and 撤销 brings the saved work back', async () => {
    await page.goto(`${env.site.origin}/calculator/`);
    await page.waitForSelector('.xs-result');
    await setYearQuery(page, 'QD23', 2023);
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(6);
    const saved = await page.evaluate(() => localStorage.getItem('xueshi.calculator.v1'));
    const file = writeTmp('qd23.json', JSON.stringify(QD23_LEDGER));
    await page.locator('input[type=file]').setInputFiles(file);
    const ask = page.locator('[data-import="ask"]');
    await ask.waitFor();
    await expect(ask.textContent()).resolves.toContain('“qd23.json”有 7 条活动，计算器里已有 6 条');
    await screenshot(page, 'site-calculator-import-ask');
    // Nothing has changed while the question is open.
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(6);
    await ask.getByRole('button', { name: '取消' }).click();
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(6);

    // 合并: the five activities the file shares unchanged are not doubled; the edited certificate
    // (same id, other hours) and the removed exam come in as well.
    await page.locator('input[type=file]').setInputFiles(file);
    await ask.getByRole('button', { name: /^合并/ }).click();
    await page.getByText('已把“qd23.json”合并进来：新增 2 条活动，5 条与已有的相同').waitFor();
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(8);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(6);
    await expect(page.evaluate(() => localStorage.getItem('xueshi.calculator.v1'))).resolves.toBe(saved);

    // 替换 gives the file's figures; 撤销 again restores what was saved.
    await page.locator('input[type=file]').setInputFiles(file);
    await ask.getByRole('button', { name: '替换现有活动' }).click();
    await page.getByText('已导入“qd23.json”：7 条活动').waitFor();
    expect(await figures(page)).toEqual(EXPECTED);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(6);
    await expect(page.evaluate(() => localStorage.getItem('xueshi.calculator.v1'))).resolves.toBe(saved);
    await page.locator('input[type=file]').setInputFiles(file);
    await ask.getByRole('button', { name: '替换现有活动' }).click();
    expect(await figures(page)).toEqual(EXPECTED);
  });

  test('an invalid file shows where and why, and keeps the current entries', async () => {
    const bad = structuredClone(QD23_LEDGER) as { activities: Record<string, unknown>[] };
    (bad.activities[1] as Record<string, unknown>).hours = '三十';
    (bad.activities[2] as Record<string, unknown>).date = '2023-02-30';
    await page.locator('input[type=file]').setInputFiles(writeTmp('bad.json', JSON.stringify(bad)));
    const alert = page.locator('[data-import="error"]');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('没有导入“bad.json”');
    expect(text).toContain('当前内容没有改动');
    expect(text).toContain('activities[1].hours');
    expect(text).toContain('activities[2].date');
    expect(text).toMatch(/不是有效的日期/);
    await screenshot(page, 'site-calculator-import-error');
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(7);
    expect(await figures(page)).toEqual(EXPECTED);

    // Dropped files go the same way: not JSON at all → a message, nothing changed.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['这不是 JSON'], 'notes.txt', { type: 'text/plain' }));
      document
        .querySelector('.xs-calc')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.getByText('没有导入“notes.txt”').waitFor();
    await expect(page.locator('[data-import="error"]').textContent()).resolves.toContain('不是有效的 JSON');
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(7);

    // An Excel workbook (a zip whose first entry is under xl/) is recognised: a Chinese sentence, no engine English.
    await page.evaluate(() => {
      const header = [0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0)];
      const xlsx = new Uint8Array([...header, ...new TextEncoder().encode('xl/workbook.xml')]);
      const dt = new DataTransfer();
      dt.items.add(new File([xlsx], '学时.xlsx'));
      document
        .querySelector('.xs-calc')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.getByText('没有导入“学时.xlsx”').waitFor();
    const excel = (await page.locator('[data-import="error"]').textContent()) ?? '';
    expect(excel).toContain('这是 Excel 文件，只能导入学时通导出的 .json 文件');
    expect(excel).not.toMatch(/Unexpected|JSON at position|is not valid/);
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(7);
  });

  test('an exported file carries the result; a changed sharedResult is flagged on import', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出台账文件' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^学时通台账-QD23-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await file.path();
    const { readFileSync } = await import('node:fs');
    const exported = JSON.parse(readFileSync(path, 'utf8'));
    expect(exported.formatVersion).toBe(1);
    expect(exported.activities).toHaveLength(7);
    expect(exported.sharedResult.figures).toEqual({ public: 24, professional: 70, total: 94, complete: false });

    exported.sharedResult.figures.professional = 80;
    await page.locator('input[type=file]').setInputFiles(writeTmp('changed.json', JSON.stringify(exported)));
    await page.locator('[data-import="ask"]').getByRole('button', { name: '替换现有活动' }).click();
    await page.locator('[data-shared="differs"]').waitFor();
    await expect(page.locator('[data-shared="differs"]').textContent()).resolves.toContain(
      '专业科目：文件中为 80 学时，现在为 70 学时',
    );
    expect(await figures(page)).toEqual(EXPECTED);
  });

  test('a share link round-trips through the URL fragment', async () => {
    await page.getByRole('button', { name: '生成分享链接' }).click();
    const link = await page.getByLabel('分享链接').inputValue();
    expect(link).toMatch(new RegExp(`^${env.site.origin}/calculator/#s=[A-Za-z0-9_-]+$`));

    const other = await env.browser.context.newPage();
    await other.goto(`${env.site.origin}/`);
    await other.evaluate(() => localStorage.clear());
    await other.goto(link);
    await other.getByText(/已从分享链接恢复：7 条活动/).waitFor();
    expect(await figures(other)).toEqual(EXPECTED);
    expect(other.url()).toBe(`${env.site.origin}/calculator/`);

    // A damaged link says so and changes nothing.
    await other.goto(`${env.site.origin}/calculator/#s=AAAA`);
    await other.getByText(/分享链接不完整或已损坏/).waitFor();
    await expect(other.locator('.xs-list > li').count()).resolves.toBe(7);
    await other.close();
  });

  test('a share link opened over saved work keeps the saved work until the user chooses', async () => {
    await page.getByRole('button', { name: '生成分享链接' }).click();
    const link = await page.getByLabel('分享链接').inputValue();
    // The saved work now differs from the link: one activity fewer.
    await page.locator('.xs-list > li', { hasText: '一级建造师' }).getByRole('button', { name: /^删除/ }).click();
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(6);
    const savedCount = () =>
      page.evaluate(() => JSON.parse(localStorage.getItem('xueshi.calculator.v1') ?? '{}').ledger?.activities.length);
    await expect(savedCount()).resolves.toBe(6);

    await page.goto(link);
    const banner = page.locator('[data-shared-view]');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain('本机保存的 6 条活动');
    expect(await figures(page)).toEqual(EXPECTED);
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(7);
    await screenshot(page, 'site-calculator-share-over-saved');
    await expect(savedCount()).resolves.toBe(6);
    await page.reload();
    await page.waitForSelector('.xs-list > li');
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(6);

    await page.goto(link);
    await banner.waitFor();
    await page.getByRole('button', { name: '回到本机保存的内容' }).click();
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(6);
    await expect(savedCount()).resolves.toBe(6);

    await page.goto(link);
    await banner.waitFor();
    await page.getByRole('button', { name: /^保存分享的内容/ }).click();
    await expect(banner.count()).resolves.toBe(0);
    await expect.poll(savedCount).toBe(7);
  });

  test('the print stylesheet applies (A4, no controls, signature lines)', async () => {
    await page.getByLabel('姓名（只用于打印，可不填）').fill('张三');
    await page.emulateMedia({ media: 'print' });
    // Back to the screen whatever happens: the tests after this one use the same page.
    try {
      await expect(page.locator('.xs-print-head').textContent()).resolves.toContain('姓名：张三');
      // Lines that only concern importing and sharing stay off the sheet.
      expect(await page.getByText('也可以把台账文件').isVisible()).toBe(false);
      const visible = async (sel: string) => page.locator(sel).first().isVisible();
      expect(await visible('.xs-toolbar')).toBe(false);
      expect(await visible('.xs-add')).toBe(false);
      expect(await visible('.site-head')).toBe(false);
      expect(await visible('.xs-print-head')).toBe(true);
      expect(await visible('.xs-sign')).toBe(true);
      expect(await visible('.xs-figures')).toBe(true);
      // Explanations are printed open: the page opens them when the print media query starts to match
      // (a change event, a moment after emulateMedia), so this waits for them rather than looking once.
      await page.locator('.xs-list > li .xs-explain').first().waitFor({ state: 'visible', timeout: 5000 });
      await screenshot(page, 'site-calculator-print');
      // The stylesheet's @page asks for A4: with preferCSSPageSize and a Letter default, the PDF pages must still be A4.
      const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
      const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
      expect(boxes.length).toBeGreaterThan(0);
      for (const [, w, h] of boxes) {
        expect(Math.round(Number(w))).toBe(595);
        expect(Math.round(Number(h))).toBe(842);
      }
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('清空 asks first, then empties the list and the saved state', async () => {
    await page.getByRole('button', { name: '清空', exact: true }).click();
    await page.getByRole('button', { name: '取消' }).click();
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(7);
    await page.getByRole('button', { name: '清空', exact: true }).click();
    await page.getByRole('button', { name: '确定清空' }).click();
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(0);
    // Settings go too: back to the first step, and nothing is saved until a notice is chosen again.
    await page.getByText('先选你所在单位适用的通知').waitFor();
    await expect(page.evaluate(() => localStorage.getItem('xueshi.calculator.v1'))).resolves.toBeNull();
    await page.reload();
    await page.getByText('先选你所在单位适用的通知').waitFor();
    await expect(page.locator('.xs-result').count()).resolves.toBe(0);
    await expect(page.locator('.xs-list > li').count()).resolves.toBe(0);
  });

  test('the calculator asked nothing of other hosts, and logged no errors', () => {
    expect(foreignRequests(env.browser.requests, [env.site.origin])).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });
});

describe('site: calculator, title application', () => {
  const env = useSiteAndBrowser();

  test('a 青海 2020 intermediate application looks at the last three years, per year', async () => {
    const page = await env.browser.context.newPage();
    // The link on the QH20 policy page opens the calculator with QH20 chosen.
    await page.goto(`${env.site.origin}/policy/qh20/`);
    await page.getByRole('link', { name: '在计算器中核算自己的学时' }).click();
    await page.waitForSelector('.xs-result');
    await expect(page.getByLabel('适用的通知（地区）').inputValue()).resolves.toBe('QH20');
    await page.getByLabel('申报职称时学时够不够').check();
    await page.getByLabel('申报年度').fill('2020');
    await page.getByLabel('申报的职称级别').selectOption({ label: '中级' });
    // 青人社厅函〔2020〕227号 四(二)1：中级“至少近 3 年”，含申报当年（项目的解读）→ 2018、2019、2020。
    await expect(page.locator('.xs-years tbody th').allTextContents()).resolves.toEqual(['2018', '2019', '2020']);
    await expect(page.locator('.xs-result h2').textContent()).resolves.toContain('2020 年申报中级职称');
    await screenshot(page, 'site-calculator-application-desktop');
    expect(foreignRequests(env.browser.requests, [env.site.origin])).toEqual([]);
    await page.close();
  });

  test('keyboard only: every control is reached by Tab, has a name, and shows its focus', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.origin}/calculator/?notice=QD23`);
    await page.waitForSelector('.xs-result');
    const seen: { tag: string; name: string; outline: string }[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> };
        const name =
          el.getAttribute('aria-label') ??
          (el.labels?.[0]?.textContent ||
            (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '') ||
            el.textContent ||
            '');
        return { tag: el.tagName, name: name.trim(), outline: getComputedStyle(el).outlineStyle };
      });
      if (info.tag === 'BODY') break;
      seen.push(info);
    }
    const names = seen.map((s) => s.name);
    for (const want of [
      '导入台账文件',
      '导出台账文件',
      '生成分享链接',
      '清空',
      '适用的通知（地区）',
      '年度',
      '活动种类',
      '添加这条活动',
    ]) {
      expect(
        names.some((n) => n.includes(want)),
        want,
      ).toBe(true);
    }
    for (const s of seen) expect(s.name, `${s.tag} without a name`).not.toBe('');
    // A date input takes several Tab stops (year, month, day, picker); it must show the ring on at least one.
    for (const name of new Set(names)) {
      expect(
        seen.some((s) => s.name === name && s.outline !== 'none'),
        `${name} has no visible focus`,
      ).toBe(true);
    }
    // Enter submits the form from a text field: a required field left empty is announced on the field.
    await page.getByLabel('活动种类').selectOption({ label: '公需科目合格证书' });
    await page.getByLabel(/^证书学时/).focus();
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    // 校验按需载入：等焦点移到出错的字段。
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    // The date's segment order follows the browser's locale, so fill it rather than type it.
    await page.getByLabel(/^发证日期/).fill('2023-05-06');
    await page.getByRole('button', { name: '添加这条活动' }).press('Enter');
    await expect.poll(() => page.locator('.xs-list > li').count()).toBe(1);
    await page.close();
  });
});
