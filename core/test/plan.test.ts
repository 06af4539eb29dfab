/**
 * 怎样补齐（core/src/plan）：每条建议都由核算器试算得出。期望的数字取自通知原文：
 * - 青人社字〔2023〕14号 四(三)：论文、著作等成果每项 10 学时，每年累计不超过 30 学时；一：每年专业科目不少于 60 学时。
 * - 威海 2019 通知：公需科目 9 月 30 日前完成（core/scenarios/wh19-deadline.json 同一读法）。
 */
import { describe, expect, test } from 'vitest';
import { type Activity, evaluate, getPolicy, type Ledger, parseLedger } from '../src/index.ts';
import { planShortfalls } from '../src/plan/index.ts';

function ledger(notice: string, activities: object[]): Ledger {
  const r = parseLedger({ formatVersion: 1, profile: { notice }, activities });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.ledger;
}

// 专业科目：培训 7 天、载明 51 学时 → 51（每天不超过 8 学时，7 天最多 56）；差 60 − 51 = 9。
const qd23Short9 = (papers = 0) =>
  ledger('QD23', [
    { id: 'p', kind: 'public-certificate', date: '2023-06-30', hours: 30 },
    { id: 't', kind: 'training', format: 'training', days: 7, hours: 51, date: '2023-04-12' },
    ...Array.from({ length: papers }, (_, i) => ({
      id: `x${i}`,
      kind: 'paper',
      paperType: 'paper',
      date: '2023-03-01',
    })),
  ]);
const Q2023 = { kind: 'year', year: 2023 } as const;

describe('planShortfalls', () => {
  test('QD23 2023, 专业 short 9: one paper gives 10 hours, closes the gap, and cites QD23-OUTPUT', () => {
    const plan = planShortfalls(getPolicy('QD23'), qd23Short9(), Q2023, { today: '2026-12-02' });
    expect(plan.map((g) => [g.year, g.category, g.short])).toEqual([[2023, 'professional', 9]]);
    const paper = plan[0]?.ways.find((w) => w.kind === 'paper');
    expect(paper).toMatchObject({ perItem: 10, items: 1, room: 30 });
    expect(paper?.variant).toContain('学术技术论文');
    expect(paper?.clauses).toContain('QD23-OUTPUT');
    // The first suggestion, added as done, closes the gap.
    const first = plan[0]?.ways[0] as { template: Activity; perItem: number };
    expect(first.perItem).toBeGreaterThanOrEqual(9);
    const l = qd23Short9();
    const after = evaluate({ ...l, activities: [...l.activities, { ...first.template, id: 'new' }] }, Q2023);
    expect(after.years[0]?.shortfall.professional).toBe(0);
  });

  test('room under the cap: with two papers already counted, papers can add only 10 more this year', () => {
    const l = qd23Short9(2);
    // 51 + 20 = 71 ≥ 60: no professional gap any more; make the training smaller to reopen one.
    const activities = l.activities.map((a) => (a.kind === 'training' ? { ...a, hours: 30, days: 4 } : a));
    const plan = planShortfalls(getPolicy('QD23'), { ...l, activities }, Q2023, { today: '2026-12-02' });
    const gap = plan.find((g) => g.category === 'professional');
    expect(gap?.short).toBe(10);
    const paper = gap?.ways.find((w) => w.kind === 'paper');
    expect(paper).toMatchObject({ perItem: 10, items: 1, room: 10 });
  });

  test('WH19 2019 公需 after 30 September: online courses no longer count, and the plan says until when', () => {
    const plan = planShortfalls(
      getPolicy('WH19'),
      ledger('WH19', []),
      { kind: 'year', year: 2019 },
      { today: '2019-10-15' },
    );
    const pub = plan.find((g) => g.category === 'public');
    expect(pub?.short).toBe(30);
    expect(pub?.ways).toEqual([]);
    expect(pub?.passed.map((p) => [p.kind, p.deadline])).toContainEqual(['online-course', '2019-09-30']);
  });

  test('WH19 2019 公需 before the deadline: an online course counts, and its deadline is 30 September', () => {
    const plan = planShortfalls(
      getPolicy('WH19'),
      ledger('WH19', []),
      { kind: 'year', year: 2019 },
      { today: '2019-05-01' },
    );
    const course = plan.find((g) => g.category === 'public')?.ways.find((w) => w.kind === 'online-course');
    expect(course).toMatchObject({ byHours: true, perItem: 30, items: 1, deadline: '2019-09-30' });
  });

  test('a complete year has nothing to plan', () => {
    const l = qd23Short9(1);
    expect(planShortfalls(getPolicy('QD23'), l, Q2023, { today: '2026-12-02' })).toEqual([]);
  });
});

describe('planned activities in the ledger', () => {
  test('the flag is kept on import and export; files without it still import', () => {
    const withFlag = ledger('QD23', [
      { id: 'x', kind: 'paper', paperType: 'paper', date: '2023-03-01', planned: true },
    ]);
    expect(withFlag.activities[0]?.planned).toBe(true);
    const v1 = ledger('QD23', [{ id: 'x', kind: 'paper', paperType: 'paper', date: '2023-03-01' }]);
    expect(v1.activities[0]?.planned).toBeUndefined();
  });
});
