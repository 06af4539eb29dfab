// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { openDb } from '../lib/db.ts';
import { saveActivity, setProfile } from '../lib/ledger-store.ts';
import { click, mountDashboard, undoButton, until } from './dashboard-harness.ts';

// Undo is offered only until the next change of the ledger: a write from another tab (or the
// background) after a delete, seen live, ends the 撤销 of that delete — restoring the copy taken
// before it would silently throw the other tab's write away.
test('a change from another tab after a delete ends its 撤销 (undo would throw that change away)', async () => {
  const db = openDb();
  await setProfile(db, { notice: 'WH19', doctorate: false });
  await saveActivity(db, {
    id: 'm2',
    kind: 'study-visit',
    date: '2025-07-01',
    title: '进修',
    source: { kind: 'manual' },
  });
  const root = await mountDashboard();
  await until(() => root.querySelector('button[aria-label="删除：进修"]'));
  await click(root.querySelector('button[aria-label="删除：进修"]'));
  await until(() => undoButton(root));

  // Another tab adds an activity: the dashboard sees it live, and 撤销 is no longer offered.
  await saveActivity(db, {
    id: 'm3',
    kind: 'study-visit',
    date: '2025-08-01',
    title: '培训',
    source: { kind: 'manual' },
  });
  await until(() => root.querySelector('button[aria-label="删除：培训"]'));
  await until(() => !undoButton(root));
  expect(root.querySelector('[data-testid="status"]')?.textContent).toBe('已删除。');
  db.close();
}, 20_000);
