/**
 * Fuzzing (issue 6 point 4): every adapter and the generic reader get mutated fixtures —
 * missing fields, wrong types, empty lists, huge lists, hostile strings, failing fetches — and
 * must never throw past their boundary, never return half a read, and return text as text.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  type ColumnMapping,
  findCandidatesInPage,
  type RawTable,
  readTable,
} from '../../adapters/generic-table/index.ts';
import {
  type Adapter,
  chinahrt,
  FetchJsonError,
  ghlearning,
  type ReadContext,
  type ReadResult,
  yxlearning,
} from '../../adapters/index.ts';
import { platformRecordSchema, yearSummarySchema } from '../../adapters/record-schema.ts';
import { cleanText, HAS_INVISIBLE as INVISIBLE } from '../../adapters/util.ts';
import { parseHtml } from './dom.ts';
import { HOSTILE, mutate, pick, type Rng, rng } from './fuzz.ts';
import { CHINAHRT_TOKEN, chinahrtResponses, fixture, storage, yxResponses } from './helpers.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

// The contract's schema, plus: titles are clean text (no invisible characters, trimmed).
const recordSchema = platformRecordSchema.extend({
  title: z
    .string()
    .min(1)
    .max(200)
    .refine((t) => !INVISIBLE.test(t) && t === t.trim(), 'title must be clean text'),
});

const okSchema = z.strictObject({
  ok: z.literal(true),
  records: z.array(recordSchema),
  summaries: z.array(yearSummarySchema).optional(),
  warnings: z.array(z.string().max(300)),
  needs: z.array(z.enum(['category', 'hours', 'hours-per-credit', 'year'])).optional(),
  source: z.enum(['json', 'page-table', 'generic-table']),
});

const failSchema = z.strictObject({
  ok: z.literal(false),
  reason: z.enum(['unrecognised', 'not-logged-in', 'not-record-page', 'platform-error', 'network', 'too-many-pages']),
  message: z
    .string()
    .regex(/[\u4e00-\u9fff]/, 'a Chinese message')
    .max(300),
});

/** The contract every read result must keep, whatever came in. */
function checkResult(result: ReadResult, label: string): void {
  if (result.ok) {
    const parsed = okSchema.safeParse(result);
    expect(parsed.success, `${label}: ${parsed.error?.message}`).toBe(true);
    const ids = result.records.map((r) => `${r.platform}|${r.host}|${r.externalId}`);
    expect(new Set(ids).size, `${label}: ids unique`).toBe(ids.length);
  } else {
    const parsed = failSchema.safeParse(result);
    expect(parsed.success, `${label}: ${parsed.error?.message}`).toBe(true);
  }
}

/** A context serving mutated responses; remembers what it served so the test can count items. */
function fuzzContext(
  r: Rng,
  url: string,
  responses: Record<string, unknown>,
  extra: Partial<ReadContext>,
  failRate = 0.03,
) {
  const served: { path: string; body: unknown }[] = [];
  const ctx: ReadContext = {
    url: new URL(url),
    async fetchJson(path) {
      if (r() < failRate)
        throw pick(r, [new FetchJsonError('network'), new FetchJsonError('not-json'), 'a string', undefined]);
      if (!(path in responses)) throw new FetchJsonError('http', 404);
      const body = structuredClone(responses[path]);
      served.push({ path, body });
      return body;
    },
    ...extra,
  };
  return { ctx, served };
}

function mutatedResponses(
  r: Rng,
  base: Record<string, unknown>,
): { responses: Record<string, unknown>; log: string[] } {
  const responses = structuredClone(base);
  const log: string[] = [];
  const paths = Object.keys(responses);
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const path = pick(r, paths);
    // Sometimes the whole body is replaced: HTML text, null, an array.
    if (r() < 0.05) {
      responses[path] = pick(r, [null, '<html>登录</html>', [], 42, { respCode: 200 }]);
      log.push(`${path}: whole body`);
    } else {
      log.push(`${path}: ${mutate(r, responses[path])}`);
    }
  }
  return { responses, log };
}

type Listed = { attribute?: { data?: { list?: unknown } }; data?: { courseStudyList?: unknown } };

/** "Never half a read": an ok result holds a record for every course the adapter was served. */
function expectedCount(adapter: Adapter, served: { path: string; body: unknown }[]): number {
  if (adapter === chinahrt) {
    const keys = new Set<string>();
    for (const { path, body } of served) {
      const list = (body as Listed)?.data?.courseStudyList;
      if (!path.includes('selected_course') || !Array.isArray(list)) continue;
      const plan = new URLSearchParams(path.split('?')[1]).get('trainplanId');
      for (const item of list) keys.add(`${plan}:${cleanText((item as { courseId?: unknown }).courseId, 64)}`);
    }
    return keys.size;
  }
  let n = 0;
  for (const { path, body } of served) {
    const list = (body as Listed)?.attribute?.data?.list;
    if (path.includes('query-year-record-list') && Array.isArray(list)) n += list.length;
  }
  return n;
}

