/** 校验错误的中文说明与字段路径；parseQuery、parseActivity 的结果。 */
import { describe, expect, test } from 'vitest';
import { type LedgerIssue, parseActivity, parseLedger, parseQuery } from '../src/index.ts';

const base = { formatVersion: 1, profile: { notice: 'QD23' } };

function errorsOf(r: { ok: true } | { ok: false; errors: LedgerIssue[] }): Record<string, string> {
  if (r.ok) throw new Error('应当不通过');
  return Object.fromEntries(r.errors.map((e) => [e.path, e.message]));
}

describe('messages name the field and what was expected, in plain Chinese', () => {
  test('activity fields: type, range, integer, enum with labels, missing, date, unknown kind', () => {
    const e = errorsOf(
      parseLedger({
        ...base,
        activities: [
          { id: 'a', kind: 'online-course', title: 'x', category: 'pub', date: '2023-02-29', hours: '3小时' },
          { id: 'b', kind: 'training', format: 'event', days: 1.5, date: '2023-04-31', hours: -1 },
          { id: 'c', kind: 'foo' },
          { kind: 'aid', year: 1980, months: 13 },
        ],
      }),
    );
    expect(e).toEqual({
      'activities[0].category':
        '应为以下之一：public（公需科目）、professional（专业科目）、unknown（未知（请确认））；实际是文字“pub”',
      'activities[0].hours': '应为数字，实际是文字“3小时”',
      'activities[0].date': '不是有效的日期（应为 YYYY-MM-DD）',
      'activities[1].days': '应为整数，实际是数字 1.5',
      'activities[1].date': '不是有效的日期（应为 YYYY-MM-DD）',
      'activities[1].hours': '不能小于 0，实际是 -1',
      'activities[2].kind': '未知的活动种类“foo”',
      'activities[3].id': '缺少必填字段',
      'activities[3].year': '不能小于 1990，实际是 1980',
      'activities[3].months': '不能大于 12，实际是 13',
    });
  });

  test('enum labels follow the activity kind (国家级 for a project, 国家标准 for a standard)', () => {
    const e = errorsOf(
      parseLedger({
        ...base,
        activities: [
          { id: 'a', kind: 'research-project', level: 'x', role: 'lead', startDate: '2020-01-01', date: '2020-01-01' },
          { id: 'b', kind: 'standard', level: 'x', rank: 1, date: '2020-01-01' },
        ],
      }),
    );
    expect(e['activities[0].level']).toContain('national（国家级）');
    expect(e['activities[1].level']).toContain('national（国家标准）');
  });

  test('sources, profile, shared result and non-objects', () => {
    const e = errorsOf(
      parseLedger({
        formatVersion: '1',
        profile: { notice: 'XX', currentTitle: { level: 'x' }, doctorate: 'no' },
        activities: [
          { id: 'a', kind: 'covid-frontline', year: 2020, source: { kind: 'web' } },
          { id: 'b', kind: 'covid-frontline', year: 2020, source: { kind: 'platform', platform: '' } },
          'x',
          null,
        ],
        sharedResult: { notice: 'QD23', query: { kind: 'application', level: 'junior', year: 2020, route: 'x' } },
      }),
    );
    expect(e).toMatchObject({
      formatVersion: '应为 1，实际是文字“1”',
      'profile.notice': '应为以下之一：WH19、LY17、QD23、QH20、NX19、USER；实际是文字“XX”',
      'profile.currentTitle.level': expect.stringContaining('full-senior（正高级）、none（无职称）'),
      'profile.doctorate': '应为是/否（true 或 false），实际是文字“no”',
      'activities[0].source.kind':
        '未知的来源种类“web”，应为以下之一：platform（学习平台）、manual（手工录入）、import（文件导入）',
      'activities[1].source.platform': '不能为空',
      'activities[1].source.externalId': '缺少必填字段',
      'activities[2]': '应为对象，实际是文字“x”',
      'activities[3]': '应为对象，实际是空值 null',
      'sharedResult.query.route': expect.stringContaining('review（评审）'),
      'sharedResult.figures': '缺少必填字段',
      'sharedResult.evaluatorVersion': '缺少必填字段',
    });
  });

  test('no English type names in any message', () => {
    const r = parseLedger({
      formatVersion: 1,
      profile: { notice: 1, doctorate: 1, name: 1 },
      activities: [{ id: 1, kind: 'leave', leaveType: 1, year: '2020', months: [], unitApproved: {} }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.length).toBeGreaterThan(5);
      for (const e of r.errors) expect(e.message).not.toMatch(/string|number|integer|boolean|object|array|undefined/i);
    }
  });

  test('every field error of the document is reported, capped at 20 with a “还有 N 处” line', () => {
    const act = (i: number) => ({ id: `a${i}`, kind: 'aid', year: 1, months: 1 });
    const r = parseLedger({ ...base, activities: Array.from({ length: 30 }, (_, i) => act(i)) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(21);
      expect(r.errors[19]).toEqual({ path: 'activities[19].year', message: '不能小于 1990，实际是 1' });
      expect(r.errors[20]).toEqual({ path: '', message: '还有 10 处错误未列出' });
    }
  });

  test('the version and duplicate-id messages are unchanged', () => {
    expect(errorsOf(parseLedger({ ...base, formatVersion: 2, activities: [] }))).toEqual({
      formatVersion: '文件的格式版本是 2，比本程序支持的版本 1 新，请升级学时通后再打开',
    });
    expect(errorsOf(parseLedger({ profile: base.profile, activities: [] }))).toEqual({
      formatVersion: '缺少格式版本（formatVersion），这不是学时通台账文件',
    });
    const act = { id: 'a', kind: 'covid-frontline', year: 2020 };
    expect(errorsOf(parseLedger({ ...base, activities: [act, act] }))).toEqual({
      'activities[1].id': '活动标识“a”与 activities[0] 重复',
    });
  });
});

describe('parseQuery', () => {
  test('fills the route default and drops unknown keys', () => {
    expect(parseQuery({ kind: 'application', level: 'intermediate', year: 2023, extra: 1 })).toEqual({
      ok: true,
      query: { kind: 'application', level: 'intermediate', year: 2023, route: 'review' },
    });
    expect(parseQuery({ kind: 'year', year: 2020 })).toEqual({ ok: true, query: { kind: 'year', year: 2020 } });
  });

  test('errors are relative to the query', () => {
    expect(errorsOf(parseQuery({ kind: 'application', level: 'senior', year: 2020 }))).toEqual({
      level:
        '应为以下之一：junior（初级）、intermediate（中级）、associate-senior（副高级）、full-senior（正高级）；实际是文字“senior”',
    });
    expect(errorsOf(parseQuery({ kind: 'month' }))).toEqual({
      kind: '未知的查询种类“month”，应为以下之一：year（年度）、application（职称申报）',
    });
    expect(errorsOf(parseQuery({ year: 2020 }))).toEqual({ kind: '缺少必填字段' });
    expect(errorsOf(parseQuery('2020'))).toEqual({ '': '应为对象，实际是文字“2020”' });
  });
});

describe('parseActivity', () => {
  test('fills defaults (source, courses) without touching the input', () => {
    const input = { id: 'q', kind: 'qualification-exam', examType: 'qualification', date: '2024-02-29', x: 1 };
    const copy = structuredClone(input);
    expect(parseActivity(input)).toEqual({
      ok: true,
      activity: {
        id: 'q',
        kind: 'qualification-exam',
        examType: 'qualification',
        date: '2024-02-29',
        courses: 1,
        source: { kind: 'manual' },
      },
    });
    expect(input).toEqual(copy);
  });

  test('errors are relative to the activity', () => {
    expect(
      errorsOf(parseActivity({ id: '', kind: 'makeup', category: 'public', date: '2020-01-01', forYear: 2019.5 })),
    ).toEqual({ id: '不能为空', forYear: '应为整数，实际是数字 2019.5' });
    expect(errorsOf(parseActivity({ id: 'a' }))).toEqual({ kind: '缺少必填字段' });
    expect(errorsOf(parseActivity([]))).toEqual({ '': '应为对象，实际是列表' });
  });
});
