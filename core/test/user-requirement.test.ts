// A requirement the person enters for a region 学时通 has no notice for (issue 14). Each example is worked by hand
// from the requirement as stated in the test; the figures are the person's, not a notice's.
import { describe, expect, test } from 'vitest';
import { parseLedger, renderTrace, type UserRequirement } from '../src/index.ts';
import { hoursOf, run, year } from './helpers.ts';

const pub = (hours: number, date: string) => ({
  kind: 'online-course',
  title: '公需',
  category: 'public',
  hours,
  date,
});
const pro = (hours: number, date: string) => ({
  kind: 'online-course',
  title: '专业',
  category: 'professional',
  hours,
  date,
});

// 江苏：2021 年以前 72 = 公共 24 + 专业 48；2022 年起 90 = 30 + 60
const jiangsu = {
  notice: 'USER' as const,
  userRequirement: {
    region: '江苏省',
    source: '（使用者填写的文号）',
    years: [
      { from: 2016, to: 2021, public: 24, professional: 48, total: 72 },
      { from: 2022, public: 30, professional: 60, total: 90 },
    ],
  },
};

describe('USER-REQ: a requirement the person states', () => {
  test('江苏 2021 → 2022: 24 + 48 completes 2021; the same hours leave 2022 short 6 public and 12 professional', () => {
    const y2021 = run('USER' as 'WH19', [pub(24, '2021-05-01'), pro(48, '2021-06-01')], year(2021), jiangsu);
    expect(y2021.requirement).toMatchObject({ public: 24, professional: 48, total: 72 });
    expect(y2021.complete).toBe(true);
    const y2022 = run('USER' as 'WH19', [pub(24, '2022-05-01'), pro(48, '2022-06-01')], year(2022), jiangsu);
    expect(y2022.complete).toBe(false);
    expect(y2022.shortfall).toEqual({ public: 6, professional: 12, total: 18 });
    expect(y2022.needed).toBe(18);
  });

  test('every result says at the top that it is the person’s requirement, with the source they gave', () => {
    const ev = run('USER' as 'WH19', [pub(24, '2021-05-01')], year(2021), jiangsu);
    expect(ev.warnings[0]?.code).toBe('user-requirement');
    expect(ev.warnings[0]?.message).toContain('按你填写的要求核算（不是学时通收录的通知）');
    expect(ev.warnings[0]?.message).toContain('江苏省');
    expect(ev.warnings[0]?.message).toContain('（使用者填写的文号）');
  });

  test('below the national baseline (人社部令第25号: 90 a year, professional two thirds) it says so', () => {
    const ev = run('USER' as 'WH19', [pub(24, '2021-05-01')], year(2021), jiangsu);
    expect(ev.warnings.some((w) => w.code === 'baseline' && w.message.includes('90'))).toBe(true);
    const ok = run('USER' as 'WH19', [pub(30, '2022-05-01')], year(2022), jiangsu);
    expect(ok.warnings.some((w) => w.code === 'baseline')).toBe(false);
  });

  // 广东 2021 起：公需 ≥ 30、专业 ≥ 42、选修 ≥ 18（合计 90）
  test('广东: a third category (选修 18) is met by hours beyond the public and professional minimums', () => {
    const guangdong = {
      notice: 'USER' as const,
      userRequirement: { region: '广东省', years: [{ from: 2021, public: 30, professional: 42, elective: 18 }] },
    };
    const done = run('USER' as 'WH19', [pub(30, '2023-05-01'), pro(60, '2023-06-01')], year(2023), guangdong);
    expect(done.requirement).toMatchObject({ public: 30, professional: 42, total: 90, elective: 18 });
    expect(done.complete).toBe(true);
    // 30 + 50 = 80: public and professional met, 选修 short 10
    const short = run('USER' as 'WH19', [pub(30, '2023-05-01'), pro(50, '2023-06-01')], year(2023), guangdong);
    expect(short.shortfall).toEqual({ public: 0, professional: 0, total: 10 });
    expect(short.needed).toBe(10);
  });

  // 湖南式：2025 年申报高级，审验 2020—2024 五年（不含申报当年）累计不少于 450，其中公需不少于 150
  test('USER-WINDOW (湖南-style): five years before the application year, as a total', () => {
    const hunan = {
      notice: 'USER' as const,
      userRequirement: {
        region: '湖南省',
        years: [{ from: 2019, public: 30, professional: 60, total: 90 }],
        windows: [
          {
            levels: ['associate-senior' as const, 'full-senior' as const],
            years: 5,
            includeApplicationYear: false,
            test: 'total' as const,
            public: 150,
            total: 450,
          },
        ],
      },
    };
    const acts = [2020, 2021, 2022, 2023, 2024].flatMap((y) => [pub(30, `${y}-05-01`), pro(60, `${y}-06-01`)]);
    const q = { kind: 'application' as const, level: 'associate-senior' as const, year: 2025 };
    const ev = run('USER' as 'WH19', [...acts, pro(100, '2025-03-01')], q, hunan);
    expect(ev.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(ev.credited).toEqual({ public: 150, professional: 300, total: 450 });
    expect(ev.complete).toBe(true);
    // without 2024: 360 < 450 → short 90, public 120 < 150 → short 30
    const short = run('USER' as 'WH19', acts.slice(0, 8), q, hunan);
    expect(short.shortfall).toEqual({ public: 30, professional: 0, total: 90 });
    // no window for 中级: 无法判断, not invented
    expect(run('USER' as 'WH19', acts, { ...q, level: 'intermediate' }, hunan).undetermined).toBe(true);
  });

  test('USER-HOURS: stated hours count; kinds that only a regional table converts ask for unit-approved hours', () => {
    const ev = run(
      'USER' as 'WH19',
      [
        { kind: 'training', format: 'training', hours: 16, date: '2022-05-01' },
        { kind: 'unit-approved', category: 'professional', hours: 20, date: '2022-06-01' },
        { kind: 'paper', paperType: 'paper', date: '2022-07-01' },
      ],
      year(2022),
      jiangsu,
    );
    expect(hoursOf(ev, 2022)).toEqual([0, 36]);
    expect(ev.trace[2]?.reason).toBe('not-encoded');
  });
});

describe('a notice’s gaps, continued with the person’s figures', () => {
  // QH20 gives figures for 2020 only; a 2021 year query would rest on the national baseline
  test('QH20 2021 with a stated requirement uses it, labelled; without one the national baseline as before', () => {
    const own = {
      userRequirement: {
        region: '青海省',
        source: '2021 年通知',
        years: [{ from: 2021, public: 30, professional: 60, total: 90 }],
      },
    };
    const ev = run('QH20', [pub(30, '2021-05-01'), pro(60, '2021-06-01')], year(2021), own);
    expect(ev.requirement).toMatchObject({ public: 30, professional: 60, total: 90, clauses: ['USER-REQ'] });
    expect(ev.warnings.some((w) => w.code === 'user-requirement' && w.message.includes('2021'))).toBe(true);
    const base = run('QH20', [pub(30, '2021-05-01'), pro(60, '2021-06-01')], year(2021));
    expect(base.requirement?.clauses).toEqual(['NAT15-REQ']);
  });

  // NX19 governs 2019 applications only
  test('NX19 2021 application with a stated window is evaluated under it instead of 无法判断', () => {
    const own = {
      userRequirement: {
        region: '宁夏回族自治区',
        years: [{ from: 2016, public: 30, professional: 60, total: 90 }],
        windows: [
          { levels: ['intermediate' as const], years: 3, includeApplicationYear: false, test: 'per-year' as const },
        ],
      },
    };
    const acts = [2018, 2019, 2020].flatMap((y) => [pub(30, `${y}-05-01`), pro(60, `${y}-06-01`)]);
    const q = { kind: 'application' as const, level: 'intermediate' as const, year: 2021 };
    const ev = run('NX19', acts, q, own);
    expect(ev.undetermined).toBe(false);
    expect(ev.years.map((y) => y.year)).toEqual([2018, 2019, 2020]);
    expect(ev.complete).toBe(true);
    expect(run('NX19', acts, q).undetermined).toBe(true);
  });
});

describe('format', () => {
  test('a v1 file without the new fields parses to the same ledger, with no userRequirement', () => {
    const file = {
      formatVersion: 1,
      profile: { notice: 'QD23', name: '王五' },
      activities: [{ id: 'a', kind: 'public-certificate', hours: 30, date: '2023-05-01' }],
    };
    const r = parseLedger(structuredClone(file));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ledger.profile).toEqual({ notice: 'QD23', name: '王五', doctorate: false });
    expect(r.ledger.activities[0]).toEqual({ ...file.activities[0], source: { kind: 'manual' } });
  });

  test('a user requirement with a wrong field is refused with its path', () => {
    const r = parseLedger({
      formatVersion: 1,
      profile: { notice: 'USER', userRequirement: { region: '江苏省', years: [{ from: 2022, public: '30' }] } },
      activities: [],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]?.path).toBe('profile.userRequirement.years[0].public');
  });
});

