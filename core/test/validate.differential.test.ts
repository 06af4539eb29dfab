/**
 * 不依赖 zod 的校验器（parseLedger / parseQuery / parseActivity）与 zod 模式逐条对照：
 * 合格的和改坏的台账，接受与否相同；接受时结果（丢掉未知字段、填好默认值）完全相同。
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  ACTIVITY_KINDS,
  ActivitySchema,
  type FieldSpec,
  LedgerSchema,
  NOTICE_IDS,
  parseActivity,
  parseLedger,
  parseQuery,
  QuerySchema,
  TITLE_LEVELS,
} from '../src/index.ts';
import { activity as evaluatedActivity } from './arbitrary.ts';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** 真实存在的日期。 */
const validDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** 形如日期的任意文字：月 0–13、日 0–32，含不存在的 2 月 29 日、4 月 31 日。 */
const dateLike = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);

/** 按表单字段描述生成合格的取值（描述由校验模式导出，判定以 zod 为准）。 */
function fieldValue(f: FieldSpec): fc.Arbitrary<unknown> {
  switch (f.type) {
    case 'date':
      return validDate;
    case 'integer':
      return fc.integer({ min: f.min ?? 0, max: Math.min(f.max ?? 1e6, 1e6) });
    case 'number':
      return fc.integer({ min: (f.min ?? 0) * 2, max: Math.min(f.max ?? 1e4, 1e4) * 2 }).map((n) => n / 2);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...(f.options ?? []).map((o) => o.value));
    default:
      return fc.string({ minLength: 1, maxLength: 6 });
  }
}

const source = fc.oneof(
  fc.constant({ kind: 'manual' }),
  fc.record({ kind: fc.constant('import'), file: fc.constant('a.json') }, { requiredKeys: ['kind'] }),
  fc.record(
    {
      kind: fc.constant('platform'),
      platform: fc.constant('yxlearning'),
      host: fc.constant('sdwh-gxk.yxlearning.com'),
      externalId: fc.string({ minLength: 1, maxLength: 4 }),
      readAt: fc.constant('2024-01-01T00:00:00Z'),
    },
    { requiredKeys: ['kind', 'platform', 'externalId'] },
  ),
);

/** 每一种活动（25 种），可选字段和有默认值的字段随机省略。 */
const anyActivity = fc.oneof(
  ...ACTIVITY_KINDS.map((k) => {
    const model: Record<string, fc.Arbitrary<unknown>> = { kind: fc.constant(k.kind), source };
    for (const f of k.fields) model[f.name] = fieldValue(f);
    const required = ['kind', ...k.fields.filter((f) => f.required).map((f) => f.name)];
    return fc.record(model, { requiredKeys: required });
  }),
  evaluatedActivity,
);

const year = fc.integer({ min: 1990, max: 2100 });
const queryInput = fc.oneof(
  fc.record({ kind: fc.constant('year'), year }),
  fc.record(
    {
      kind: fc.constant('application'),
      level: fc.constantFrom(...TITLE_LEVELS),
      year,
      route: fc.constantFrom('review', 'appointment', 'recognition', 'switch'),
    },
    { requiredKeys: ['kind', 'level', 'year'] },
  ),
);

const profile = fc.record(
  {
    name: fc.string({ maxLength: 4 }),
    notice: fc.constantFrom(...NOTICE_IDS),
    applyingFor: fc.constantFrom(...TITLE_LEVELS),
    applicationYear: year,
    currentTitle: fc.record(
      { level: fc.constantFrom(...TITLE_LEVELS, 'none'), since: year },
      { requiredKeys: ['level'] },
    ),
    doctorate: fc.boolean(),
    seriesRequiresExams: fc.boolean(),
    sector: fc.constantFrom('general', 'health', 'teacher', 'accountant', 'social-worker'),
  },
  { requiredKeys: ['notice'] },
);

const sharedResult = fc.record(
  {
    notice: fc.constantFrom(...NOTICE_IDS),
    query: queryInput,
    figures: fc.record({
      public: fc.double({ noNaN: true, noDefaultInfinity: true }),
      professional: fc.integer(),
      total: fc.integer(),
      complete: fc.boolean(),
    }),
    evaluatorVersion: fc.constant('1'),
    sharedAt: fc.constant('2024-01-01'),
  },
  { requiredKeys: ['notice', 'query', 'figures', 'evaluatorVersion'] },
);

/** 合格的台账（写入文件前的形态：有默认值的字段可能省略）。 */
const ledgerInput = fc
  .record(
    {
      formatVersion: fc.constant(1),
      profile,
      activities: fc.array(anyActivity, { maxLength: 8 }),
      sharedResult,
    },
    { requiredKeys: ['formatVersion', 'profile', 'activities'] },
  )
  .map((l) => ({ ...l, activities: l.activities.map((a, i) => ({ id: `a${i}`, ...a })) }));

