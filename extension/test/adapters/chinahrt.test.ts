import { describe, expect, test } from 'vitest';
import { chinahrt, coursesUrl, locate, plansUrl } from '../../adapters/chinahrt/index.ts';
import { hoursFromPageText } from '../../adapters/chinahrt/page-text.ts';
import { parseHtml } from './dom.ts';
import {
  CHINAHRT_TOKEN,
  chinahrtResponses,
  expectMatchesFile,
  fakeContext,
  fixture,
  fixtureJson,
  storage,
} from './helpers.ts';

const C = 'chinahrt/fixtures/';
const GP_COURSES = 'https://gp.chinahrt.com/index.html#/v_selected_course?trainplanId=8a2f01&platformId=88';
const GP_PLANS = 'https://gp.chinahrt.com/index.html#/v_trainplan_list';
const gpSession = () => ({ sessionStorage: storage({ jwtToken: CHINAHRT_TOKEN, platformId: '88' }) });

describe('chinahrt', () => {
  test('a plan page: every page of its courses, with the page token, into the expected records', async () => {
    const { ctx, requests } = fakeContext(GP_COURSES, chinahrtResponses(), gpSession());
    const result = await chinahrt.read(ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectMatchesFile(result.records, `${C}expected-records.8a2f01.json`);
    expect(requests).toEqual([
      { path: coursesUrl('8a2f01', '88', 1), headers: { hrttoken: CHINAHRT_TOKEN } },
      { path: coursesUrl('8a2f01', '88', 2), headers: { hrttoken: CHINAHRT_TOKEN } },
    ]);
    // No hours field exists: 学时待补, never invented; category and year are for the user.
    expect(result.records.every((r) => r.hours === null && r.category === null && r.year === null)).toBe(true);
    expect(result.needs).toEqual(['hours', 'category', 'year']);
    expect(result.warnings.join()).toContain('学时待补');
    expect(JSON.stringify(result)).not.toContain(CHINAHRT_TOKEN);
  });

  test('progress as the page shows it: number or "100"; 100 counts as finished', async () => {
    const result = await chinahrt.read(fakeContext(GP_COURSES, chinahrtResponses(), gpSession()).ctx);
    if (!result.ok) throw new Error('read failed');
    expect(result.records.map((r) => r.progressPercent)).toEqual([
      100, 100, 100, 100, 100, 100, 100, 100, 100, 35.5, 0, 100,
    ]);
    expect(result.records.map((r) => r.passed).filter((p) => p === false)).toHaveLength(2);
  });

  test('the plan list: every plan, then every page of each plan', async () => {
    const { ctx, requests } = fakeContext(GP_PLANS, chinahrtResponses(), gpSession());
    const result = await chinahrt.read(ctx);
    if (!result.ok) throw new Error(result.message);
    expect(result.records).toHaveLength(13);
    expect(requests.map((r) => r.path)).toEqual([
      plansUrl('88', 1),
      coursesUrl('8a2f01', '88', 1),
      coursesUrl('8a2f01', '88', 2),
      coursesUrl('8a2f02', '88', 1),
    ]);
    expect(result.records.at(-1)).toMatchObject({ externalId: '88:8a2f02:20017', title: '建设工程质量安全管理' });
  });

  test('edu.chinahrt.com: platformId from the path, token from localStorage, appid header', async () => {
    const { ctx, requests } = fakeContext(
      'https://edu.chinahrt.com/88/learning_center/plan_course/8a2f02',
      chinahrtResponses(),
      { localStorage: storage({ 'SESSIONTOKEN-88': JSON.stringify(CHINAHRT_TOKEN) }) },
    );
    const result = await chinahrt.read(ctx);
    // Same platform as gp.chinahrt.com: the same key, whichever front end read it.
    expect(result).toMatchObject({
      ok: true,
      records: [{ host: 'gp.chinahrt.com', externalId: '88:8a2f02:20017', passed: true }],
    });
    expect(requests[0]?.headers).toEqual({ hrttoken: CHINAHRT_TOKEN, appid: 'gp6-1' });
  });

  test('no token: asks to log in, makes no request', async () => {
    const { ctx, requests } = fakeContext(GP_COURSES, chinahrtResponses(), { sessionStorage: storage({}) });
    expect(await chinahrt.read(ctx)).toMatchObject({ ok: false, reason: 'not-logged-in' });
    expect(requests).toEqual([]);
  });

  test('an expired token: asks to log in, no records', async () => {
    const responses = {
      ...chinahrtResponses(),
      [coursesUrl('8a2f01', '88', 2)]: fixtureJson(`${C}token-expired.json`),
    };
    const result = await chinahrt.read(fakeContext(GP_COURSES, responses, gpSession()).ctx);
    expect(result).toEqual({
      ok: false,
      reason: 'not-logged-in',
      message: '登录已失效，请重新登录平台后再读取。（平台提示：token已失效，请重新登录）',
    });
  });

  test('a portal without the API says where the records are', async () => {
    const result = await chinahrt.read(fakeContext('https://nxzj.chinahrt.com/', {}).ctx);
    expect(result).toMatchObject({ ok: false, reason: 'not-record-page' });
    expect(chinahrt.matches(new URL('https://nxzj.chinahrt.com/'))).toBe(true);
  });

  test('plan ids: trainplanId, else id with a warning, else not recognised', async () => {
    const withId = {
      ...chinahrtResponses(),
      [plansUrl('88', 1)]: { code: '0', data: { listData: [{ id: '8a2f02' }], totalCount: 1 } },
    };
    const guessed = await chinahrt.read(fakeContext(GP_PLANS, withId, gpSession()).ctx);
    expect(guessed).toMatchObject({ ok: true, records: [{ externalId: '88:8a2f02:20017' }] });
    expect(guessed.ok && guessed.warnings.join()).toContain('按字段 id 推定');
    const none = { ...withId, [plansUrl('88', 1)]: { code: '0', data: { listData: [{ name: 'x' }], totalCount: 1 } } };
    expect(await chinahrt.read(fakeContext(GP_PLANS, none, gpSession()).ctx)).toMatchObject({
      ok: false,
      reason: 'unrecognised',
    });
  });

  test('hash routes decide the record page (the Vue app changes only the hash)', () => {
    const at = (u: string) => locate(new URL(u)).kind;
    expect(at(GP_PLANS)).toBe('plans');
    expect(at(GP_COURSES)).toBe('courses');
    expect(at('https://gp.chinahrt.com/index.html#/v_courseDetails?courseId=1')).toBe('none');
    expect(at('https://gp.chinahrt.com/index.html#/v_selected_course')).toBe('none');
    expect(at('https://gp.hst360.com/#/v_trainplan_list')).toBe('plans');
    expect(at('https://edu.chinahrt.com/151/learning_center/plan_course/42')).toBe('courses');
  });
});

describe('chinahrt hours from page text', () => {
  test('taken only where one figure stands next to the course name', async () => {
    const document = parseHtml(fixture(`${C}course-page.html`));
    const names = [
      '习近平新时代中国特色社会主义思想概论',
      '数字经济与数字化转型',
      '专业技术人员创新能力培养',
      '法治中国建设专题',
      '不在页面上的课程',
    ];
    expect(hoursFromPageText(document, names)).toEqual([3, 2.5, null, null, null]);
    const result = await chinahrt.read(fakeContext(GP_COURSES, chinahrtResponses(), { ...gpSession(), document }).ctx);
    if (!result.ok) throw new Error(result.message);
    expect(result.records.slice(0, 4).map((r) => r.hours)).toEqual([3, 2.5, null, null]);
    expect(result.records[0]?.raw?.hoursFrom).toBe('page-text');
    expect(result.warnings.join()).toContain('2 门课程的学时取自页面上显示的文字');
  });
});
