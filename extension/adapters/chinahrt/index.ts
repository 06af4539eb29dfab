/**
 * chinahrt (宁夏 nxzj and many provinces' portals, which hand over to gp.chinahrt.com /
 * edu.chinahrt.com; white-label copy gp.hst360.com). The app is Vue 2 with hash routes [seen];
 * the API is `/gp6/...` with the page's JWT in an `hrttoken` header [seen].
 *
 * What it cannot know: no hours (学时) field, no 公需/专业 field and no completion date has been
 * observed, so hours stay null (学时待补) unless the page text shows a figure next to the course
 * name, and category, year and date stay null for the user to supply.
 */
// zod/mini: the content script's validation at a fraction of full zod's size.
import { z } from 'zod/mini';
import type { Adapter, PlatformRecord, ReadContext, ReadFail, ReadResult } from '../contract.ts';
import { fail, pageText } from '../contract.ts';
import {
  cleanText,
  fetchFailure,
  type PageOutcome,
  platformText,
  rawValue,
  readAllPages,
  toNumber,
  UNRECOGNISED_MESSAGE,
} from '../util.ts';
import { hoursFromPageText } from './page-text.ts';

export const PAGE_SIZE = 10;
export const MAX_PAGES = 200;

const APP_HOSTS = new Set(['gp.chinahrt.com', 'gp.hst360.com']);
const EDU_HOST = 'edu.chinahrt.com';

export const plansUrl = (platformId: string, page: number) =>
  // The page also sends isFinish and year (its tabs and year filter); leaving them out asks for
  // every plan [guess: their accepted values are not observed].
  `/gp6/lms/stu/trainplan/list?platformId=${encodeURIComponent(platformId)}&pageSize=${PAGE_SIZE}&curPage=${page}&sortIsYear=1`;

export const coursesUrl = (trainplanId: string, platformId: string, page: number) =>
  `/gp6/lms/stu/trainplanCourseHandle/selected_course?trainplanId=${encodeURIComponent(trainplanId)}&platformId=${encodeURIComponent(platformId)}&curPage=${page}&pageSize=${PAGE_SIZE}`;

