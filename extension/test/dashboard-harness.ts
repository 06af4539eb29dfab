/**
 * The dashboard mounted in happy-dom over fake-indexeddb, for the tests that click through it.
 * Its modules (full.ts) open the default database: a test file writes its data there first.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { deferred } from '../lib/ui/hooks.ts';

(globalThis as Record<string, unknown>).__XUESHI_PRIVACY_URL__ = 'https://example.invalid/privacy';
vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: '学时通', version: '0.0.0' });
const { Dashboard } = await import('../entrypoints/dashboard/Dashboard.tsx');
type Modules = typeof import('../entrypoints/dashboard/full.ts');

/** Waits (letting the page work) until `what` holds. */
export async function until(what: () => unknown, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error(`timed out: ${String(what)}`);
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

export const click = (el: Element | null | undefined) =>
  act(() => {
    (el as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });

/** The dashboard, rendered into a fresh element. */
export async function mountDashboard(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  const loading = deferred<Modules>(() => import('../entrypoints/dashboard/full.ts'));
  await act(() => {
    render(h(Dashboard, { loading }), root);
  });
  return root;
}

/** The 撤销 button of the status line, if there is one. */
export const undoButton = (root: HTMLElement) =>
  [...(root.querySelector('[data-testid="status"]')?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent === '撤销',
  );
