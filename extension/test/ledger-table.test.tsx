// @vitest-environment happy-dom
import type { Activity } from '@xueshi/core';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { LedgerTable } from '../entrypoints/dashboard/LedgerTable.tsx';

// 150 activities, newest first on screen: 2024-12-31 down.
const activities: Activity[] = Array.from({ length: 150 }, (_, i) => ({
  id: `a${i}`,
  kind: 'online-course',
  title: `课程 ${i}`,
  category: 'professional',
  hours: 1,
  date: new Date(Date.UTC(2024, 11, 31 - i)).toISOString().slice(0, 10),
  source: { kind: 'manual' },
}));

// Issue 12: the first frame lays out a screen's worth of rows; the page's other rows follow once it
// is on screen (Dashboard tells it) — the first screen shows sooner, and nothing of the page is left out.
test('the ledger shows its first rows at once and the whole page of 100 once they are on screen', () => {
  const root = document.createElement('div');
  document.body.append(root);
  const noop = () => undefined;
  const show = (onScreen: boolean) =>
    act(() => {
      render(
        h(LedgerTable, {
          full: undefined,
          records: [],
          activities,
          onScreen,
          onSaveActivity: noop,
          onDeleteActivity: noop,
          onOverride: noop,
          onDeleteRecord: noop,
        }),
        root,
      );
    });
  show(false);
  const rows = () => [...root.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')?.textContent);
  expect(root.querySelector('[data-testid="ledger-count"]')?.textContent).toBe('共 150 条');
  expect(rows()).toHaveLength(20);
  expect(rows()[0]).toBe('2024-12-31');

  show(true);
  expect(rows()).toHaveLength(100);
  expect(rows()[99]).toBe('2024-09-23');
  expect(root.querySelector('.pager')?.textContent).toContain('第 1 / 2 页');
});
