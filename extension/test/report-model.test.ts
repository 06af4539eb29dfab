import { describe, expect, test } from 'vitest';
import {
  buildReport,
  mergeShapes,
  REPORT_LIMITS,
  reportFileName,
  reportText,
  sampleOf,
  structureOf,
  whyNotRepeat,
} from '../entrypoints/report/model.ts';

describe('JSON structure', () => {
  test('keys and types; an array is its length and its items merged', () => {
    expect(
      structureOf({
        code: '0',
        data: {
          list: [
            { courseId: 'c1', learnPercent: 100 },
            { courseId: 'c2', learnPercent: '100', duration: '01:30:00' },
          ],
          empty: [],
          total: null,
        },
      }),
    ).toEqual({
      code: 'string',
      data: {
        list: ['array, 2 items', { courseId: 'string', learnPercent: 'number|string', 'duration?': 'string' }],
        empty: ['array, 0 items'],
        total: 'null',
      },
    });
  });

  test('mixed item kinds and nested arrays merge without throwing', () => {
    expect(mergeShapes('string', { a: 'number' })).toBe('object|string');
    expect(mergeShapes(['array, 1 items', 'number'], ['array, 2 items', 'string'])).toEqual(['array', 'number|string']);
    expect(structureOf([1, 'a', null, [1], { a: 1 }])).toEqual(['array, 5 items', 'array|null|number|object|string']);
  });

  test('depth and key counts are bounded', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 50; i++) deep = { d: deep };
    expect(JSON.stringify(structureOf(deep)).length).toBeLessThan(200);
    const wide = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    expect(Object.keys(structureOf(wide) as object)).toHaveLength(REPORT_LIMITS.keys + 1);
  });
});

describe('samples', () => {
  test('arrays keep their first items, long strings are shortened', () => {
    const out = sampleOf({ list: Array.from({ length: 10 }, (_, i) => ({ i })), text: 'x'.repeat(500) }) as {
      list: unknown[];
      text: string;
    };
    expect(out.list).toEqual([{ i: 0 }, { i: 1 }, { i: 2 }]);
    expect(out.text).toMatch(/^x{120}…（共 500 字）$/);
  });
});

describe('which requests the report repeats', () => {
  const origin = 'https://study.example.cn';
  test.each([
    ['https://study.example.cn/api/study/list?pageNo=1', null],
    ['https://study.example.cn/train/cms/record/find-my-record-list.gson?pageNo=1', null],
    ['https://study.example.cn/gp6/lms/stu/trainplanCourseHandle/selected_course?curPage=1', null],
    ['https://other.example.cn/api/list', '其他网站的请求，不读取'],
    ['https://study.example.cn/api/study/heartbeat', '看起来会修改数据的请求，不重复'],
    ['https://study.example.cn/api/saveProgress', '看起来会修改数据的请求，不重复'],
    ['https://study.example.cn/user/logout', '看起来会修改数据的请求，不重复'],
    ['https://study.example.cn/course/update-learn-time', '看起来会修改数据的请求，不重复'],
  ])('%s', (url, why) => {
    expect(whyNotRepeat(url, origin)).toBe(why);
  });
});

describe('the report', () => {
  const collected = {
    url: 'https://study.example.cn/my/records?token=abc#/list?sfzh=11010519491231002X',
    title: '学习档案 - 欢迎您，王小明',
    tables: [
      {
        index: 0,
        header: ['姓名', '课程名称', '学时', '完成时间'],
        rows: [
          ['王小明', '高原医学进展', '6', '2020-05-06'],
          ['王小明', '卫生法规选讲', '4', '2020-06-11'],
          ['王小明', '第三门', '4', '2020-06-12'],
          ['王小明', '第四门', '4', '2020-06-13'],
        ],
      },
    ],
    json: [
      {
        url: 'https://study.example.cn/api/user?mobile=13812345678',
        status: 200,
        contentType: 'application/json',
        body: {
          data: { xm: '王小明', idCard: '11010519491231002X', list: [{ courseName: 'a', phone: '13812345678' }] },
        },
      },
      { url: 'https://study.example.cn/api/x', status: 500, contentType: 'text/html', note: '不是 JSON（10 字）' },
    ],
    skipped: [{ url: 'https://study.example.cn/api/heartbeat?token=abc', why: '看起来会修改数据的请求，不重复' }],
  };

  test('keeps the structure and loses every personal item', () => {
    const report = buildReport(collected, new Date('2026-11-24T06:00:00Z'));
    const text = reportText(report);
    for (const p of ['王小明', '11010519491231002X', '13812345678', 'abc']) expect(text).not.toContain(p);
    expect(report.page.host).toBe('study.example.cn');
    expect(report.tables[0]).toMatchObject({
      rowCount: 4,
      columns: 4,
      header: ['姓名', '课程名称', '学时', '完成时间'],
      proposedMapping: { title: '课程名称', hours: '学时', date: '完成时间', hoursUnit: 'hours' },
    });
    expect(report.tables[0]?.sampleRows).toHaveLength(REPORT_LIMITS.sampleRows);
    expect(report.json[0]?.structure).toEqual({
      data: { xm: 'string', idCard: 'string', list: ['array, 1 items', { courseName: 'string', phone: 'string' }] },
    });
    expect(report.json[1]).toEqual({
      url: 'https://study.example.cn/api/x',
      status: 500,
      contentType: 'text/html',
      note: '不是 JSON（10 字）',
    });
    expect(report.removed.idCard).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(text).format).toBe('xueshi-page-report');
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'createdAt',
      'page',
      'removed',
      'tables',
      'json',
      'skipped',
    ]);
    expect(reportFileName(report)).toBe('xueshi-report-study.example.cn-20261124-0600.json');
  });
});
