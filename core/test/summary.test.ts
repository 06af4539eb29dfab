// A summary that adds up (issue 10, point 4): wherever requirement, counted and shortfall stand together,
// requirement − counted = shortfall; what is still needed is stated on its own. Figures worked by hand below.
import { describe, expect, test } from 'vitest';
import { run } from './helpers.ts';

const training = (hours: number, date: string) => ({ kind: 'training', format: 'training', hours, date });

describe('summary', () => {
  // QH20 副高 2020 (QH20-TITLE: 2017—2020 each year). 2017—2019 rest on NAT15 (90, professional ≥ 60),
  // 2020 on QH20-REQ (45 / 90 / 135). Offline training only, so nothing moves between years (QH20-MAKEUP).
  //   2017: professional 100 → short 0 (40 over the 60, 10 over the 90: not carried to other years)
  //   2018: professional 50  → short professional 10, total 40 → needs 40
  //   2019: nothing          → short professional 60, total 90 → needs 90
  //   2020: public 30 (certificate), professional 90 → short public 15, total 15 → needs 15
  // Window: requirement public 45 (only 2020 sets one), professional 60×3 + 90 = 270, total 90×3 + 135 = 405.
  const ev = run(
    'QH20',
    [
      training(100, '2017-06-01'),
      training(50, '2018-06-01'),
      { kind: 'public-certificate', hours: 30, date: '2020-06-01' },
      training(90, '2020-06-01'),
    ],
    { kind: 'application', level: 'associate-senior', year: 2020 },
  );

  test('QH20-TITLE: requirement − counted = shortfall in every category, and the surplus of 2017 is not carried', () => {
    expect(ev.requirement).toMatchObject({ public: 45, professional: 270, total: 405 });
    expect(ev.shortfall).toEqual({ public: 15, professional: 70, total: 145 });
    expect(ev.counted).toEqual({ public: 30, professional: 200, total: 260 });
    expect(ev.credited).toEqual({ public: 30, professional: 240, total: 270 });
    for (const k of ['public', 'professional', 'total'] as const) {
      expect(ev.requirement?.[k] !== undefined && ev.requirement[k] - ev.counted[k]).toBe(ev.shortfall[k]);
    }
  });

  test('QH20-TITLE: still needed = per year the larger of (public + professional) and total shortfall, summed', () => {
    expect(ev.years.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020]);
    expect(ev.needed).toBe(0 + 40 + 90 + 15);
    expect(ev.years.map((y) => y.counted.total)).toEqual([90, 50, 0, 120]);
  });

  test('WH19-PRE2018: a term averaged over 2015—2017 adds up the same way (300 required, 290 counted, 10 short)', () => {
    const course = (hours: number, date: string) => ({
      kind: 'online-course',
      title: '专业课',
      category: 'professional',
      hours,
      date,
    });
    const term = run(
      'WH19',
      [course(150, '2015-06-01'), course(80, '2016-06-01'), course(60, '2017-06-01')],
      { kind: 'application', level: 'intermediate', year: 2017 },
      { term: { firstYear: 2015, lastYear: 2017 } },
    );
    expect(term.requirement?.total).toBe(300);
    expect(term.shortfall.total).toBe(10);
    expect(term.counted.total).toBe(290);
    expect(term.needed).toBe(10);
    expect(term.termAverage).toMatchObject({ years: [2015, 2016, 2017], requirement: 300, credited: 290 });
  });
});

describe('planned activities', () => {
  // A planned item (计划) is not done: it never counts toward the real result (issue 13, point 2).
  test('a planned paper changes nothing; the same paper done counts 10 (QD23-OUTPUT)', () => {
    const paper = { kind: 'paper', paperType: 'paper', date: '2023-05-01' };
    const planned = run('QD23', [{ ...paper, planned: true }], { kind: 'year', year: 2023 });
    expect(planned.credited.professional).toBe(0);
    expect(planned.trace).toHaveLength(0);
    const done = run('QD23', [paper], { kind: 'year', year: 2023 });
    expect(done.credited.professional).toBe(10);
  });
});