/** 改坏用的值：错类型、越界、不存在的日期、未知种类、别的种类、空值…… */
const weird = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    true,
    false,
    0,
    -1,
    0.5,
    1.5,
    1989,
    1990,
    2100,
    2101,
    10000,
    10000.5,
    1e6,
    12,
    13,
    20,
    21,
    100,
    101,
    366,
    367,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    'x',
    '12',
    'foo',
    'manual',
    'public',
    'professional',
    'unknown',
    'review',
    'QD23',
    'full-senior',
    '2023-02-29',
    '2024-02-29',
    '2023-04-31',
    '2023-04-30',
    '1900-02-29',
    '2000-02-29',
    '2023-13-01',
    '2023-1-01',
    '2023-01-01T00:00:00Z',
    [],
    {},
    { kind: 'manual' },
    { kind: 'import', extra: 1 },
    { kind: 'platform', platform: 'p', externalId: '1' },
    { kind: 'platform', platform: '' },
    { kind: 'year', year: 2020 },
    { kind: 'application', level: 'junior', year: 2020 },
  ),
  fc.constantFrom(...ACTIVITY_KINDS.map((k) => k.kind)),
  dateLike,
);

type Mutation = { node: number; key: number; op: 'delete' | 'set' | 'add'; value: unknown };
const mutations = fc.array(
  fc.record({
    node: fc.nat(),
    key: fc.nat(),
    op: fc.constantFrom<Mutation['op']>('delete', 'set', 'set', 'add'),
    value: weird,
  }),
  { minLength: 1, maxLength: 3 },
);

/** 在一份拷贝上随机删字段、改值、加未知字段。 */
function mutate(input: unknown, ms: Mutation[]): unknown {
  const root = { root: structuredClone(input) };
  for (const m of ms) {
    const nodes: (Record<string, unknown> | unknown[])[] = [];
    const walk = (v: unknown) => {
      if (typeof v !== 'object' || v === null) return;
      nodes.push(v as Record<string, unknown>);
      for (const c of Object.values(v)) walk(c);
    };
    walk(root);
    const node = nodes[m.node % nodes.length] as Record<string, unknown> | unknown[];
    const value = structuredClone(m.value);
    if (Array.isArray(node)) {
      if (m.op === 'add' || node.length === 0) node.push(value);
      else if (m.op === 'delete') node.splice(m.key % node.length, 1);
      else node[m.key % node.length] = value;
    } else {
      const keys = Object.keys(node);
      if (m.op === 'add' || keys.length === 0) node[`extra${m.key % 3}`] = value;
      else if (m.op === 'delete') delete node[keys[m.key % keys.length] as string];
      else node[keys[m.key % keys.length] as string] = value;
    }
  }
  return root.root;
}

function uniqueIds(ledger: { activities: { id: string }[] }): boolean {
  return new Set(ledger.activities.map((a) => a.id)).size === ledger.activities.length;
}

/** 开始日期不晚于结束日期：与 id 不重复一样，是 zod 模式之外、parseLedger 另做的检查。 */
const ordered = (a: object) => {
  const d = a as { startDate?: unknown; date?: unknown; endDate?: unknown };
  const before = (x: unknown, y: unknown) => x === undefined || y === undefined || String(x) <= String(y);
  return before(d.startDate, d.date) && before(d.startDate, d.endDate);
};

/** 与 zod 对照一份台账：接受与否相同，接受时结果相同，输入不被改动。 */
function compareLedger(generated: unknown) {
  // fast-check 的 record 没有原型；拷贝成普通对象，才能严格比较输入前后。
  const input = structuredClone(generated);
  const before = structuredClone(input);
  const zod = LedgerSchema.safeParse(input);
  const mine = parseLedger(input);
  expect(input).toStrictEqual(before);
  const zodOk = zod.success && uniqueIds(zod.data) && zod.data.activities.every(ordered);
  expect(mine.ok, JSON.stringify(mine.ok ? null : mine.errors)).toBe(zodOk);
  if (mine.ok && zod.success) expect(mine.ledger).toStrictEqual(zod.data);
  if (!mine.ok) {
    expect(mine.errors.length).toBeGreaterThan(0);
    for (const e of mine.errors) expect(e.message).toMatch(/^[^a-zA-Z]*[\u4e00-\u9fff]/);
  }
}

