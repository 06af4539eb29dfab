import { type Activity, evaluate } from '@xueshi/core';
import { describe, expect, test } from 'vitest';
import { badgeText, daysUntil, deadlinesFor, reminderTimes } from '../lib/deadlines.ts';

describe('deadlines', () => {
  test('WH19’s public-course deadline (9 月 30 日) is the notice’s for 2019 only', () => {
    expect(deadlinesFor('WH19', undefined, '2019-06-01').map((d) => d.date)).toContain('2019-09-30');
    expect(deadlinesFor('WH19', undefined, '2026-06-01')).toEqual([]);
  });

  test('QH20’s 11 月底 holds for 2020; the user’s own date is always a deadline while ahead', () => {
    expect(deadlinesFor('QH20', undefined, '2020-01-15').map((d) => d.date)).toContain('2020-11-30');
    expect(deadlinesFor('NX19', '2026-12-20', '2026-12-02')).toEqual([
      { date: '2026-12-20', label: '你的申报截止日期' },
    ]);
    expect(deadlinesFor('NX19', '2026-11-20', '2026-12-02')).toEqual([]);
  });

  test('reminders 30, 7 and 1 days before, at 09:00, only those ahead', () => {
    const now = new Date(2026, 11, 2, 12, 0); // 2 December 2026, noon
    const times = reminderTimes([{ date: '2026-12-20', label: '你的申报截止日期' }], now);
    expect(times.map((t) => [t.name.split('|')[2], new Date(t.when).getDate(), new Date(t.when).getHours()])).toEqual([
      ['7', 13, 9],
      ['1', 19, 9],
    ]);
    expect(daysUntil('2026-12-20', '2026-12-02')).toBe(18);
  });
});

describe('the toolbar badge', () => {
  const ledger = (activities: Activity[]) => ({
    formatVersion: 1 as const,
    profile: { notice: 'WH19' as const, doctorate: false },
    activities,
  });
  const course = (id: string, category: 'public' | 'professional', hours: number): Activity => ({
    id,
    kind: 'online-course',
    title: id,
    category,
    hours,
    date: '2023-06-01',
    source: { kind: 'manual' },
  });

  test('WH19 asks 30 公需 + 60 专业 a year: with 30 + 45 done, 差15', () => {
    const e = evaluate(ledger([course('a', 'public', 30), course('b', 'professional', 45)]), {
      kind: 'year',
      year: 2023,
    });
    expect(badgeText(e)).toBe('差15');
  });

  test('nothing missing: no badge', () => {
    const e = evaluate(ledger([course('a', 'public', 30), course('b', 'professional', 60)]), {
      kind: 'year',
      year: 2023,
    });
    expect(badgeText(e)).toBe('');
    expect(badgeText(null)).toBe('');
  });
});
