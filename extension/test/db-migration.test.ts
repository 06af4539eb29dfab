import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { openDb, SCHEMA_VERSIONS, setKey, type XueshiDb } from '../lib/db.ts';
import { allRecords } from '../lib/records.ts';

// Data written by every released schema version must open with the current code and lose
// nothing. A new version is appended to SCHEMA_VERSIONS; this test then covers its upgrade.
const sample = {
  records: [
    {
      key: 'yxlearning|sdwh-gxk.yxlearning.com|c1',
      platform: 'yxlearning',
      host: 'sdwh-gxk.yxlearning.com',
      externalId: 'c1',
      title: '课程一',
      hours: 6,
      category: 'public',
      completedOn: '2024-03-05',
      year: 2024,
      passed: true,
      firstReadAt: '2024-03-06T00:00:00.000Z',
      override: { hours: 8 },
    },
  ],
  activities: [{ id: 'm1', kind: 'study-visit', date: '2024-06-01', source: { kind: 'manual' } }],
  settings: [{ key: 'profile', profile: { notice: 'QD23', doctorate: false } }],
  reads: [
    {
      id: 1,
      at: '2024-03-06T00:00:00.000Z',
      kind: 'read',
      host: 'sdwh-gxk.yxlearning.com',
      added: 1,
      updated: 0,
      unchanged: 0,
      message: '已读取 1 条记录（新增 1 条）。',
    },
  ],
} as const;

// Where each version kept the platform records: one row each (1), one row per site (2 on).
const writeRecords = async (db: XueshiDb, version: number) => {
  if (version === 1) await db.table('records').bulkPut([...sample.records]);
  else await db.table('recordSets').bulkPut([{ key: setKey(sample.records[0]), records: [...sample.records] }]);
};

test.each(SCHEMA_VERSIONS.map((v) => v.version))(
  'data written with schema version %i opens with the current schema',
  async (version) => {
    const name = `migration-from-${version}`;
    const old = openDb(name, version);
    await old.open();
    const { records, ...tables } = sample;
    await writeRecords(old, version);
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkPut([...rows]);
    old.close();

    const current = openDb(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(await allRecords(current)).toEqual(records);
    for (const [table, rows] of Object.entries(tables)) {
      expect(await current.table(table).toArray()).toEqual(rows);
    }
    current.close();
  },
);

test('schema versions only ever grow', () => {
  const versions = SCHEMA_VERSIONS.map((v) => v.version);
  expect(versions).toEqual([...versions].sort((a, b) => a - b));
  expect(new Set(versions).size).toBe(versions.length);
});
