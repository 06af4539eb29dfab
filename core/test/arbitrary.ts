import fc from 'fast-check';
import { type Ledger, LedgerSchema, NOTICE_IDS } from '../src/index.ts';

const date = fc
  .record({
    y: fc.integer({ min: 2014, max: 2024 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const hours = fc.integer({ min: 0, max: 80 }).map((h) => h / 2);
const yearN = fc.integer({ min: 2014, max: 2024 });

/** 各种活动（覆盖有上限、去重、按月折算、视同完成的种类）。 */
export const activity = fc.oneof(
  fc.record({
    kind: fc.constant('online-course'),
    title: fc.constant('课'),
    category: fc.constantFrom('public', 'professional', 'unknown'),
    hours: fc.option(hours, { nil: undefined }),
    date,
  }),
  fc.record({ kind: fc.constant('public-certificate'), hours, date }),
  fc.record({
    kind: fc.constant('training'),
    format: fc.constantFrom('training', 'event', 'abroad', 'base'),
    days: fc.integer({ min: 1, max: 5 }),
    hours: fc.option(hours, { nil: undefined }),
    date,
  }),
  fc.record({
    kind: fc.constant('paper'),
    paperType: fc.constant('paper'),
    date,
    resultGroup: fc.option(fc.constantFrom('r1', 'r2'), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('patent'),
    patentType: fc.constantFrom('invention', 'utility-model'),
    rank: fc.integer({ min: 1, max: 9 }),
    date,
    resultGroup: fc.option(fc.constantFrom('r1', 'r2'), { nil: undefined }),
  }),
  fc
    .record({ kind: fc.constant('self-study'), startDate: date, date })
    .map((a) => (a.startDate > a.date ? { ...a, startDate: a.date, date: a.startDate } : a)),
  fc.record({ kind: fc.constant('computer-exam'), date }),
  fc.record({
    kind: fc.constant('foreign-language-exam'),
    grade: fc.constantFrom('A', 'B', 'C'),
    score: fc.integer({ min: 40, max: 90 }),
    date,
  }),
  fc.record({ kind: fc.constant('mentoring'), days: fc.integer({ min: 1, max: 8 }), date }),
  fc.record({ kind: fc.constant('aid'), year: yearN, months: fc.integer({ min: 0, max: 12 }) }),
  fc.record({
    kind: fc.constant('leave'),
    leaveType: fc.constantFrom('maternity', 'sick', 'abroad'),
    year: yearN,
    months: fc.integer({ min: 0, max: 12 }),
    unitApproved: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('study-tour'), days: fc.integer({ min: 1, max: 6 }), date }),
  fc.record({
    kind: fc.constant('makeup'),
    category: fc.constantFrom('public', 'professional'),
    hours,
    date,
    forYear: yearN,
  }),
  fc.record({ kind: fc.constant('xuexi-qiangguo'), year: yearN, points: fc.integer({ min: 1500, max: 2500 }) }),
  fc
    .record({
      kind: fc.constant('research-project'),
      level: fc.constantFrom('national', 'provincial', 'prefecture'),
      role: fc.constantFrom('lead', 'member'),
      startDate: date,
      date,
    })
    .map((a) => (a.startDate > a.date ? { ...a, startDate: a.date, date: a.startDate } : a)),
  fc.record({ kind: fc.constant('covid-frontline'), year: yearN }),
  fc.record({ kind: fc.constant('unit-approved'), category: fc.constantFrom('public', 'professional'), hours, date }),
);

export const notice = fc.constantFrom(...NOTICE_IDS);

export function toLedger(
  n: (typeof NOTICE_IDS)[number],
  acts: Record<string, unknown>[],
  profile: Record<string, unknown> = {},
): Ledger {
  return LedgerSchema.parse({
    formatVersion: 1,
    profile: { notice: n, seriesRequiresExams: false, ...profile },
    activities: acts.map((a, i) => ({ id: `a${String(i).padStart(4, '0')}`, ...a })),
  });
}

export const query = fc.oneof(
  yearN.map((year) => ({ kind: 'year' as const, year })),
  fc.record({
    kind: fc.constant('application' as const),
    level: fc.constantFrom(
      'junior' as const,
      'intermediate' as const,
      'associate-senior' as const,
      'full-senior' as const,
    ),
    year: fc.constantFrom(2017, 2019, 2020, 2023),
  }),
);
