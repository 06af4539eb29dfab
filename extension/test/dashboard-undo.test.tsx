// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { openDb } from '../lib/db.ts';
import { saveActivity, saveRead, setProfile } from '../lib/ledger-store.ts';
import { allRecords } from '../lib/records.ts';
import { click, mountDashboard, undoButton, until } from './dashboard-harness.ts';

// Review: after an undoable action (a delete), the 撤销 button stays beside the status line of every
// later plain save (“已保存。 撤销”). Clicking it then puts back the copy taken before the delete and
// silently throws away the edit the user just saved (here: a course marked 不计入 counts again).
test('撤销 after a later save does not throw that save away', async () => {
  const db = openDb();
  await setProfile(db, { notice: 'WH19', doctorate: false });
  await saveRead(
    db,
    { platform: 'yxlearning', host: 'sdwh-gxk.yxlearning.com' },
    {
      ok: true,
      warnings: [],
      source: 'json',
      records: [
        {
          platform: 'yxlearning',
          host: 'sdwh-gxk.yxlearning.com',
          externalId: 'c1',
          title: '公需科目：法治',
          hours: 30,
          category: 'public',
          completedOn: '2025-03-01',
          year: 2025,
          passed: true,
        },
      ],
    },
  );
  await saveActivity(db, {
    id: 'm1',
    kind: 'study-visit',
    date: '2025-06-01',
    title: '访学',
    source: { kind: 'manual' },
  });

  const root = await mountDashboard();
  const button = (label: string) => root.querySelector(`button[aria-label="${label}"]`);
  await until(() => button('删除：访学') && button('编辑：公需科目：法治'));

  // 1. Delete the activity (undoable): “已删除。 撤销”.
  await click(button('删除：访学'));
  await until(() => root.querySelector('[data-testid="status"]')?.textContent?.includes('已删除'));

  // 2. Mark the course 不计入 and save (not undoable): “已保存。”
  await click(button('编辑：公需科目：法治'));
  await until(() => root.querySelector('form[aria-label="修改：公需科目：法治"]'));
  const form = root.querySelector('form[aria-label="修改：公需科目：法治"]') as HTMLFormElement;
  const box = form.querySelector('input[type="checkbox"]') as HTMLInputElement;
  await act(() => {
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await until(() => root.querySelector('[data-testid="status"]')?.textContent?.startsWith('已保存'));
  for (let i = 0; i < 100 && !(await allRecords(db))[0]?.override?.excluded; i++)
    await act(() => new Promise((r) => setTimeout(r, 20)));
  expect((await allRecords(db))[0]?.override?.excluded).toBe(true);

  // 3. The status line of that save offers 撤销: clicking it must not undo the 不计入.
  const undo = undoButton(root);
  if (undo) {
    await click(undo);
    await until(() => root.querySelector('[data-testid="status"]')?.textContent?.includes('已撤销'));
  }
  expect((await allRecords(db))[0]?.override?.excluded).toBe(true);
  db.close();
}, 20_000);
