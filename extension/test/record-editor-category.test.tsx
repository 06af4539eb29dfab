// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { evidenceOf } from '../adapters/category.ts';
import { RecordEditor } from '../entrypoints/dashboard/RecordEditor.tsx';
import type { RecordOverride, StoredRecord } from '../lib/db.ts';
import { recordCategory } from '../lib/ledger.ts';

// Review: category.ts says a suggestion is “a pre-selected choice when asking (weaker evidence),
// never applied by itself”, and the bulk editor shows such a row as 待确认. The ledger table's
// editor pre-selects the suggestion, so saving any other field (hours, 不计入) applies it as the
// user's choice: a course that counted nothing now counts as 公需.
const record: StoredRecord = {
  platform: 'yxlearning',
  host: 'sdwh-gxk.yxlearning.com',
  externalId: 'c1',
  title: '必修：安全生产',
  hours: null,
  category: 'public',
  completedOn: '2025-03-01',
  year: 2025,
  passed: true,
  key: 'yxlearning|sdwh-gxk.yxlearning.com|c1',
  firstReadAt: '2026-01-01',
};

test('editing the hours of a course whose category is asked does not choose the category', () => {
  expect(evidenceOf(record)).toMatchObject({ ask: true, category: null, suggestion: 'public' });
  let saved: RecordOverride | undefined;
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(h(RecordEditor, { record, onSave: (o: RecordOverride) => (saved = o) }), root);
  });
  const hours = root.querySelector('input[inputmode="decimal"]') as HTMLInputElement;
  act(() => {
    hours.value = '3';
    hours.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  expect(saved?.hours).toBe(3);
  // The user chose no category: the course must still be asked about, not credited as 公需.
  expect(saved?.category).toBeUndefined();
  expect(recordCategory({ ...record, ...(saved ? { override: saved } : {}) })).toBeNull();
});

const mount = (props: Record<string, unknown>) => {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(h(RecordEditor, { record, ...props } as never), root);
  });
  return root;
};
const submit = (root: Element) =>
  act(() => {
    root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });

test('the suggestion is shown as a hint; a category the user picks is saved as theirs', () => {
  let saved: RecordOverride | undefined;
  const root = mount({ onSave: (o: RecordOverride) => (saved = o) });
  const select = root.querySelector('select') as HTMLSelectElement;
  expect(select.value).toBe('');
  expect(root.textContent).toContain('可能是公需');
  act(() => {
    select.value = 'public';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  submit(root);
  expect(saved?.category).toBe('public');
});

test('in the 待补充 list the category must be picked: the suggestion is not saved for the user', () => {
  let saved: RecordOverride | undefined;
  const root = mount({ only: ['category'], onSave: (o: RecordOverride) => (saved = o) });
  submit(root);
  expect(saved).toBeUndefined();
  expect(root.querySelector('[role="alert"]')?.textContent).toBe('请选择类别。');
});