const CASES: {
  adapter: Adapter;
  url: string;
  base: () => Record<string, unknown>;
  extra: () => Partial<ReadContext>;
}[] = [
  { adapter: yxlearning, url: 'https://sdwh-gxk.yxlearning.com/my/record', base: yxResponses, extra: () => ({}) },
  { adapter: ghlearning, url: 'https://hnzj.user.ghlearning.com/my/record', base: yxResponses, extra: () => ({}) },
  {
    adapter: chinahrt,
    url: 'https://edu.chinahrt.com/88/learning_center/plan_course/8a2f01',
    base: chinahrtResponses,
    extra: () => ({ localStorage: storage({ 'SESSIONTOKEN-88': CHINAHRT_TOKEN }) }),
  },
  {
    adapter: chinahrt,
    url: 'https://gp.chinahrt.com/index.html#/v_trainplan_list',
    base: chinahrtResponses,
    extra: () => ({ sessionStorage: storage({ jwtToken: CHINAHRT_TOKEN, platformId: '88' }) }),
  },
];

describe('fuzz: adapters on mutated JSON', () => {
  for (const { adapter, url, base, extra } of CASES) {
    test(`${adapter.id} ${new URL(url).host}${new URL(url).hash.split('?')[0]}: ${RUNS} mutated reads keep the contract`, async () => {
      const tally = { ok: 0, fail: 0 };
      for (let seed = 1; seed <= RUNS; seed++) {
        const r = rng(seed * 7919);
        const { responses, log } = mutatedResponses(r, base());
        const { ctx, served } = fuzzContext(r, url, responses, extra());
        const label = `${adapter.id} seed ${seed} [${log.join('; ')}]`;
        let result: ReadResult;
        try {
          result = await adapter.read(ctx);
        } catch (error) {
          throw new Error(`${label}: threw ${String(error)}`);
        }
        checkResult(result, label);
        if (result.ok) {
          tally.ok++;
          expect(result.records.length, `${label}: half a read`).toBe(expectedCount(adapter, served));
        } else {
          tally.fail++;
        }
      }
      console.info(`fuzz ${adapter.id} ${url}: ${RUNS} runs, ${tally.ok} ok, ${tally.fail} refused`);
      // Both outcomes must occur, or the mutations are not reaching the parser.
      expect(tally.ok).toBeGreaterThan(0);
      expect(tally.fail).toBeGreaterThan(0);
    }, 60_000);
  }

  test('hostile course names come back as the same text, not markup and not dropped', async () => {
    for (const name of HOSTILE) {
      const responses = yxResponses();
      const page = responses['/train/cms/record/query-year-record-list.gson?pageSize=10&pageNo=1&year=2023'] as {
        attribute: { data: { list: { className: unknown }[] } };
      };
      const first = page.attribute.data.list[0];
      if (first) first.className = name;
      const result = await yxlearning.read(
        fuzzContext(rng(1), 'https://sdwh-gxk.yxlearning.com/my/record', responses, {}, 0).ctx,
      );
      const clean = cleanText(name);
      if (clean === '') {
        expect(result, JSON.stringify(name.slice(0, 20))).toMatchObject({ ok: false, reason: 'unrecognised' });
        continue;
      }
      checkResult(result, name.slice(0, 20));
      if (!result.ok) throw new Error(result.message);
      const titles = result.records.map((r) => r.title);
      expect(titles).toContain(clean);
      // Markup is kept as the characters it is (the UI renders text, never HTML).
      if (name.includes('<') || name.includes('{{')) expect(titles).toContain(name);
    }
  });
});

const HEADER_WORDS = [
  '课程名称',
  '班级名称',
  '学时',
  '获得学时',
  '学分',
  '完成时间',
  '通过时间',
  '类别',
  '状态',
  '年度',
  '序号',
  '',
];
const CELL_VALUES = [
  '课程甲',
  '2',
  '1.5学分',
  '2021-03-04',
  '2021年3月4日',
  '已通过',
  '否',
  '公需',
  '专业',
  '合计',
  '',
  ...HOSTILE,
];

