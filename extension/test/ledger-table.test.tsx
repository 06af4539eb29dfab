// @vitest-environment happy-dom
import type { Activity } from '@xueshi/core';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { LedgerTable } from '../entrypoints/dashboard/LedgerTable.tsx';
import type { StoredRecord } from '../lib/db.ts';

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
          onExcludeRecord: noop,
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

// A platform record is not deleted from the ledger: the platform still lists it, and the next read
// would bring it back counted (found in review). Its button marks it 不计入, or counts it again.
test('a platform record’s button marks it 不计入, and an excluded one’s counts it again', () => {
  const root = document.createElement('div');
  document.body.append(root);
  const record = (excluded: boolean): StoredRecord => ({
    key: 'yxlearning|sdwh-gxk.yxlearning.com|c1',
    firstReadAt: '2025-03-02',
    platform: 'yxlearning',
    host: 'sdwh-gxk.yxlearning.com',
    externalId: 'c1',
    title: '心理健康',
    hours: 10,
    category: 'public',
    completedOn: '2025-03-01',
    year: 2025,
    passed: true,
    ...(excluded ? { override: { excluded: true } } : {}),
  });
  const calls: [string, boolean][] = [];
  const noop = () => undefined;
  const show = (excluded: boolean) =>
    act(() => {
      render(
        h(LedgerTable, {
          full: undefined,
          records: [record(excluded)],
          activities: [],
          onScreen: true,
          onSaveActivity: noop,
          onDeleteActivity: noop,
          onOverride: noop,
          onExcludeRecord: (key, x) => calls.push([key, x]),
        }),
        root,
      );
    });
  const button = () => root.querySelector<HTMLButtonElement>('.row-actions button:last-child');
  show(false);
  expect(button()?.textContent).toBe('不计入');
  act(() => button()?.click());
  show(true);
  expect(root.querySelector('.badge')?.textContent).toBe('不计入');
  expect(button()?.textContent).toBe('恢复计入');
  act(() => button()?.click());
  expect(calls).toEqual([
    ['yxlearning|sdwh-gxk.yxlearning.com|c1', true],
    ['yxlearning|sdwh-gxk.yxlearning.com|c1', false],
  ]);
});
