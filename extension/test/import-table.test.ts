import { readFileSync } from 'node:fs';
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { EMPTY_MAPPING, extractTables, type RawTable } from '../adapters/generic-table/index.ts';
import {
  convert,
  hostOf,
  type ImportChoices,
  initialChoices,
  isCreditHeader,
  parseRate,
  problems,
  savedMessage,
  tableChoices,
  tableLabel,
} from '../entrypoints/import-table/model.ts';
import { openDb } from '../lib/db.ts';
import { asSnapshot, mergeFrames } from '../lib/page-tools.ts';
import { allRecords } from '../lib/records.ts';
import { saveRead } from '../lib/save-read.ts';
import { parseHtml } from './adapters/dom.ts';

const upol = extractTables(
  parseHtml(readFileSync(new URL('../adapters/generic-table/fixtures/upol-like.html', import.meta.url), 'utf8')),
);

describe('tables offered', () => {
  test('the record table first, other tables after it', () => {
    const other: RawTable = { index: 1, header: ['通知', '日期'], rows: [['放假', '2017-01-01']] };
    const choices = tableChoices([other, ...upol]);
    expect(choices.map((c) => c.looksLikeRecords)).toEqual([true, false]);
    expect(tableLabel(choices[0] as (typeof choices)[0])).toBe(
      '第 1 个表格（像学习记录，5 行）：序号 / 课程名称 / 课程类别 / 学时 / 完成时间 / 状态',
    );
    expect(tableLabel(choices[1] as (typeof choices)[0])).toBe('第 2 个表格（其他表格，1 行）：通知 / 日期');
  });

  test('tables without rows are not offered', () => {
    expect(tableChoices([{ index: 0, header: ['a'], rows: [] }])).toEqual([]);
  });
});

describe('what the user must still choose', () => {
  const table = upol[0] as RawTable;
  const base = () => initialChoices(tableChoices(upol)[0] as ReturnType<typeof tableChoices>[0]);

  test('the proposed mapping of a table with a category column is ready', () => {
    expect(problems(table, base())).toEqual([]);
  });

  test('no course column, no hours and no date, one column twice', () => {
    const c = base();
    c.mapping = { ...EMPTY_MAPPING, status: 3, year: 3 };
    expect(problems(table, c)).toEqual([
      '请为“课程名称”选择表格中的一列。',
      '请至少为“学时”或“完成日期”选择一列。',
      '同一列不能对应两项内容。',
      '表格没有类别列：请选择这些课程的类别（或稍后补充）。',
    ]);
  });

  test('a 学分 column needs a rate; a year must be a year', () => {
    const c: ImportChoices = { ...base(), hoursPerCredit: '', year: '17' };
    c.mapping = { ...c.mapping, hoursUnit: 'credits' };
    expect(problems(table, c)).toEqual([
      '学时列是学分：请填写 1 学分折合多少学时（大于 0，不超过 100）。',
      '年度应为 1990 到 2100 之间的四位数字。',
    ]);
    expect(problems(table, { ...c, hoursPerCredit: '２', year: '2017' })).toEqual([]);
  });

  test.each([
    ['2', 2],
    [' 1.5 ', 1.5],
    ['0', null],
    ['-1', null],
    ['101', null],
    ['abc', null],
    ['', null],
  ])('rate %j → %j', (text, rate) => {
    expect(parseRate(text)).toBe(rate);
  });

  test('学分 headers', () => {
    expect(isCreditHeader('已获学分')).toBe(true);
    expect(isCreditHeader('学时')).toBe(false);
    expect(isCreditHeader('学时（学分）')).toBe(false);
  });
});

describe('conversion and storing', () => {
  const table = upol[0] as RawTable;

  test('the category choice fills rows without a category column; ids do not depend on it', () => {
    const c = initialChoices(tableChoices(upol)[0] as ReturnType<typeof tableChoices>[0]);
    const withColumn = convert(table, 'www.upol.cn', c);
    const professional = convert(table, 'www.upol.cn', {
      ...c,
      category: 'professional',
      mapping: { ...c.mapping, category: null },
    });
    const later = convert(table, 'www.upol.cn', { ...c, category: 'later', mapping: { ...c.mapping, category: null } });
    if (!withColumn.ok || !professional.ok || !later.ok) throw new Error('expected ok');
    expect(professional.records.map((r) => r.category)).toEqual(Array(4).fill('professional'));
    expect(later.records.map((r) => r.category)).toEqual(Array(4).fill(null));
    expect(professional.records.map((r) => r.externalId)).toEqual(withColumn.records.map((r) => r.externalId));
  });

  test('saving the same table twice adds nothing the second time', async () => {
    const db = openDb(`import-table-${Math.random()}`);
    const c = initialChoices(tableChoices(upol)[0] as ReturnType<typeof tableChoices>[0]);
    const read = convert(table, 'www.upol.cn', c);
    if (!read.ok) throw new Error(read.message);
    const first = await saveRead(db, { platform: 'generic', host: 'www.upol.cn' }, read);
    const second = await saveRead(
      db,
      { platform: 'generic', host: 'www.upol.cn' },
      convert(table, 'www.upol.cn', c) as typeof read,
    );
    expect(savedMessage(first)).toBe('已保存 4 条（新增 4 条）。');
    expect(savedMessage(second)).toBe('已保存 4 条（新增 0 条，4 条已在台账中）。');
    expect((await allRecords(db)).length).toBe(4);
    db.close();
  });

  test('hosts', () => {
    expect(hostOf('http://WWW.upol.cn:8080/x')).toBe('www.upol.cn');
    expect(hostOf('file:///tmp/a.html')).toBe('');
    expect(hostOf('nonsense')).toBe('');
  });
});

describe('what comes back from the page', () => {
  test('a snapshot is checked, bad tables dropped', () => {
    expect(asSnapshot(null)).toBeNull();
    expect(asSnapshot({ url: 1, title: '', tables: [] })).toBeNull();
    expect(
      asSnapshot({
        url: 'https://a.cn/',
        title: 't',
        tables: [{ index: 0, header: ['a'], rows: [['x']] }, { index: 1, header: 'x', rows: [] }, null],
      }),
    ).toEqual({ url: 'https://a.cn/', title: 't', tables: [{ index: 0, header: ['a'], rows: [['x']] }] });
  });

  test('frames from the same site are merged, others left out', () => {
    const t = (h: string): RawTable => ({ index: 0, header: [h], rows: [['1']] });
    const merged = mergeFrames([
      { frameId: 7, snapshot: { url: 'https://a.cn/frame', title: 'f', tables: [t('in-frame')] } },
      { frameId: 0, snapshot: { url: 'https://a.cn/page', title: 'top', tables: [t('top')] } },
      { frameId: 9, snapshot: { url: 'https://ads.example/', title: 'ad', tables: [t('ad')] } },
    ]);
    expect(merged?.title).toBe('top');
    expect(merged?.tables.map((x) => [x.index, x.header[0]])).toEqual([
      [0, 'top'],
      [1, 'in-frame'],
    ]);
    expect(mergeFrames([])).toBeNull();
  });
});
