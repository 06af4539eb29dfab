import { describe, expect, test } from 'vitest';
import {
  EMPTY_MAPPING,
  extractTables,
  findCandidatesInPage,
  findCandidateTables,
  mapColumns,
  type RawTable,
  readTable,
} from '../../adapters/generic-table/index.ts';
import { parseHtml } from './dom.ts';
import { expectMatchesFile, fixture } from './helpers.ts';

const G = 'generic-table/fixtures/';

describe('header mapping', () => {
  test.each([
    [['课程名称', '学时', '完成时间'], { title: 0, hours: 1, date: 2 }],
    [['班级名称', '是否通过考核', '通过考核时间', '获得学时'], { title: 0, status: 1, date: 2, hours: 3 }],
    [
      ['课程', '学分', '考核时间', '科目类型', '状态'],
      { title: 0, hours: 1, hoursUnit: 'credits', date: 2, category: 3, status: 4 },
    ],
    [
      ['序号', '课程名称', '课程类别', '学时（小时）', '开始时间', '完成日期'],
      { title: 1, category: 2, hours: 3, date: 5 },
    ],
    [['年度', '班级名称', '获得学时', '要求学时', '通过时间'], { year: 0, title: 1, hours: 2, date: 4 }],
    [[' 课程名称： ', '已获学分', '结业时间'], { title: 0, hours: 1, hoursUnit: 'credits', date: 2 }],
  ])('%j', (header, expected) => {
    expect(mapColumns(header)).toEqual({ ...EMPTY_MAPPING, ...expected });
  });

  test('a layout or unrelated table is no candidate; complete tables come first', () => {
    const tables: RawTable[] = [
      { index: 0, header: ['首页', '我的学习'], rows: [['a', 'b']] },
      { index: 1, header: ['课程名称', '完成时间'], rows: [['x', '2020-01-01']] },
      { index: 2, header: ['课程名称', '学时', '完成时间'], rows: [['y', '2', '2020-01-01']] },
      { index: 3, header: ['课程名称', '学时', '完成时间'], rows: [] },
      { index: 4, header: ['姓名', '身份证号', '单位'], rows: [['张三', '1', 'x']] },
    ];
    const found = findCandidateTables(tables);
    expect(found.map((c) => [c.table.index, c.missing])).toEqual([
      [2, []],
      [1, ['hours']],
    ]);
  });
});

const table: RawTable = {
  index: 0,
  header: ['课程名称', '学分', '通过时间', '类别'],
  rows: [
    ['课程甲', '2', '2021-03-04', ''],
    ['课程乙', '1.5', '2021-05-06', '公需'],
    ['课程名称', '学分', '通过时间', '类别'],
    ['', '', '', ''],
    ['小计', '3.5', '', ''],
  ],
};

describe('reading a table', () => {
  test('学分 without a rate: records with hours pending and a request for the rate', () => {
    const result = readTable(table, { host: 'www.upol.cn' });
    if (!result.ok) throw new Error(result.message);
    expect(result.records.map((r) => r.hours)).toEqual([null, null]);
    expect(result.needs).toEqual(expect.arrayContaining(['hours-per-credit', 'category']));
    expect(result.warnings).toContain('学时列是学分：请填写 1 学分折合多少学时。');
  });

  test('学分 × the user rate; category per row where given, else the user choice', () => {
    const result = readTable(table, { host: 'www.upol.cn', hoursPerCredit: 10, category: 'professional' });
    if (!result.ok) throw new Error(result.message);
    expect(result.records.map((r) => [r.title, r.hours, r.category, r.year])).toEqual([
      ['课程甲', 20, 'professional', 2021],
      ['课程乙', 15, 'public', 2021],
    ]);
    expect(result.source).toBe('generic-table');
  });

  test('the same rows read again (other rate, other category) keep their ids: no duplicates', () => {
    const a = readTable(table, { host: 'www.upol.cn' });
    const b = readTable(table, { host: 'www.upol.cn', hoursPerCredit: 8, category: 'public' });
    if (!a.ok || !b.ok) throw new Error('read failed');
    expect(a.records.map((r) => r.externalId)).toEqual(b.records.map((r) => r.externalId));
  });

  test('a mapping the user changed is used as given', () => {
    const result = readTable(table, {
      host: 'x.cn',
      mapping: { ...EMPTY_MAPPING, title: 0, hours: 1, hoursUnit: 'hours', date: null },
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.records.map((r) => [r.hours, r.completedOn])).toEqual([
      [2, null],
      [1.5, null],
    ]);
    expect(result.needs).toContain('year');
  });

  test.each([
    [{ ...EMPTY_MAPPING }, '请先为“课程名称”指定'],
    [{ ...EMPTY_MAPPING, title: 9 }, '请先为“课程名称”指定'],
    [{ ...EMPTY_MAPPING, title: -1 }, '请先为“课程名称”指定'],
    [{ ...EMPTY_MAPPING, title: 0.5 }, '请先为“课程名称”指定'],
  ])('an impossible mapping fails as a whole: %j', (mapping, message) => {
    const result = readTable(table, { host: 'x.cn', mapping });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1000])(
    'an invalid hours-per-credit %s fails as a whole',
    (rate) => {
      expect(readTable(table, { host: 'x.cn', hoursPerCredit: rate })).toMatchObject({ ok: false });
    },
  );
});

describe('tables of a page', () => {
  test('upol-like page: the record table is found and read', () => {
    const doc = parseHtml(fixture(`${G}upol-like.html`));
    const [best, ...rest] = findCandidatesInPage(doc);
    expect(rest).toEqual([]);
    expect(best?.missing).toEqual([]);
    expect(best?.mapping).toMatchObject({ title: 1, category: 2, hours: 3, date: 4, status: 5 });
    if (!best) return;
    const result = readTable(best.table, { host: 'www.upol.cn', mapping: best.mapping });
    if (!result.ok) throw new Error(result.message);
    expectMatchesFile(result.records, `${G}expected-upol-like.json`);
    expect(result.warnings).toEqual([
      '跳过 1 行（没有课程名称或是合计行）。',
      '1 条记录没有可用的学时数，已标为“学时待补”。',
      '3 条记录的年度按完成时间推定，请核对。',
    ]);
  });

  test('Element UI split header/body tables are joined; 学分 asks for a rate', () => {
    const doc = parseHtml(fixture(`${G}element-split.html`));
    const tables = extractTables(doc);
    expect(tables).toHaveLength(1);
    const [best] = findCandidateTables(tables);
    expect(best?.mapping.hoursUnit).toBe('credits');
    if (!best) return;
    const result = readTable(best.table, { host: 'www.qhjjglpt.com', hoursPerCredit: 10, category: 'public' });
    if (!result.ok) throw new Error(result.message);
    expectMatchesFile(result.records, `${G}expected-element-split.json`);
  });

  test('hostile cell text stays text', () => {
    const doc = parseHtml(
      '<table><tr><th>课程名称</th><th>学时</th><th>完成时间</th></tr><tr><td>&lt;img src=x onerror=alert(1)&gt;\u202e课程</td><td>2</td><td>2020-01-01</td></tr></table>',
    );
    const [best] = findCandidatesInPage(doc);
    const result = best && readTable(best.table, { host: 'x.cn' });
    expect(result?.ok && result.records[0]?.title).toBe('<img src=x onerror=alert(1)> 课程');
  });
});
