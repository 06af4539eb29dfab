import 'fake-indexeddb/auto';
import { evaluate, LEDGER_FORMAT_VERSION, type Ledger } from '@xueshi/core';
import { expect, test } from 'vitest';
import { badgeText } from '../lib/deadlines.ts';

// Popup.tsx → About reads a build-time define (wxt.config.ts); give it one before importing.
(globalThis as Record<string, unknown>).__XUESHI_PRIVACY_URL__ = 'https://example.invalid/privacy';
const { verdictText } = await import('../entrypoints/popup/Popup.tsx');

// The popup opens on the latest year with records (opening.ts latestYear), the toolbar badge
// (reminders.ts) always evaluates the calendar year. In January 2026, with 2025's courses done, the
// popup says “本年度学时已达标” while the badge beside it says “差90”. “本年度” is this year: the popup
// states a 完成 for the current year that the badge (rightly) denies.
const ledger: Ledger = {
  formatVersion: LEDGER_FORMAT_VERSION,
  profile: { notice: 'WH19', doctorate: false },
  activities: [
    {
      id: 'a',
      kind: 'online-course',
      title: '公需科目：法治',
      category: 'public',
      hours: 30,
      date: '2025-03-01',
      source: { kind: 'manual' },
    },
    {
      id: 'b',
      kind: 'online-course',
      title: '专业课：桥梁',
      category: 'professional',
      hours: 60,
      date: '2025-03-01',
      source: { kind: 'manual' },
    },
  ],
};

test('the popup’s verdict for a past year does not call it 本年度 (the badge is about this year)', () => {
  const shownByPopup = evaluate(ledger, { kind: 'year', year: 2025 });
  const badge = badgeText(evaluate(ledger, { kind: 'year', year: 2026 }));
  expect(badge).toBe('差90');
  expect(shownByPopup.complete).toBe(true);
  expect(verdictText(shownByPopup)).not.toContain('本年度');
});

test('the verdict names the year it is about, done or short', () => {
  expect(verdictText(evaluate(ledger, { kind: 'year', year: 2025 }))).toBe('2025 年度学时已达标。');
  expect(verdictText(evaluate(ledger, { kind: 'year', year: 2024 }))).toBe(
    '2024 年度还差：公需科目 30 学时，专业科目 60 学时。',
  );
});

// An undetermined year says why, not always “通知对这一年没有规定”: under QH20 (figures for 2020 only) 2019 at
// the national 90/60 is 无法判断 because Qinghai's own figure is not in the source (NAT15-REQ); under LY17 a county
// professional 补修 waits on the county's rules (LY17-MAKEUP) although the notice does set 2016's figures.
test('an undetermined verdict gives its reason: the national floor met, or hours that wait on rules not in the notice', () => {
  const qh20 = { ...ledger, profile: { notice: 'QH20' as const, doctorate: false } };
  const floor = evaluate(qh20, { kind: 'year', year: 2025 });
  expect(floor.undetermined).toBe(true);
  expect(verdictText(floor)).toMatch(/^2025 年度无法判断：.*国家规定/);
  const ly17: Ledger = {
    formatVersion: LEDGER_FORMAT_VERSION,
    profile: { notice: 'LY17', doctorate: false, affiliation: 'county' },
    activities: [
      {
        id: 'p',
        kind: 'online-course',
        title: '公需',
        category: 'public',
        hours: 30,
        date: '2016-03-01',
        source: { kind: 'manual' },
      },
      {
        id: 'q',
        kind: 'online-course',
        title: '专业',
        category: 'professional',
        hours: 30,
        date: '2016-03-01',
        source: { kind: 'manual' },
      },
      {
        id: 'm',
        kind: 'makeup',
        category: 'professional',
        hours: 30,
        forYear: 2016,
        date: '2017-10-01',
        source: { kind: 'manual' },
      },
    ],
  };
  const county = evaluate(ly17, { kind: 'year', year: 2016 });
  expect(county.undetermined).toBe(true);
  expect(verdictText(county)).toMatch(/^2016 年度无法判断：.*县区/);
  expect(verdictText(county)).not.toContain('通知对这一年没有规定');
});

// The reason is the year's own: a 2018 paper's line is not the reason 2019 is undecided (found in review).
test('an undetermined verdict gives the reason of the year asked, not another year’s', () => {
  const wh19 = (id: string, date: string) => ({
    id,
    kind: 'paper',
    paperType: 'paper',
    date,
    source: { kind: 'manual' },
  });
  const l: Ledger = {
    formatVersion: LEDGER_FORMAT_VERSION,
    profile: { notice: 'WH19', doctorate: false },
    activities: [
      {
        id: 'a',
        kind: 'online-course',
        title: '公需',
        category: 'public',
        hours: 30,
        date: '2019-03-01',
        source: { kind: 'manual' },
      },
      {
        id: 'b',
        kind: 'online-course',
        title: '专业',
        category: 'professional',
        hours: 50,
        date: '2019-03-01',
        source: { kind: 'manual' },
      },
      wh19('p18', '2018-05-01'),
      wh19('p19', '2019-05-01'),
    ] as Ledger['activities'],
  };
  const e = evaluate(l, { kind: 'year', year: 2019 });
  expect(e.undetermined).toBe(true);
  expect(verdictText(e)).toMatch(/^2019 年度无法判断：2019 年度还有按威人社函〔2011〕24号/);
});
