// A review of the evaluator's arithmetic across notices (sixth audit): each case a ledger where the verdict or its
// summary contradicted the evaluator's own rules, worked by hand from the notice.
import { describe, expect, test } from 'vitest';
import { run } from './helpers.ts';

const course = (category: string, hours: number, date: string) => ({
  kind: 'online-course',
  title: `${category} ${date}`,
  category,
  hours,
  date,
});

describe('a 累计 window the user defined (USER-REQ) goes through the notice’s year rules like a 逐年 one', () => {
  // LY17 四 “……已全部完成或完成了其中1个年度公需科目的专业技术人员，可以不再补修已完成年度的课题”: 2015's public 30
  // is complete, so a 补修 for 2015 adds nothing (LY17-MAKEUP, past-years.ts handedYearHours).
  const window = {
    levels: ['intermediate' as const],
    years: 3,
    includeApplicationYear: true,
    test: 'total' as 'total' | 'per-year',
  };
  const user = (w: Partial<typeof window>) => ({
    affiliation: 'city' as const,
    currentTitle: { level: 'junior' as const, since: 2015 },
    userRequirement: {
      region: '临沂',
      years: [{ from: 2015, public: 30, professional: 60, total: 90 }],
      windows: [{ ...window, ...w, public: 90, professional: 180, total: 270 }],
    },
  });
  const recognition = { kind: 'application', level: 'intermediate', year: 2017, route: 'recognition' } as const;
  const years = [
    course('public', 30, '2015-05-01'),
    course('professional', 60, '2015-05-01'),
    course('professional', 60, '2016-05-01'),
    course('public', 30, '2017-05-01'),
    course('professional', 60, '2017-05-01'),
  ];
  const makeup = { kind: 'makeup', category: 'public', hours: 30, date: '2017-06-01', forYear: 2015 };
  test('LY17-MAKEUP in a 累计 window: a 补修 for a complete year adds nothing (was: public 90, 完成)', () => {
    const total = run('LY17', [...years, makeup], recognition, user({}));
    expect(total.credited.public).toBe(60);
    expect(total).toMatchObject({ complete: false, undetermined: false });
    // The 逐年 window of the same user says the same of 2015.
    const perYear = run('LY17', [...years, makeup], recognition, user({ test: 'per-year' }));
    expect(perYear.credited.public).toBe(60);
  });
  test('LY17-MAKEUP in a 累计 window: a county 补修 that would close the gap is 无法判断 (was: a definite 未完成)', () => {
    const own = years.map((a) => (a.date === '2016-05-01' ? { ...a, hours: 30 } : a));
    const county = { ...user({}), affiliation: 'county' as const };
    const pro = { ...makeup, category: 'professional', forYear: 2016 };
    const ev = run('LY17', [...own, course('public', 30, '2016-05-01'), pro], recognition, county);
    expect(ev).toMatchObject({ complete: false, undetermined: true });
  });
});

// QH20 四(二)1 “申报初级……须具备当年或上一年的继续教育培训学时”: the year closest to complete is the one with the
// fewest hours still needed. 2019 (NAT15 baseline 90, 专业 ≥ 60): 专业 60 → still 30 of 合计. 2020 (45 + 90 = 135):
// 公需 35, 专业 80 → 10 公需 and 10 专业 close all three, still 20.
test('QH20 任一年 (初级): the year chosen is the one needing the fewest hours (was: 2019, 还需 30)', () => {
  const acts = [
    course('professional', 60, '2019-05-01'),
    course('public', 35, '2020-05-01'),
    course('professional', 80, '2020-05-01'),
  ];
  const ev = run(
    'QH20',
    acts,
    { kind: 'application', level: 'junior', year: 2020 },
    { currentTitle: { level: 'none', since: 2015 } },
  );
  expect(ev.needed).toBe(20);
  expect(ev.shortfall).toEqual({ public: 10, professional: 10, total: 20 });
});

// QH20 四(二)2 转系列 checks only 专业科目 (QH20-SWITCH): the summary shows no 公需 or 合计 requirement, so that
// requirement − counted = shortfall holds on every line shown (was: 公需 要求 45、计入要求 10、差 0).
test('QH20-SWITCH: only the 专业 requirement is shown beside counted and shortfall', () => {
  const acts = [
    course('professional', 120, '2020-05-01'),
    course('public', 10, '2020-05-01'),
    course('professional', 20, '2019-05-01'),
  ];
  const q = { kind: 'application', level: 'intermediate', year: 2020, route: 'switch' } as const;
  const ev = run('QH20', acts, q, { currentTitle: { level: 'intermediate', since: 2015 } });
  expect(ev.complete).toBe(true);
  expect(ev.requirement).toMatchObject({ professional: 90 });
  expect(ev.requirement?.public).toBeUndefined();
  expect(ev.requirement?.total).toBeUndefined();
  for (const y of ev.years) {
    expect(y.requirement?.public).toBeUndefined();
    expect(y.requirement?.total).toBeUndefined();
  }
});
