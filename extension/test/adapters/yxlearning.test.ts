import { describe, expect, test } from 'vitest';
import { FetchJsonError } from '../../adapters/contract.ts';
import { categoryFromHost, ghlearning, summaryUrl, yearUrl, yxlearning } from '../../adapters/yxlearning/index.ts';
import { parseHtml } from './dom.ts';
import { expectMatchesFile, fakeContext, fixture, fixtureJson, yxResponses } from './helpers.ts';

const F = 'yxlearning/fixtures/';

const WEIHAI = 'https://sdwh-gxk.yxlearning.com/my/record';

describe('yxlearning JSON', () => {
  test('reads the summary and every page of every year into the expected records', async () => {
    const { ctx, requests } = fakeContext(WEIHAI, yxResponses());
    const result = await yxlearning.read(ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source).toBe('json');
    expect(result.records).toHaveLength(15);
    expectMatchesFile(result.records, `${F}expected-records.json`);
    expectMatchesFile(result.summaries, `${F}expected-summaries.json`);
    // Only the page's own GETs, each once, in order.
    expect(requests.map((r) => r.path)).toEqual([
      summaryUrl(1),
      yearUrl(2024, 1),
      yearUrl(2024, 2),
      yearUrl(2023, 1),
      yearUrl(2022, 1),
    ]);
  });

  test('a long read says where it is: page N of M, year by year', async () => {
    const { ctx } = fakeContext(WEIHAI, yxResponses());
    const said: string[] = [];
    await yxlearning.read({ ...ctx, progress: (t) => said.push(t) });
    // The fixture: a summary of 3 rows (one page); 2024 has 12 classes on two pages of 10.
    expect(said).toEqual([
      '正在读取学习档案的年度汇总：第 1 页',
      '正在读取 2024 年度的班级（第 1 / 3 个年度）：第 1 页',
      '正在读取 2024 年度的班级（第 1 / 3 个年度）：第 2 / 2 页',
      '正在读取 2023 年度的班级（第 2 / 3 个年度）：第 1 页',
      '正在读取 2022 年度的班级（第 3 / 3 个年度）：第 1 页',
    ]);
  });

  test('the same page read twice gives the same ids, all distinct', async () => {
    const a = await yxlearning.read(fakeContext(WEIHAI, yxResponses()).ctx);
    const b = await yxlearning.read(fakeContext(WEIHAI, yxResponses()).ctx);
    if (!a.ok || !b.ok) throw new Error('read failed');
    const ids = a.records.map((r) => r.externalId);
    expect(ids).toEqual(b.records.map((r) => r.externalId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('passTime in epoch ms is a Beijing-time date; strings are taken as written', async () => {
    const result = await yxlearning.read(fakeContext(WEIHAI, yxResponses()).ctx);
    if (!result.ok) throw new Error('read failed');
    const byTitle = (t: string) => result.records.find((r) => r.title === t);
    expect(byTitle('科技创新政策解读')?.completedOn).toBe('2025-01-01');
    expect(byTitle('2023年公需科目：习近平新时代中国特色社会主义思想专题')?.completedOn).toBe('2023-05-18');
    expect(result.records.filter((r) => r.title === '专业课：建筑工程质量管理').map((r) => r.completedOn)).toEqual([
      '2023-09-02',
      '2023-11-20',
    ]);
  });

  test('category comes from the host: gxk public, zyk professional, else the user decides', async () => {
    expect(categoryFromHost('sdwh-gxk.yxlearning.com')).toBe('public');
    expect(categoryFromHost('sdld.zyk.yxlearning.com')).toBe('professional');
    expect(categoryFromHost('sddz-zyk.yxlearning.com')).toBe('professional');
    expect(categoryFromHost('abc.zyk.ghlearning.com')).toBe('professional');
    expect(categoryFromHost('sdwh.yxlearning.com')).toBeNull();
    expect(categoryFromHost('hnzj.user.ghlearning.com')).toBeNull();
    const result = await yxlearning.read(fakeContext('https://sdwh.yxlearning.com/my/record', yxResponses()).ctx);
    if (!result.ok) throw new Error('read failed');
    // Without a host label only a class's own words tell: 公需科目 / 专业课 in the title.
    const untitled = result.records.filter((r) => !/公需|专业课/.test(r.title));
    expect(untitled.length).toBeGreaterThan(0);
    expect(untitled.every((r) => r.category === null)).toBe(true);
    expect(result.records.find((r) => r.title.startsWith('2023年公需科目'))?.category).toBe('public');
    expect(result.needs).toContain('category');
  });

  test('a class titled 专业课 on a gxk (公需) host is 专业: its own words outweigh the host', async () => {
    const result = await yxlearning.read(fakeContext(WEIHAI, yxResponses()).ctx);
    if (!result.ok) throw new Error('read failed');
    const pro = result.records.filter((r) => r.title === '专业课：建筑工程质量管理');
    expect(pro.map((r) => r.category)).toEqual(['professional', 'professional']);
    // 专业技术人员… names the people, not a category: the gxk host decides.
    expect(result.records.find((r) => r.title === '专业技术人员职业道德与诚信建设')?.category).toBe('public');
    expect(result.needs ?? []).not.toContain('category');
  });

  test('ghlearning is the same application under its own platform id', async () => {
    const result = await ghlearning.read(fakeContext('https://hnzj.user.ghlearning.com/my/record', yxResponses()).ctx);
    if (!result.ok) throw new Error('read failed');
    expect(result.records).toHaveLength(15);
    expect(result.records.every((r) => r.platform === 'ghlearning' && r.host === 'hnzj.user.ghlearning.com')).toBe(
      true,
    );
  });

  test('respCode -1 is a platform error with the platform text, and no records', async () => {
    const responses = { ...yxResponses(), [yearUrl(2023, 1)]: fixtureJson(`${F}failure.json`) };
    const result = await yxlearning.read(fakeContext(WEIHAI, responses).ctx);
    expect(result).toEqual({
      ok: false,
      reason: 'platform-error',
      message: '平台返回了错误，本次没有保存任何记录。（平台提示：系统繁忙，请稍后再试）',
    });
  });

  test('a failing second page fails the whole read: never half a read', async () => {
    const responses = { ...yxResponses(), [yearUrl(2024, 2)]: new FetchJsonError('network') };
    const result = await yxlearning.read(fakeContext(WEIHAI, responses).ctx);
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('records');
  });

  test('a login page instead of JSON asks the user to log in', async () => {
    const result = await yxlearning.read(fakeContext(WEIHAI, { [summaryUrl(1)]: new FetchJsonError('not-json') }).ctx);
    expect(result).toMatchObject({ ok: false, reason: 'not-logged-in' });
  });

  test('a server that ignores pageNo is caught instead of read forever', async () => {
    const page = fixtureJson(`${F}query-year-record-list.year-2024.pageNo-1.json`) as {
      attribute: { data: { allRow: number } };
    };
    page.attribute.data.allRow = 1_000_000;
    const responses: Record<string, unknown> = {
      [summaryUrl(1)]: fixtureJson(`${F}find-my-record-list.pageNo-1.json`),
    };
    for (let p = 1; p <= 3; p++) responses[yearUrl(2024, p)] = page;
    const result = await yxlearning.read(fakeContext(WEIHAI, responses).ctx);
    expect(result).toMatchObject({ ok: false, reason: 'unrecognised' });
  });

  test('a new account with no years reads as zero records', async () => {
    const empty = { respCode: 200, respDesc: '', attribute: { data: { list: [], allRow: 0 } } };
    const result = await yxlearning.read(fakeContext(WEIHAI, { [summaryUrl(1)]: empty }).ctx);
    expect(result).toMatchObject({ ok: true, records: [], summaries: [] });
  });
});

describe('yxlearning page-table fallback', () => {
  const doc = () => parseHtml(fixture(`${F}record-page.html`));

  test('when the JSON is not recognised, the 学习档案 tables are read by header text', async () => {
    const responses = { [summaryUrl(1)]: { changed: 'shape' } };
    const result = await yxlearning.read(fakeContext(WEIHAI, responses, { document: doc() }).ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source).toBe('page-table');
    expect(result.warnings[0]).toContain('学习档案表格');
    expectMatchesFile(result.records, `${F}expected-table-records.json`);
    expect(result.summaries?.map((s) => [s.year, s.totalEarned, s.totalTarget, s.passed])).toEqual([
      [2024, 72, 90, false],
      [2023, 90, 90, true],
    ]);
  });

  test('table rows get the same ids as the JSON rows of the same classes', async () => {
    const json = await yxlearning.read(fakeContext(WEIHAI, yxResponses()).ctx);
    const table = await yxlearning.read(fakeContext(WEIHAI, {}, { document: doc() }).ctx);
    if (!json.ok || !table.ok) throw new Error('read failed');
    const jsonIds = new Set(json.records.map((r) => r.externalId));
    const passed = table.records.filter((r) => r.passed);
    expect(passed).toHaveLength(3);
    expect(passed.every((r) => jsonIds.has(r.externalId))).toBe(true);
  });

  test('a page without the tables keeps the JSON failure', async () => {
    const document = parseHtml('<html><body><p>登录</p></body></html>');
    const result = await yxlearning.read(fakeContext(WEIHAI, { [summaryUrl(1)]: { x: 1 } }, { document }).ctx);
    expect(result).toMatchObject({ ok: false, reason: 'unrecognised' });
  });
});
