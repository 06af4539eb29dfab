/** 恶意或损坏的输入（issue 11 第 1 点）：parseLedger 永远给出中文答复，不抛异常；消息里引用的用户输入有界。 */
import { describe, expect, test } from 'vitest';
import { type LedgerIssue, parseActivity, parseLedger, parseQuery } from '../src/index.ts';

const base = { formatVersion: 1, profile: { notice: 'QD23' } };
/** 嵌套 n 层的列表：[[[…]]]。 */
const nested = (n: number): unknown => JSON.parse(`${'['.repeat(n)}${']'.repeat(n)}`);

function errors(r: { ok: true } | { ok: false; errors: LedgerIssue[] }): LedgerIssue[] {
  if (r.ok) throw new Error('应当不通过');
  return r.errors;
}

describe('deeply nested discriminators', () => {
  const deep = nested(10_000);
  test.each([
    ['activity kind', () => parseLedger({ ...base, activities: [{ id: 'a', kind: deep }] }), 'activities[0].kind'],
    [
      'source kind',
      () =>
        parseLedger({
          ...base,
          activities: [{ id: 'a', kind: 'computer-exam', date: '2020-01-01', source: { kind: deep } }],
        }),
      'activities[0].source.kind',
    ],
    ['query kind', () => parseQuery({ kind: deep, year: 2020 }), 'kind'],
    [
      'shared result query kind',
      () =>
        parseLedger({
          ...base,
          activities: [],
          sharedResult: { notice: 'QD23', query: { kind: deep }, figures: {}, evaluatorVersion: '1' },
        }),
      'sharedResult.query.kind',
    ],
  ])('%s nested 10,000 levels: a Chinese message at the field, no RangeError', (_, run, path) => {
    const e = errors(run()).find((i) => i.path === path);
    expect(e?.message).toMatch(/^未知的.*种类/);
    expect(e?.message.length).toBeLessThan(60);
  });
});

describe('user input is quoted at most a few dozen characters', () => {
  const huge = 'x'.repeat(5_000_000);
  test('an unknown 5 MB kind', () => {
    const [e] = errors(parseActivity({ id: 'a', kind: huge }));
    expect(e?.message.startsWith('未知的活动种类“xxxx')).toBe(true);
    expect(e?.message.length).toBeLessThan(80);
  });

  test('a duplicate 5 MB id', () => {
    const act = { id: huge, kind: 'covid-frontline', year: 2020 };
    const [e] = errors(parseLedger({ ...base, activities: [act, act] }));
    expect(e?.path).toBe('activities[1].id');
    expect(e?.message).toContain('重复');
    expect(e?.message.length).toBeLessThan(80);
  });

  test('a long wrong value in an enum, a const, a number field', () => {
    const r = parseLedger({
      formatVersion: huge,
      profile: { notice: huge },
      activities: [{ id: 'a', kind: 'online-course', title: 't', category: huge, hours: huge, date: huge }],
    });
    for (const e of errors(r)) expect(e.message.length, e.path).toBeLessThan(200);
  });

  test('a quotation never splits a surrogate pair (emoji at the cut)', () => {
    const [e] = errors(parseActivity({ id: 'a', kind: `${'x'.repeat(23)}😀😀😀😀😀😀` }));
    expect(e?.message).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('activity dates: within 1990–2100, start not after end', () => {
  const exam = (date: string) => parseActivity({ id: 'a', kind: 'computer-exam', date });
  test.each(['0001-01-01', '9999-12-31', '1989-12-31', '2101-01-01'])('%s is refused with the bounds', (date) => {
    const [e] = errors(exam(date));
    expect(e?.path).toBe('date');
    expect(e?.message).toContain('1990');
    expect(e?.message).toContain('2100');
  });

  test.each(['1990-01-01', '2100-12-31', '2000-02-29'])('%s is accepted', (date) => {
    expect(exam(date).ok).toBe(true);
  });

  test('a start date after the end date is refused at startDate, in Chinese', () => {
    const r = parseLedger({
      ...base,
      activities: [
        { id: 'a', kind: 'self-study', startDate: '2021-09-01', date: '2020-07-01' },
        { id: 'b', kind: 'degree', degreeType: 'higher', startDate: '2018-09-01', date: '2018-09-01' },
        {
          id: 'c',
          kind: 'research-project',
          level: 'national',
          role: 'lead',
          startDate: '2024-01-02',
          date: '2024-01-01',
        },
      ],
    });
    expect(errors(r).map((e) => [e.path, e.message])).toEqual([
      ['activities[0].startDate', '开始日期 2021-09-01 晚于结束日期 2020-07-01'],
      ['activities[2].startDate', '开始日期 2024-01-02 晚于结束日期 2024-01-01'],
    ]);
    const single = parseActivity({ id: 'a', kind: 'self-study', startDate: '2021-09-01', date: '2020-07-01' });
    expect(errors(single)[0]?.path).toBe('startDate');
  });
});
