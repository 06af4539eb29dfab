import { describe, expect, test } from 'vitest';
import { FetchJsonError } from '../../adapters/contract.ts';
import {
  cleanText,
  fetchFailure,
  hash,
  RowIds,
  readAllPages,
  toCategory,
  toDate,
  toHours,
  toPassed,
  toYear,
} from '../../adapters/util.ts';

describe('value readers', () => {
  test.each([
    [1709602200000, '2024-03-05'], // 09:30 Beijing
    ['1709602200000', '2024-03-05'],
    [Date.UTC(2024, 11, 31, 22), '2025-01-01'], // 06:00 Beijing on 1 January
    ['2024-03-05 23:59:59', '2024-03-05'], // a string is Beijing time as written
    ['2024/3/5', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['２０２４－０３－０５', '2024-03-05'],
    ['2024-03-05T10:00', '2024-03-05'],
    ['2024-02-30', null],
    ['2023-02-29', null],
    ['0000-00-00 00:00:00', null],
    [1709602200, null], // seconds: the page's own `new Date()` would show 1970
    [0, null],
    [Number.NaN, null],
    ['', null],
    [null, null],
    [{}, null],
    ['昨天', null],
  ])('toDate(%j) = %j', (value, expected) => {
    expect(toDate(value)).toBe(expected);
  });

  test.each([
    [6, 6],
    ['6', 6],
    ['3.5学时', 3.5],
    [' 12 ', 12],
    ['１２．５', 12.5],
    ['2学分', 2],
    [1 / 3, 0.33],
    [-1, null],
    [1001, null],
    ['--', null],
    ['六', null],
    ['1e3', null],
    [true, null],
    [Number.POSITIVE_INFINITY, null],
  ])('toHours(%j) = %j', (value, expected) => {
    expect(toHours(value)).toBe(expected);
  });

  test.each([
    [1, true],
    [0, false],
    ['1', true],
    ['0', false],
    [true, true],
    ['是', true],
    ['否', false],
    ['已通过', true],
    ['未通过', false],
    ['通过考核', true],
    ['已通过考核', true],
    ['未通过考核', false],
    ['不合格', false],
    ['学习完毕', true],
    ['学习中', false],
    ['未学习', false],
    ['已申请', null],
    [2, null],
    ['', null],
  ])('toPassed(%j) = %j', (value, expected) => {
    expect(toPassed(value)).toBe(expected);
  });

  test('years, categories, text', () => {
    expect([toYear('2023'), toYear(2024), toYear('2024年'), toYear('24'), toYear(2024.5)]).toEqual([
      2023,
      2024,
      2024,
      null,
      null,
    ]);
    expect([toCategory('公需科目'), toCategory('专业科目'), toCategory('公需/专业'), toCategory('选修')]).toEqual([
      'public',
      'professional',
      null,
      null,
    ]);
    expect(cleanText('  a\u202e\u0000b\n\nc ')).toBe('a b c');
    expect(cleanText('x'.repeat(300))).toHaveLength(200);
    expect(cleanText({ toString: () => 'no' })).toBe('');
  });

  test('ids: deterministic, and repeated rows numbered in order', () => {
    expect(hash('abc')).toBe(hash('abc'));
    expect(hash('abc')).not.toBe(hash('abd'));
    const ids = new RowIds();
    const [a, b, c] = [ids.next(['x']), ids.next(['x']), ids.next(['y'])];
    expect(b).toBe(`${a}-2`);
    expect(c).not.toBe(a);
  });

  test('fetch failures become clear Chinese messages', () => {
    expect(fetchFailure(new FetchJsonError('not-json')).reason).toBe('not-logged-in');
    expect(fetchFailure(new FetchJsonError('http', 403)).reason).toBe('not-logged-in');
    expect(fetchFailure(new FetchJsonError('http', 502)).message).toContain('HTTP 502');
    expect(fetchFailure(new Error('boom')).reason).toBe('network');
    expect(fetchFailure(undefined).message).toMatch(/网络/);
  });
});

describe('readAllPages', () => {
  const pages = (lists: number[][], total: number | null) => async (p: number) => ({
    ok: true as const,
    items: lists[p - 1] ?? [],
    total,
  });

  test('until the total', async () => {
    expect(await readAllPages(pages([[1, 2], [3, 4], [5]], 5), 2, 10)).toEqual({
      ok: true,
      items: [1, 2, 3, 4, 5],
      warnings: [],
    });
  });

  test('without a total: until a short page', async () => {
    expect(await readAllPages(pages([[1, 2], [3]], null), 2, 10)).toMatchObject({ ok: true, items: [1, 2, 3] });
  });

  test('an empty page before the total: what there is, with a warning', async () => {
    const result = await readAllPages(pages([[1, 2]], 5), 2, 10);
    expect(result).toMatchObject({ ok: true, items: [1, 2], warnings: ['平台报告共 5 条，实际读到 2 条。'] });
  });

  test('the same page twice: refused', async () => {
    const same = async () => ({ ok: true as const, items: [1, 2], total: 100 });
    expect(await readAllPages(same, 2, 10)).toMatchObject({ ok: false, failure: { reason: 'unrecognised' } });
  });

  test('the page bound: refused, nothing returned', async () => {
    let n = 0;
    const endless = async () => ({ ok: true as const, items: [n++, n++], total: null });
    const result = await readAllPages(endless, 2, 5);
    expect(result).toMatchObject({ ok: false, failure: { reason: 'too-many-pages' } });
    expect(n).toBe(10);
  });
});
