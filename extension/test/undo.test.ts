import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import type { PlatformRecord } from '../adapters/contract.ts';
import { openDb } from '../lib/db.ts';
import { clearAll, saveActivity, saveRead, setProfile, setRecordOverrides } from '../lib/ledger-store.ts';
import { allRecords } from '../lib/records.ts';
import { restoreSnapshot, takeSnapshot, unchangedSince, undoIfUnchanged } from '../lib/undo.ts';

const rec = (n: number): PlatformRecord => ({
  platform: 'chinahrt',
  host: 'gp.chinahrt.com',
  externalId: `151:p1:c${n}`,
  title: `课程 ${n}`,
  hours: null,
  category: null,
  completedOn: null,
  year: null,
  passed: true,
});

test('clear-all, then undo: every record, activity, profile and read is back', async () => {
  const db = openDb('undo-1');
  await saveRead(
    db,
    { platform: 'chinahrt', host: 'gp.chinahrt.com' },
    {
      ok: true,
      records: [rec(1), rec(2)],
      warnings: [],
      source: 'json',
    },
  );
  await saveActivity(db, { id: 'm1', kind: 'study-visit', date: '2024-06-01', source: { kind: 'manual' } });
  await setProfile(db, { notice: 'NX19', doctorate: false });
  const before = await takeSnapshot(db);
  await clearAll(db);
  expect(await allRecords(db)).toEqual([]);
  await restoreSnapshot(db, before);
  expect(await takeSnapshot(db)).toEqual(before);
  expect(await allRecords(db)).toHaveLength(2);
});

test('a bulk edit saves many records in one call, and undo puts the old values back', async () => {
  const db = openDb('undo-2');
  await saveRead(
    db,
    { platform: 'chinahrt', host: 'gp.chinahrt.com' },
    {
      ok: true,
      records: [rec(1), rec(2), rec(3)],
      warnings: [],
      source: 'json',
    },
  );
  const before = await takeSnapshot(db);
  const keys = (await allRecords(db)).map((r) => r.key);
  await setRecordOverrides(
    db,
    keys.map((key, i) => ({ key, override: { hours: i + 1, category: 'public', date: '2024-05-01' } })),
  );
  expect((await allRecords(db)).map((r) => r.override)).toEqual(
    [1, 2, 3].map((hours) => ({
      hours,
      category: 'public',
      date: '2024-05-01',
    })),
  );
  await restoreSnapshot(db, before);
  expect((await allRecords(db)).every((r) => r.override === undefined)).toBe(true);
});

test('undo is refused, and nothing written, once the ledger changed after the action', async () => {
  const db = openDb('undo-3');
  await saveActivity(db, { id: 'm1', kind: 'study-visit', date: '2024-06-01', source: { kind: 'manual' } });
  const before = await takeSnapshot(db);
  await clearAll(db);
  const after = await takeSnapshot(db);
  expect(await unchangedSince(db, after)).toBe(true);
  await saveActivity(db, { id: 'm2', kind: 'study-visit', date: '2024-07-01', source: { kind: 'manual' } });
  expect(await unchangedSince(db, after)).toBe(false);
  const now = await takeSnapshot(db);
  expect(await undoIfUnchanged(db, { before, after })).toBe(false);
  expect(await takeSnapshot(db)).toEqual(now);
  // Unchanged since the action: undo puts the copy back.
  await clearAll(db);
  const cleared = await takeSnapshot(db);
  expect(await undoIfUnchanged(db, { before: now, after: cleared })).toBe(true);
  expect(await takeSnapshot(db)).toEqual(now);
});
