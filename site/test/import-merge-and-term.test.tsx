// @vitest-environment happy-dom
/**
 * Importing a ledger file into the calculator (found in review): nothing in the file is dropped, and the form shows
 * what is computed with.
 */
import { expect, test } from 'vitest';
import { type Activity, evaluate, type Ledger } from '../src/ui/core.ts';
import { mergeActivities } from '../src/ui/state.ts';

test('mergeActivities keeps identical activities within the file (core counts each); only ones already there are the same', () => {
  // Two separate, identical 2-hour manual courses in the imported file (distinct ids): core counts both.
  const mine: Activity = { id: 'x', kind: 'study-visit', date: '2023-02-01', source: { kind: 'manual' } } as Activity;
  const one = {
    id: 'c1',
    kind: 'online-course',
    title: '专业课',
    category: 'professional',
    hours: 2,
    date: '2023-05-01',
    source: { kind: 'manual' },
  } as Activity;
  const two = { ...one, id: 'c2' } as Activity;
  const file: Ledger = { formatVersion: 1, profile: { notice: 'QD23', doctorate: false }, activities: [one, two] };
  expect(evaluate(file, { kind: 'year', year: 2023 }).credited.professional).toBe(4);

  const m = mergeActivities([mine], file.activities);
  expect(m.activities.map((a) => a.id)).toEqual(['x', 'c1', 'c2']);
  expect(m).toMatchObject({ added: 2, same: 0 });
  // Importing the same file again adds nothing: both are already there.
  expect(mergeActivities(m.activities, file.activities)).toMatchObject({ added: 0, same: 2 });
});