function randomTable(r: Rng): RawTable {
  const width = Math.floor(r() * 8);
  const header = Array.from({ length: width }, () => pick(r, [...HEADER_WORDS, ...HOSTILE]));
  // Most tables look like records, so that the row reading itself gets fuzzed.
  if (r() < 0.7 && width >= 3) header.splice(0, 3, '课程名称', pick(r, ['学时', '学分']), '完成时间');
  const height = r() < 0.02 ? 5001 + Math.floor(r() * 100) : Math.floor(r() * 30);
  const rows = Array.from({ length: height }, () => {
    const w = r() < 0.1 ? Math.floor(r() * 12) : width;
    return Array.from({ length: w }, () =>
      r() < 0.03 ? (pick(r, [null, 5, {}, []]) as unknown as string) : pick(r, CELL_VALUES),
    );
  });
  if (r() < 0.02) return { index: 0, header: null, rows } as unknown as RawTable;
  return { index: 0, header, rows: r() < 0.02 ? ([null, 'x'] as unknown as string[][]) : rows };
}

function randomMapping(r: Rng, width: number): ColumnMapping | undefined {
  if (r() < 0.7) return undefined;
  const col = () => (r() < 0.3 ? null : pick(r, [0, 1, 2, width - 1, width, -1, 0.5, Number.NaN]));
  return {
    title: col(),
    hours: col(),
    hoursUnit: r() < 0.5 ? 'hours' : 'credits',
    date: col(),
    category: col(),
    status: col(),
    year: col(),
  };
}

describe('fuzz: generic table reader', () => {
  test(`${RUNS * 3} random tables, mappings and options keep the contract`, () => {
    const tally = { ok: 0, fail: 0 };
    for (let seed = 1; seed <= RUNS * 3; seed++) {
      const r = rng(seed * 104729);
      const table = randomTable(r);
      const options = {
        host: pick(r, ['www.upol.cn', 'WWW.QHJJGLPT.COM', '']),
        mapping: randomMapping(r, table.header?.length ?? 0),
        category: pick(r, ['public', 'professional', null, undefined] as const),
        hoursPerCredit: pick(r, [undefined, null, 10, 0.5, 0, -3, Number.NaN, 1e9]),
        year: pick(r, [undefined, null, 2020]),
      };
      let result: ReadResult;
      try {
        result = readTable(table, options);
      } catch (error) {
        throw new Error(`seed ${seed}: threw ${String(error)}`);
      }
      checkResult(result, `table seed ${seed}`);
      if (result.ok) tally.ok++;
      else tally.fail++;
    }
    console.info(`fuzz generic-table: ${RUNS * 3} runs, ${tally.ok} ok, ${tally.fail} refused`);
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.fail).toBeGreaterThan(0);
  }, 60_000);

  test('hostile and malformed HTML tables never break the page reader', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const r = rng(seed);
      const cell = () => {
        const text = pick(r, CELL_VALUES).slice(0, 2000).replace(/</g, '&lt;');
        const span = pick(r, ['', ' colspan="3"', ' colspan="1e9"', ' colspan="-5"', ' colspan="abc"']);
        return `<${r() < 0.2 ? 'th' : 'td'}${span}>${text}</td>`;
      };
      const row = () => `<tr>${Array.from({ length: Math.floor(r() * 6) }, cell).join('')}</tr>`;
      const table = (): string =>
        `<table>${r() < 0.5 ? `<thead><tr><th>课程名称</th><th>学时</th><th>完成时间</th></tr></thead>` : ''}${Array.from(
          { length: Math.floor(r() * 10) },
          () => (r() < 0.1 ? `<tr><td>${table()}</td></tr>` : row()),
        ).join('')}</table>`;
      const doc = parseHtml(
        `<html><body>${Array.from({ length: 1 + Math.floor(r() * 3) }, table).join('')}</body></html>`,
      );
      const candidates = findCandidatesInPage(doc);
      for (const c of candidates)
        checkResult(readTable(c.table, { host: 'x.cn', mapping: c.mapping }), `html seed ${seed}`);
    }
  });

  test('the yxlearning page fallback on a mutated 学习档案 page', async () => {
    const html = fixture('yxlearning/fixtures/record-page.html');
    for (let seed = 1; seed <= 50; seed++) {
      const r = rng(seed);
      const mutated = html.replace(/<td>[^<]*<\/td>/g, (m) =>
        r() < 0.3 ? `<td>${pick(r, CELL_VALUES).slice(0, 500).replace(/</g, '&lt;')}</td>` : m,
      );
      const ctx: ReadContext = {
        url: new URL('https://sdwh-gxk.yxlearning.com/my/record'),
        fetchJson: async () => ({ unknown: true }),
        document: parseHtml(mutated),
      };
      checkResult(await yxlearning.read(ctx), `page seed ${seed}`);
    }
  });
});
