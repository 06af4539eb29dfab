// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { openDb } from '../lib/db.ts';
import { saveActivity, setProfile } from '../lib/ledger-store.ts';
import { deferred } from '../lib/ui/hooks.ts';

// Undo is offered only until the next change of the ledger: a write from another tab (or the
// background) after a delete, seen live, ends the 撤销 of that delete — restoring the copy taken
// before it would silently throw the other tab's write away.
(globalThis as Record<string, unknown>).__XUESHI_PRIVACY_URL__ = 'https://example.invalid/privacy';
vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: '学时通', version: '0.0.0' });
const { Dashboard } = await import('../entrypoints/dashboard/Dashboard.tsx');
type Modules = typeof import('../entrypoints/dashboard/full.ts');

const until = async (what: () => unknown, ms = 3000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error(`timed out: ${String(what)}`);
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
};
const click = (el: Element | null | undefined) =>
  act(() => {
    (el as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });

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
  const root = document.createElement('div');
  document.body.append(root);
  const loading = deferred<Modules>(() => import('../entrypoints/dashboard/full.ts'));
  await act(() => {
    render(h(Dashboard, { loading }), root);
  });
  const undoButton = () =>
    [...(root.querySelector('[data-testid="status"]')?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === '撤销',
    );
  await until(() => root.querySelector('button[aria-label="删除：进修"]'));
  await click(root.querySelector('button[aria-label="删除：进修"]'));
  await until(() => undoButton());

  // Another tab adds an activity: the dashboard sees it live, and 撤销 is no longer offered.
  await saveActivity(db, {
    id: 'm3',
    kind: 'study-visit',
    date: '2025-08-01',
    title: '培训',
    source: { kind: 'manual' },
  });
  await until(() => root.querySelector('button[aria-label="删除：培训"]'));
  await until(() => !undoButton());
  expect(root.querySelector('[data-testid="status"]')?.textContent).toBe('已删除。');
  db.close();
}, 20_000);