/** `#/v_selected_course?trainplanId=1&platformId=2` → route and its query. */
export function hashRoute(url: URL): { route: string; params: URLSearchParams } {
  const hash = url.hash.replace(/^#/, '');
  const q = hash.indexOf('?');
  return {
    route: (q >= 0 ? hash.slice(0, q) : hash).replace(/\/+$/, ''),
    params: new URLSearchParams(q >= 0 ? hash.slice(q + 1) : ''),
  };
}

const EDU_PLAN = /^\/(\d+)\/learning_center\/plan_course\/([^/?#]+)/;

type Where =
  | { kind: 'plans'; platformId: string | null }
  | { kind: 'courses'; platformId: string | null; trainplanId: string }
  | { kind: 'none' };

/** Which record page this is, from the URL alone. */
export function locate(url: URL): Where {
  const host = url.hostname.toLowerCase();
  if (APP_HOSTS.has(host)) {
    const { route, params } = hashRoute(url);
    if (route === '/v_trainplan_list') return { kind: 'plans', platformId: params.get('platformId') };
    const trainplanId = params.get('trainplanId');
    if (route === '/v_selected_course' && trainplanId) {
      return { kind: 'courses', platformId: params.get('platformId'), trainplanId };
    }
  }
  if (host === EDU_HOST) {
    const m = EDU_PLAN.exec(url.pathname);
    if (m?.[1] && m[2]) return { kind: 'courses', platformId: m[1], trainplanId: decodeURIComponent(m[2]) };
  }
  return { kind: 'none' };
}

/** Storage values are sometimes JSON-encoded strings [guess]; tokens must be header-safe. */
function storedToken(value: string | null | undefined): string | null {
  if (!value) return null;
  let token = value.trim();
  if (token.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(token);
      token = typeof parsed === 'string' ? parsed : '';
    } catch {
      return null;
    }
  }
  return /^[\x21-\x7e]{1,4096}$/.test(token) ? token : null;
}

function session(
  ctx: ReadContext,
  where: Exclude<Where, { kind: 'none' }>,
): { platformId: string | null; headers: Record<string, string> | null } {
  const host = ctx.url.hostname.toLowerCase();
  const get = (s: ReadContext['sessionStorage'], key: string) => {
    try {
      return s?.getItem(key) ?? null;
    } catch {
      return null; // storage access can throw in sandboxed frames
    }
  };
  if (host === EDU_HOST) {
    const platformId = where.platformId;
    const token = platformId ? storedToken(get(ctx.localStorage, `SESSIONTOKEN-${platformId}`)) : null;
    return { platformId, headers: token ? { hrttoken: token, appid: 'gp6-1' } : null };
  }
  const platformId = where.platformId ?? cleanText(get(ctx.sessionStorage, 'platformId'), 32);
  const token = storedToken(get(ctx.sessionStorage, 'jwtToken'));
  return { platformId: platformId || null, headers: token ? { hrttoken: token } : null };
}

const envelope = z.object({
  code: z.optional(z.union([z.string(), z.number()])),
  success: z.optional(z.boolean()),
  msg: z.optional(z.unknown()),
  data: z.optional(z.unknown()),
});

/** `{code: "0", msg, data}`, or the variant with a `success` flag [seen]. */
function unwrap(json: unknown): { ok: true; data: unknown } | { ok: false; failure: ReadFail } {
  const env = envelope.safeParse(json);
  if (!env.success || (env.data.code === undefined && env.data.success === undefined)) {
    return { ok: false, failure: fail('unrecognised', UNRECOGNISED_MESSAGE) };
  }
  const { code, success, msg } = env.data;
  const good = code !== undefined ? String(code) === '0' && success !== false : success === true;
  if (!good) {
    const text = typeof msg === 'string' ? msg : '';
    if (String(code) === '401' || /登录|token|过期|失效/i.test(text)) {
      return { ok: false, failure: fail('not-logged-in', `登录已失效，请重新登录平台后再读取。${platformText(text)}`) };
    }
    return {
      ok: false,
      failure: fail('platform-error', `平台返回了错误，本次没有保存任何记录。${platformText(text)}`),
    };
  }
  return { ok: true, data: env.data.data };
}

const idValue = z.union([z.string().check(z.minLength(1), z.maxLength(64)), z.int().check(z.nonnegative())]);

const plansData = z.object({ listData: z.array(z.unknown()), totalCount: z.optional(z.unknown()) });
const coursesData = z.object({ courseStudyList: z.array(z.unknown()), totalCount: z.optional(z.unknown()) });

/**
 * Plan list items: their field names are not observed. The plan id is read from `trainplanId`
 * (the name the route and the course list use for it) or else `id` (an assumption, warned);
 * nothing else about a plan is read.
 */
const planItem = z.object({ trainplanId: z.optional(idValue), id: z.optional(idValue) });

export const courseItem = z.object({
  courseId: idValue,
  courseName: z.union([z.string(), z.number()]),
  learnPercent: z.optional(z.unknown()),
  trainplanId: z.optional(z.unknown()),
  duration: z.optional(z.unknown()),
});

function total(value: unknown): number | null {
  const n = toNumber(value);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}

function pageOf<T extends z.ZodMiniType>(
  json: unknown,
  schema: T,
  list: (d: z.infer<T>) => unknown[],
  count: (d: z.infer<T>) => unknown,
): PageOutcome<unknown> {
  const env = unwrap(json);
  if (!env.ok) return env;
  const data = schema.safeParse(env.data);
  if (!data.success) return { ok: false, failure: fail('unrecognised', UNRECOGNISED_MESSAGE) };
  return { ok: true, items: list(data.data), total: total(count(data.data)) };
}

/** learnPercent: a number or the string "100" [seen]; anything else is unknown. */
export function toPercent(value: unknown): number | null {
  const n = toNumber(value);
  return n !== null && n >= 0 && n <= 100 ? n : null;
}

async function get(
  ctx: ReadContext,
  path: string,
  headers: Record<string, string>,
  parse: (j: unknown) => PageOutcome<unknown>,
) {
  try {
    return parse(await ctx.fetchJson(path, { headers }));
  } catch (error) {
    return { ok: false as const, failure: fetchFailure(error) };
  }
}

async function read(ctx: ReadContext): Promise<ReadResult> {
  const where = locate(ctx.url);
  if (where.kind === 'none') {
    return fail(
      'not-record-page',
      '这个页面上没有学习记录。请在学习平台（gp.chinahrt.com）打开“我的培训计划”或某个培训计划的课程列表后再读取。',
    );
  }
  const { platformId, headers } = session(ctx, where);
  if (!headers) return fail('not-logged-in', '没有找到平台的登录信息，请先登录平台并刷新本页后再读取。');
  if (!platformId) return fail('unrecognised', `找不到平台编号（platformId）。${UNRECOGNISED_MESSAGE}`);

  const warnings: string[] = [];
  let planIds: string[];
  if (where.kind === 'courses') {
    planIds = [where.trainplanId];
  } else {
    const plans = await readAllPages(
      (p) =>
        get(ctx, plansUrl(platformId, p), headers, (j) =>
          pageOf(
            j,
            plansData,
            (d) => d.listData,
            (d) => d.totalCount,
          ),
        ),
      PAGE_SIZE,
      MAX_PAGES,
      (p, n) => ctx.progress?.(`正在读取培训计划列表：${pageText(p, n)}`),
    );
    if (!plans.ok) return plans.failure;
    warnings.push(...plans.warnings);
    planIds = [];
    let byGuess = 0;
    for (const item of plans.items) {
      const plan = planItem.safeParse(item);
      const id = plan.success ? (plan.data.trainplanId ?? plan.data.id) : undefined;
      if (id === undefined) {
        return fail('unrecognised', `无法识别培训计划列表。请打开某个培训计划的课程列表后再读取。`);
      }
      if (plan.data?.trainplanId === undefined) byGuess++;
      planIds.push(String(id));
    }
    if (byGuess) warnings.push(`${byGuess} 个培训计划的编号按字段 id 推定，如课程不符请在计划的课程页面重新读取。`);
    planIds = [...new Set(planIds)];
  }

  const records: PlatformRecord[] = [];
  // edu.chinahrt.com is a newer front end of the same gp.chinahrt.com platform [seen]: records
  // carry the platform's host, so a course read through either front end is one record.
  const pageHost = ctx.url.hostname.toLowerCase();
  const host = pageHost === EDU_HOST ? 'gp.chinahrt.com' : pageHost;
  const seen = new Set<string>();
  for (const [i, planId] of planIds.entries()) {
    const courses = await readAllPages(
      (p) =>
        get(ctx, coursesUrl(planId, platformId, p), headers, (j) =>
          pageOf(
            j,
            coursesData,
            (d) => d.courseStudyList,
            (d) => d.totalCount,
          ),
        ),
      PAGE_SIZE,
      MAX_PAGES,
      (p, n) => ctx.progress?.(`正在读取第 ${i + 1} / ${planIds.length} 个培训计划的课程：${pageText(p, n)}`),
    );
    if (!courses.ok) return courses.failure;
    warnings.push(...courses.warnings);
    for (const item of courses.items) {
      const c = courseItem.safeParse(item);
      const title = c.success ? cleanText(c.data.courseName) : '';
      if (!c.success || title === '') return fail('unrecognised', UNRECOGNISED_MESSAGE);
      const courseId = cleanText(c.data.courseId, 64);
      // Platform ids make the key: the same course in the same plan is the same record.
      const externalId = `${cleanText(platformId, 32)}:${cleanText(planId, 64)}:${courseId}`;
      if (seen.has(externalId)) continue;
      seen.add(externalId);
      const percent = toPercent(c.data.learnPercent);
      const record: PlatformRecord = {
        platform: 'chinahrt',
        host,
        externalId,
        title,
        hours: null,
        category: null,
        completedOn: null,
        year: null,
        // 已学100% is what the page shows as finished; exam results are not in this list.
        passed: percent === null ? null : percent >= 100,
        raw: {
          courseId,
          courseName: cleanText(c.data.courseName, 80),
          learnPercent: rawValue(c.data.learnPercent),
          duration: rawValue(c.data.duration),
        },
      };
      if (percent !== null) record.progressPercent = percent;
      records.push(record);
    }
  }

  if (ctx.document) {
    const shown = hoursFromPageText(
      ctx.document,
      records.map((r) => r.title),
    );
    records.forEach((r, i) => {
      r.hours = shown[i] ?? null;
      if (r.hours !== null) r.raw = { ...r.raw, hoursFrom: 'page-text' };
    });
  }
  const fromPage = records.filter((r) => r.hours !== null).length;
  const noHours = records.length - fromPage;
  if (fromPage) warnings.push(`${fromPage} 门课程的学时取自页面上显示的文字，请核对。`);
  if (noHours) warnings.push(`${noHours} 门课程平台没有提供学时数，已标为“学时待补”，请在学时通中补填。`);
  const needs: ('hours' | 'category' | 'year')[] = [];
  if (noHours) needs.push('hours');
  if (records.length) needs.push('category', 'year');
  return { ok: true, records, warnings, needs, source: 'json' };
}

export const chinahrt: Adapter = {
  id: 'chinahrt',
  name: 'chinahrt 学习平台（宁夏等地）',
  matches: (url) => /(^|\.)chinahrt\.com$/i.test(url.hostname) || APP_HOSTS.has(url.hostname.toLowerCase()),
  isRecordPage: (url) => locate(url).kind !== 'none',
  async read(ctx) {
    try {
      return await read(ctx);
    } catch {
      return fail('unrecognised', '读取学习记录时出现意外错误，本次没有保存任何记录。');
    }
  },
};