describe('parseLedger agrees with LedgerSchema.safeParse', () => {
  test('valid ledgers: accepted by both, same output (defaults filled, nothing extra)', () => {
    fc.assert(
      fc.property(ledgerInput, (l) => {
        expect(LedgerSchema.safeParse(l).success).toBe(true);
        compareLedger(l);
      }),
      RUNS,
    );
  });

  test('mutated ledgers: same accept/reject, same output when accepted', () => {
    fc.assert(
      fc.property(ledgerInput, mutations, (l, ms) => compareLedger(mutate(l, ms))),
      { numRuns: RUNS.numRuns * 4 },
    );
  });

  test('mutated ledgers often still pass (extra keys, omitted defaults), so both branches are exercised', () => {
    let ok = 0;
    let bad = 0;
    fc.assert(
      fc.property(ledgerInput, mutations, (l, ms) => {
        if (parseLedger(mutate(l, ms)).ok) ok++;
        else bad++;
      }),
      { numRuns: 300, seed: 1 },
    );
    expect(ok).toBeGreaterThan(30);
    expect(bad).toBeGreaterThan(30);
  });

  test.each([
    ['2023-02-29', false],
    ['2024-02-29', true],
    ['2023-04-31', false],
    ['2023-04-30', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2023-13-01', false],
    ['2023-1-01', false],
    ['2023-01-01T00:00:00Z', false],
  ])('date %s accepted: %s', (date, ok) => {
    const l = {
      formatVersion: 1,
      profile: { notice: 'QD23' },
      activities: [{ id: 'a', kind: 'computer-exam', date }],
    };
    expect(LedgerSchema.safeParse(l).success).toBe(ok);
    compareLedger(l);
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53, -0, 1.5, '1', null])(
    'number fields given %s: same verdict as zod',
    (bad) => {
      const ok = {
        formatVersion: 1,
        profile: { notice: 'WH19' },
        activities: [
          { id: 'a', kind: 'xuexi-qiangguo', year: 2020, points: 1 },
          { id: 'b', kind: 'online-course', title: 't', category: 'public', date: '2020-01-01', hours: 1 },
        ],
        sharedResult: {
          notice: 'WH19',
          query: { kind: 'year', year: 2020 },
          figures: { public: 1, professional: 1, total: 2, complete: true },
          evaluatorVersion: '1',
        },
      };
      for (const set of [
        (l: typeof ok) => ((l.activities[0] as { points: unknown }).points = bad),
        (l: typeof ok) => ((l.activities[1] as { hours: unknown }).hours = bad),
        (l: typeof ok) => ((l.sharedResult.figures as { public: unknown }).public = bad),
        (l: typeof ok) => ((l.sharedResult.query as { year: unknown }).year = bad),
      ]) {
        const l = structuredClone(ok);
        set(l);
        compareLedger(l);
      }
    },
  );

  test('any date-like text: same verdict as zod', () => {
    fc.assert(
      fc.property(dateLike, (date) => {
        const a = { id: 'a', kind: 'paper', paperType: 'book', date };
        expect(parseActivity(a).ok).toBe(ActivitySchema.safeParse(a).success);
      }),
      { numRuns: 2000 },
    );
  });

  test('an optional key given as undefined stays (as zod keeps it); a default given as undefined is filled', () => {
    const l = {
      formatVersion: 1,
      profile: { notice: 'QD23', name: undefined, doctorate: undefined },
      activities: [
        { id: 'a', kind: 'qualification-exam', examType: 'registration', date: '2020-01-01', courses: undefined },
      ],
    };
    compareLedger(l);
    const r = parseLedger(l);
    expect(r.ok && 'name' in r.ledger.profile).toBe(true);
    expect(r.ok && r.ledger.profile.doctorate).toBe(false);
  });

  test('defaults are fresh objects, not shared between activities', () => {
    const act = (id: string) => ({ id, kind: 'covid-frontline', year: 2020 });
    const r = parseLedger({ formatVersion: 1, profile: { notice: 'QD23' }, activities: [act('a'), act('b')] });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.ledger.activities[0]?.source).not.toBe(r.ledger.activities[1]?.source);
  });
});

describe('parseQuery and parseActivity agree with zod', () => {
  test('queries, valid and mutated', () => {
    fc.assert(
      fc.property(queryInput, fc.option(mutations, { nil: undefined }), (q, ms) => {
        const input = ms ? mutate(q, ms) : structuredClone(q);
        const before = structuredClone(input);
        const zod = QuerySchema.safeParse(input);
        const mine = parseQuery(input);
        expect(input).toStrictEqual(before);
        expect(mine.ok).toBe(zod.success);
        if (mine.ok && zod.success) expect(mine.query).toStrictEqual(zod.data);
      }),
      { numRuns: RUNS.numRuns * 2 },
    );
  });

  test('single activities of every kind, valid and mutated', () => {
    fc.assert(
      fc.property(anyActivity, fc.option(mutations, { nil: undefined }), (a, ms) => {
        const input = ms ? mutate({ id: 'a', ...a }, ms) : structuredClone({ id: 'a', ...a });
        const before = structuredClone(input);
        const zod = ActivitySchema.safeParse(input);
        const mine = parseActivity(input);
        expect(input).toStrictEqual(before);
        expect(mine.ok, JSON.stringify(mine.ok ? null : mine.errors)).toBe(zod.success && ordered(zod.data));
        if (mine.ok && zod.success) expect(mine.activity).toStrictEqual(zod.data);
      }),
      { numRuns: RUNS.numRuns * 4 },
    );
  });
});
