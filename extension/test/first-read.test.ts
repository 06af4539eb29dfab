import 'fake-indexeddb/auto';
import type { Activity } from '@xueshi/core';
import { expect, test } from 'vitest';
import { openDb, SCHEMA_VERSIONS } from '../lib/db.ts';
import { FIRST_READ_STORES, firstRead, startedFirstRead } from '../lib/first-read.ts';
import { loadLedgerData } from '../lib/ledger-live.ts';
import { saveRead } from '../lib/save-read.ts';

// The dashboard's first read without Dexie (issue 12: first render ≤ 150 ms) must give exactly what
// Dexie gives, and must never create or half-open a database Dexie has not set up.

test('its stores are the current schema’s', () => {
  const current = new Set<string>();
  for (const { stores } of SCHEMA_VERSIONS)
    for (const [name, spec] of Object.entries(stores)) spec === null ? current.delete(name) : current.add(name);
  expect([...current].sort()).toEqual([...FIRST_READ_STORES].sort());
});

test('no database yet: null, and none is left behind for Dexie to trip on', async () => {
  expect(await firstRead('first-read-none')).toBeNull();
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('first-read-none');
  const db = openDb('first-read-none');
  await db.settings.put({ key: 'profile', profile: { notice: 'QD23', doctorate: false } });
  expect((await db.settings.get('profile'))?.profile.notice).toBe('QD23');
  db.close();
});

test('an older schema (Dexie must upgrade it first): null, and the upgrade still runs', async () => {
  const v1 = openDb('first-read-v1', 1);
  await v1.open();
  v1.close();
  expect(await firstRead('first-read-v1')).toBeNull();
  const db = openDb('first-read-v1');
  await db.open();
  expect(db.tables.map((t) => t.name)).toContain('recordSets');
  db.close();
});

test('the same data as the Dexie read: profile, records in key order, summaries, activities, newest 50 reads', async () => {
  const db = openDb('first-read-data');
  await db.settings.put({ key: 'profile', profile: { notice: 'WH19', doctorate: false } });
  const visit: Activity = { id: 'm1', kind: 'study-visit', date: '2024-06-01', source: { kind: 'manual' } };
  await db.activities.put(visit);
  const record = (i: number) => ({
    platform: 'yxlearning' as const,
    externalId: `c${i}`,
    title: `课程 ${i}`,
    hours: 6,
    category: 'public' as const,
    completedOn: '2024-03-05',
    year: 2024,
    passed: true,
  });
  for (const host of ['b.yxlearning.com', 'a.yxlearning.com'])
    for (let n = 0; n < 30; n++) {
      const records = Array.from({ length: 3 }, (_, i) => ({ ...record(n * 3 + i), host }));
      await saveRead(db, { platform: 'yxlearning', host }, { ok: true, records, warnings: [], source: 'json' });
    }
  const viaDexie = await loadLedgerData(db);
  db.close();
  const plain = await firstRead('first-read-data');
  expect(plain?.records).toHaveLength(180);
  expect(plain?.reads).toHaveLength(50);
  expect(plain).toEqual(viaDexie);
});

test('the read early-read.js started is taken once; a later call reads again', async () => {
  const started = Promise.resolve(null);
  globalThis.xueshiFirstRead = started;
  expect(startedFirstRead()).toBe(started);
  expect(globalThis.xueshiFirstRead).toBeUndefined();
  const again = startedFirstRead();
  expect(again).not.toBe(started);
  // The dashboard's database does not exist here: a fresh read answers null, as firstRead does.
  expect(await again).toBeNull();
});
