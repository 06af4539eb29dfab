// @vitest-environment happy-dom
/**
 * Importing a ledger file into the calculator (found in review): nothing in the file is dropped, and the form shows
 * what is computed with.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { type Activity, evaluate, type Ledger, type Profile, type Query } from '../src/ui/core.ts';
import { importLedgerText } from '../src/ui/files.ts';
import { QueryForm } from '../src/ui/QueryForm.tsx';
import { fromLedger, mergeActivities } from '../src/ui/state.ts';

test('profile.term: after importing a file with a different 任期, the 任期 field shows the file’s term (the one computed with)', () => {
  const query: Query = { kind: 'application', level: 'intermediate', year: 2019, route: 'review' };
  const before: Profile = { notice: 'WH19', doctorate: false, term: { firstYear: 2015, lastYear: 2017 } };
  const root = document.createElement('div');
  document.body.append(root);
  const show = (profile: Profile) => act(() => render(h(QueryForm, { profile, query, onChange: () => {} }), root));
  show(before);
  const field = () =>
    [...root.querySelectorAll('input')].find((i) => i.placeholder === '如 2015—2017') as HTMLInputElement;
  expect(field().value).toBe('2015—2017');

  // The calculator replaces its state with the imported file (same QueryForm instance, new profile).
  const file = importLedgerText(
    JSON.stringify({
      formatVersion: 1,
      profile: { notice: 'WH19', term: { firstYear: 2016, lastYear: 2019 } },
      activities: [],
    }),
  );
  if (!file.ok) throw new Error('fixture');
  const imported = fromLedger(file.ledger, 2019).profile;
  show(imported);
  expect(evaluate(file.ledger, query).years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019]);
  expect(field().value).toBe('2016—2019');

  // …and a file without a term clears it (the field must not keep showing a term that is no longer used).
  const { term: _, ...noTerm } = imported;
  show(noTerm as Profile);
  expect(field().value).toBe('');
});

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