describe('year ranges in the profile', () => {
  test('a term or a requirement period that ends before it starts is refused with its path', () => {
    const r = parseLedger({
      formatVersion: 1,
      profile: {
        notice: 'USER',
        term: { firstYear: 2019, lastYear: 2016 },
        userRequirement: { region: '江苏省', years: [{ from: 2022, to: 2021, total: 90 }] },
      },
      activities: [
        { id: 'l', kind: 'leave', leaveType: 'sick', year: 2023, startDate: '2023-05-01', endDate: '2023-02-01' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual([
      'profile.term.firstYear',
      'profile.userRequirement.years[0].from',
      'activities[0].startDate',
    ]);
  });
});

describe('USER-WINDOW without figures', () => {
  // A window tested as a total must say how much: with no figure there is nothing to compare, so the answer is
  // 无法判断 — never 完成 (a blank form once gave shortfall 0 and 完成).
  test('a total window with no public, professional or total figure is undetermined, not complete', () => {
    const window = {
      levels: ['associate-senior' as const],
      years: 5,
      includeApplicationYear: false,
      test: 'total' as const,
    };
    const blank = {
      notice: 'USER' as const,
      userRequirement: { region: '湖南省', years: [{ from: 2019, total: 90, professional: 60 }], windows: [window] },
    };
    const acts = [2020, 2021, 2022, 2023, 2024].map((y) => pro(90, `${y}-06-01`));
    const q = { kind: 'application' as const, level: 'associate-senior' as const, year: 2025 };
    const ev = run('USER' as 'WH19', acts, q, blank);
    expect(ev.complete).toBe(false);
    expect(ev.undetermined).toBe(true);
    // the file reader refuses it with the reason, on the field
    const read = parseLedger({ formatVersion: 1, profile: blank, activities: [] });
    expect(read.ok ? [] : read.errors).toEqual([
      { path: 'profile.userRequirement.windows[0].total', message: '累计达标时，至少填写一个大于 0 的审验期累计学时' },
    ]);
    const zero = { ...blank.userRequirement, windows: [{ ...window, total: 0 }] };
    expect(run('USER' as 'WH19', acts, q, { ...blank, userRequirement: zero }).undetermined).toBe(true);
  });
});

describe('USER-REQ without figures', () => {
  // A year segment with no positive figure states no requirement: it must not make the year 完成 with 0 hours.
  // Under 其他地区 the year is then not covered: 无法判断, asking for it. Under a built-in notice's gap the national
  // baseline (90, professional 60) applies, labelled, as it would with no segment at all.
  test.each([[{ from: 2019 }], [{ from: 2019, total: 0 }]])('segment %o under 其他地区: 无法判断, asked', (segment) => {
    const ev = run('USER' as 'WH19', [pub(30, '2022-05-01')], year(2022), {
      notice: 'USER' as const,
      userRequirement: { region: '某省', years: [segment] },
    });
    expect(ev.complete).toBe(false);
    expect(ev.undetermined).toBe(true);
    expect(ev.warnings.some((w) => w.code === 'needs-input' && w.message.includes('2022'))).toBe(true);
  });

  test('segment with total 0 in a QH20 gap year: the national baseline, not 完成', () => {
    const ev = run('QH20', [pub(30, '2022-05-01')], year(2022), {
      userRequirement: { region: '青海省', years: [{ from: 2021, total: 0 }] },
    });
    expect(ev.complete).toBe(false);
    expect(ev.requirement).toMatchObject({ total: 90, professional: 60, clauses: ['NAT15-REQ'] });
  });
});

describe('a stated requirement that contradicts itself is refused when the file is read', () => {
  const ledgerWith = (userRequirement: unknown) =>
    parseLedger({ formatVersion: 1, profile: { notice: 'USER', userRequirement }, activities: [] });
  const paths = (r: ReturnType<typeof parseLedger>) => (r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`));

  // Overlapping segments: only the first would ever be used, so 30 public hours in 2022 once gave 完成 against the
  // first segment's 30 while the second says 90.
  test('overlapping year segments', () => {
    const r = ledgerWith({
      region: '某省',
      years: [
        { from: 2016, total: 30 },
        { from: 2022, professional: 60, total: 90 },
      ],
    });
    expect(paths(r)).toEqual(['profile.userRequirement.years[1].from: 与第 1 段的年度重叠']);
  });

  test('two windows for the same level', () => {
    const w = { years: 5, includeApplicationYear: false, test: 'per-year' };
    const r = ledgerWith({
      region: '某省',
      years: [{ from: 2016, total: 90 }],
      windows: [
        { ...w, levels: ['intermediate'], years: 1 },
        { ...w, levels: ['associate-senior', 'intermediate'] },
      ],
    });
    expect(paths(r)).toEqual(['profile.userRequirement.windows[1].levels: 中级 已在第 1 条审验办法里']);
  });

  // 公需 + 专业 + 选修 above 合计: the figures say two different things; the summary would not add up.
  test('parts above the total, in a year segment and in a window', () => {
    const r = ledgerWith({
      region: '某省',
      years: [{ from: 2016, public: 30, professional: 100, total: 90 }],
      windows: [
        {
          levels: ['associate-senior'],
          years: 5,
          includeApplicationYear: false,
          test: 'total',
          professional: 300,
          total: 100,
        },
      ],
    });
    expect(paths(r)).toEqual([
      'profile.userRequirement.years[0].total: 公需、专业、选修之和 130 大于合计 90',
      'profile.userRequirement.windows[0].total: 公需、专业之和 300 大于合计 100',
    ]);
  });

  test('consistent figures pass: 广东 30 + 42 + 18 = 90', () => {
    expect(
      ledgerWith({ region: '广东省', years: [{ from: 2021, public: 30, professional: 42, elective: 18, total: 90 }] })
        .ok,
    ).toBe(true);
  });
});

describe('what the result says under a stated requirement', () => {
  const stated = (years: UserRequirement['years'], windows?: UserRequirement['windows']) => ({
    notice: 'USER' as const,
    userRequirement: { region: '某省', years, ...(windows ? { windows } : {}) },
  });

  // Unknown stays unknown: the person stated figures from 2022; 2021 is not the national baseline's to decide.
  test('a year no segment covers is 无法判断 and asks for the year, not the national baseline', () => {
    const ev = run(
      'USER' as 'WH19',
      [pub(30, '2021-05-01'), pro(60, '2021-06-01')],
      year(2021),
      stated([{ from: 2022, total: 90 }]),
    );
    expect(ev.complete).toBe(false);
    expect(ev.undetermined).toBe(true);
    expect(ev.warnings.some((w) => w.code === 'needs-input' && w.message.includes('2021'))).toBe(true);
    expect(ev.warnings.some((w) => w.message.includes('USER'))).toBe(false);
  });

  test('with nothing stated yet, the national baseline, said without the code USER', () => {
    const ev = run('USER' as 'WH19', [pub(30, '2021-05-01')], year(2021), { notice: 'USER' as const });
    expect(ev.requirement?.clauses).toEqual(['NAT15-REQ']);
    expect(ev.warnings.map((w) => w.message).join('\n')).not.toContain('USER');
  });

  test('no window for the level: named in Chinese (副高级), with where to add it', () => {
    const q = { kind: 'application' as const, level: 'associate-senior' as const, year: 2025 };
    const ev = run('USER' as 'WH19', [], q, stated([{ from: 2019, total: 90 }]));
    const msg = ev.warnings.find((w) => w.code === 'no-rule')?.message ?? '';
    expect(msg).toContain('副高级');
    expect(msg).not.toMatch(/associate|USER/);
  });

  // 广东 30 / 42 / 18: the reading of 选修 is stated once in the result, and the trace shows the 18.
  test('选修: the reading is stated and the trace shows 其中选修 18', () => {
    const ev = run(
      'USER' as 'WH19',
      [pub(30, '2023-05-01'), pro(42, '2023-06-01')],
      year(2023),
      stated([{ from: 2021, public: 30, professional: 42, elective: 18 }]),
    );
    expect(ev.needed).toBe(18);
    expect(ev.warnings.some((w) => w.code === 'interpretation' && w.message.includes('选修'))).toBe(true);
    expect(renderTrace(ev)).toContain('选修 18');
  });

  // A window of 5 years as a total: the national rule asks 5 × 90 = 450, of which 5 × 60 = 300 professional.
  test('a total window below the national figures over its years says so', () => {
    const q = { kind: 'application' as const, level: 'associate-senior' as const, year: 2025 };
    const w = {
      levels: ['associate-senior' as const],
      years: 5,
      includeApplicationYear: false,
      test: 'total' as const,
      total: 100,
    };
    const ev = run('USER' as 'WH19', [], q, stated([{ from: 2019, total: 90, professional: 60 }], [w]));
    const low = ev.warnings.find((x) => x.code === 'baseline');
    expect(low?.message).toContain('450');
    const ok = run(
      'USER' as 'WH19',
      [],
      q,
      stated([{ from: 2019, total: 90, professional: 60 }], [{ ...w, total: 450, professional: 300 }]),
    );
    expect(ok.warnings.some((x) => x.code === 'baseline')).toBe(false);
  });
});
