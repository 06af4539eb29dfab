// @vitest-environment happy-dom
/**
 * “完成这些计划后” (PlannedSummary) in the calculator (found in review). A plan is, by definition, not done yet:
 * its date is usually after today. The what-if must count it as done.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { Calculator, STORAGE_KEY } from '../src/components/Calculator.tsx';
import { ACTIVITY_KINDS } from '../src/ui/core.ts';

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

test('query.asOf: a planned course dated after today counts in “完成这些计划后” (evaluated as of the latest plan)', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-01T08:00:00Z'));
  const ledger = {
    formatVersion: 1,
    profile: { notice: 'QD23', doctorate: false },
    activities: [
      { id: 'p', kind: 'public-certificate', date: '2026-03-01', hours: 30 },
      { id: 'a', kind: 'online-course', title: '已学', category: 'professional', hours: 30, date: '2026-03-01' },
      // The plan: a 30-hour course to finish in September.
      {
        id: 'b',
        kind: 'online-course',
        title: '计划',
        category: 'professional',
        hours: 30,
        date: '2026-09-01',
        planned: true,
      },
    ],
  };
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ ledger, query: { kind: 'year', year: 2026 } }));
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(h(Calculator, { initialYear: 2026, kinds: ACTIVITY_KINDS }), root);
  });
  const summary = await vi.waitFor(
    () => {
      const el = root.querySelector('[data-planned-result]');
      if (!el) throw new Error('no planned summary yet');
      return el.textContent ?? '';
    },
    { timeout: 5000 },
  );
  // Real result: 30 + 30 of 90 (公需 30 / 专业 60). With the plan done: 专业 60, 合计 90 — 达标.
  expect(root.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('short');
  expect(summary).toContain('专业 60');
  expect(summary).toContain('，达标');
});
