import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import type { PlatformRecord, ReadOk } from '../adapters/contract.ts';
import { openDb } from '../lib/db.ts';
import { buildLedger, saveRead, setProfile, setRecordExcluded, setRecordOverride } from '../lib/ledger-store.ts';
import { allRecords } from '../lib/records.ts';

// The ledger table used to delete a platform record; the platform page is read again by itself
// whenever the user opens it, and the course came back as new and counted, with no word (found in
// review). A course is marked 不计入 instead, and stays so through every read.
const host = 'sdwh-gxk.yxlearning.com';
const rec = (externalId: string, title: string): PlatformRecord => ({
  platform: 'yxlearning',
  host,
  externalId,
  title,
  hours: 10,
  category: 'public',
  completedOn: '2025-03-01',
  year: 2025,
  passed: true,
});
const read = (records: PlatformRecord[]): ReadOk => ({ ok: true, records, warnings: [], source: 'json' });
const page = [rec('c1', '公需科目：法治'), rec('c2', '公需科目：心理健康')];
const counted = async (db: ReturnType<typeof openDb>) => (await buildLedger(db)).ledger?.activities.map((a) => a.id);

test('a platform record marked 不计入 is not counted again after the next read', async () => {
  const db = openDb('record-excluded-1');
  await setProfile(db, { notice: 'WH19', doctorate: false });
  await saveRead(db, { platform: 'yxlearning', host }, read(page));
  await setRecordExcluded(db, `yxlearning|${host}|c2`, true);
  expect(await counted(db)).toEqual([`yxlearning:${host}:c1`]);
  await saveRead(db, { platform: 'yxlearning', host }, read(page));
  expect(await counted(db)).toEqual([`yxlearning:${host}:c1`]);
  expect(await allRecords(db)).toHaveLength(2);
  db.close();
});

test('counted again, it keeps the user’s other edits', async () => {
  const db = openDb('record-excluded-2');
  await setProfile(db, { notice: 'WH19', doctorate: false });
  await saveRead(db, { platform: 'yxlearning', host }, read(page));
  await setRecordOverride(db, `yxlearning|${host}|c2`, { hours: 4, excluded: true });
  await setRecordExcluded(db, `yxlearning|${host}|c2`, false);
  const c2 = (await allRecords(db)).find((r) => r.externalId === 'c2');
  expect(c2?.override).toEqual({ hours: 4 });
  expect(await counted(db)).toEqual([`yxlearning:${host}:c1`, `yxlearning:${host}:c2`]);
  db.close();
});
