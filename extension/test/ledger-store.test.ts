import 'fake-indexeddb/auto';
import { LedgerSchema } from '@xueshi/core';
import { importLedgerText } from '@xueshi/site/ui';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PlatformRecord, ReadOk } from '../adapters/contract.ts';
import { openDb, type XueshiDb } from '../lib/db.ts';
import {
  buildLedger,
  exportLedger,
  importLedger,
  recordCategory,
  recordsToComplete,
  saveActivity,
  saveRead,
  setProfile,
  setRecordOverride,
} from '../lib/ledger-store.ts';
import { allRecords } from '../lib/records.ts';

const host = 'sdwh-gxk.yxlearning.com';
// No gxk / zyk label: nothing but a course's own words tells its category.
const bare = 'sdwh.yxlearning.com';
const rec = (n: number, over: Partial<PlatformRecord> = {}): PlatformRecord => ({
  platform: 'yxlearning',
  host,
  externalId: `c${n}`,
  title: `课程 ${n}`,
  hours: 10,
  category: 'public',
  completedOn: `2025-03-0${(n % 9) + 1}`,
  year: 2025,
  passed: true,
  ...over,
});
const read = (records: PlatformRecord[]): ReadOk => ({ ok: true, records, warnings: [], source: 'json' });

let db: XueshiDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
});

describe('saveRead', () => {
  test('stores new records and reports them', async () => {
    const log = await saveRead(db, { platform: 'yxlearning', host }, read([rec(1), rec(2)]));
    expect(log).toMatchObject({ added: 2, updated: 0, unchanged: 0, message: '已读取 2 条记录（新增 2 条）。' });
    expect((await allRecords(db)).length).toBe(2);
  });

  test('reading the same page again adds nothing and changes nothing', async () => {
    await saveRead(db, { platform: 'yxlearning', host }, read([rec(1), rec(2)]), new Date('2026-01-01T00:00:00Z'));
    const before = await allRecords(db);
    const log = await saveRead(db, { platform: 'yxlearning', host }, read([rec(1), rec(2)]));
    expect(log).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(await allRecords(db)).toEqual(before);
  });

  test('a changed record is updated, keeping the user override and the first-read date', async () => {
    await saveRead(
      db,
      { platform: 'yxlearning', host },
      read([rec(1, { hours: null })]),
      new Date('2026-01-01T00:00:00Z'),
    );
    const key = `yxlearning|${host}|c1`;
    await setRecordOverride(db, key, { hours: 6 });
    const log = await saveRead(
      db,
      { platform: 'yxlearning', host },
      read([rec(1, { title: '课程 1（新名）', hours: null })]),
    );
    expect(log).toMatchObject({ added: 0, updated: 1 });
    const stored = (await allRecords(db)).find((r) => r.key === key);
    expect(stored).toMatchObject({
      title: '课程 1（新名）',
      override: { hours: 6 },
      firstReadAt: '2026-01-01T00:00:00.000Z',
    });
  });
});

describe('ledger', () => {
  test('platform records become online-course activities; unfinished and undated ones are listed apart', async () => {
    await setProfile(db, { notice: 'WH19', doctorate: false });
    await saveRead(
      db,
      { platform: 'yxlearning', host },
      read([
        rec(1),
        rec(2, { passed: false }),
        rec(3, { completedOn: null }),
        rec(4, { hours: null, category: null, host: bare }),
      ]),
    );
    const { ledger, pending } = await buildLedger(db);
    expect(ledger?.activities.map((a) => a.id)).toEqual([`yxlearning:${host}:c1`, `yxlearning:${bare}:c4`]);
    expect(ledger?.activities[1]).toMatchObject({ kind: 'online-course', category: 'unknown' });
    expect(ledger?.activities[1]).not.toHaveProperty('hours'); // 学时待补, not 0
    expect(pending.map((p) => [p.record.externalId, p.gap])).toEqual([
      ['c2', 'not-passed'],
      ['c3', 'no-date'],
    ]);
    expect(LedgerSchema.safeParse(ledger).success).toBe(true);
  });

  test('records to complete: what each lacks; unfinished and excluded ones are not asked about', async () => {
    await saveRead(
      db,
      { platform: 'yxlearning', host },
      read([
        rec(1),
        rec(2, { hours: null, category: null, host: bare }),
        rec(3, { completedOn: null }),
        rec(4, { passed: false, hours: null }),
        rec(5, { hours: null }),
      ]),
    );
    await setRecordOverride(db, `yxlearning|${host}|c5`, { excluded: true });
    const list = recordsToComplete(await allRecords(db));
    const byId = list
      .map((p) => [p.record.externalId, p.needs])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(byId).toEqual([
      ['c2', ['hours', 'category']],
      ['c3', ['date']],
    ]);
  });

  test('no ledger before a notice is chosen', async () => {
    await saveRead(db, { platform: 'yxlearning', host }, read([rec(1)]));
    expect((await buildLedger(db)).ledger).toBeNull();
  });
});

describe('export and import', () => {
  test('an export imported into an empty database gives the same ledger; importing it again adds nothing', async () => {
    await setProfile(db, { notice: 'QD23', doctorate: false });
    await saveRead(db, { platform: 'yxlearning', host }, read([rec(1), rec(2)]));
    await saveActivity(db, { id: 'm1', kind: 'study-visit', date: '2025-06-01', source: { kind: 'manual' } });
    const exported = JSON.parse(JSON.stringify(await exportLedger(db)));

    const other = openDb(`test-${++n}`);
    const first = await importLedger(other, importLedgerText(JSON.stringify(exported)), 'ledger.json');
    expect(first).toMatchObject({ ok: true, profileTaken: true, log: { added: 3, unchanged: 0 } });
    expect((await buildLedger(other)).ledger).toEqual((await buildLedger(db)).ledger);
    const again = await importLedger(other, importLedgerText(JSON.stringify(exported)), 'ledger.json');
    expect(again).toMatchObject({ ok: true, profileTaken: false, log: { added: 0, unchanged: 3 } });
    expect(await allRecords(other)).toHaveLength(2);
    expect(await other.activities.count()).toBe(1);
    other.close();
  });

  test('the categories the user chose come back with the file, not the host’s or title’s guess', async () => {
    await setProfile(db, { notice: 'WH19', doctorate: false });
    await saveRead(
      db,
      { platform: 'yxlearning', host },
      read([rec(1), rec(2, { title: '必修：安全生产' }), rec(3, { title: '专业课：建筑工程质量管理' })]),
    );
    const chinahrt = { platform: 'chinahrt' as const, host: 'gp.chinahrt.com', hours: null, category: null };
    await saveRead(db, { platform: 'chinahrt', host: chinahrt.host }, read([rec(4, chinahrt)]));
    const [one, two, , four] = (await allRecords(db)).sort((a, b) => a.externalId.localeCompare(b.externalId));
    // A gxk course the user says is 专业, a 必修 one they say is 公需, a chinahrt course completed by hand.
    await setRecordOverride(db, one?.key ?? '', { category: 'professional' });
    await setRecordOverride(db, two?.key ?? '', { category: 'public' });
    await setRecordOverride(db, four?.key ?? '', { category: 'professional', hours: 12 });
    const exported = JSON.stringify(await exportLedger(db));

    const other = openDb(`test-${++n}`);
    expect(await importLedger(other, importLedgerText(exported), 'ledger.json')).toMatchObject({ ok: true });
    const categories = (l: Awaited<ReturnType<typeof buildLedger>>['ledger']) =>
      l?.activities.map((a) => (a.kind === 'online-course' ? [a.id, a.category, a.hours] : [a.id])).sort();
    expect(categories((await buildLedger(other)).ledger)).toEqual([
      [`chinahrt:gp.chinahrt.com:c4`, 'professional', 12],
      [`yxlearning:${host}:c1`, 'professional', 10],
      [`yxlearning:${host}:c2`, 'public', 10],
      [`yxlearning:${host}:c3`, 'professional', 10],
    ]);
    // Nothing the user already decided is asked again.
    expect(recordsToComplete(await allRecords(other))).toEqual([]);
    other.close();
  });

  test('an invalid file changes nothing and says which field is wrong', async () => {
    await setProfile(db, { notice: 'QD23', doctorate: false });
    await saveActivity(db, { id: 'm1', kind: 'study-visit', date: '2025-06-01', source: { kind: 'manual' } });
    const bad = {
      formatVersion: 1,
      profile: { notice: 'QD23' },
      activities: [
        { id: 'ok', kind: 'study-visit', date: '2025-07-01' },
        { id: 'bad', kind: 'online-course', title: 'x', category: 'public', hours: -3, date: '2025-07-01' },
      ],
    };
    const result = await importLedger(db, importLedgerText(JSON.stringify(bad)), 'bad.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('activities[1].hours');
    expect(await db.activities.toArray()).toHaveLength(1);
    expect(await db.reads.count()).toBe(0);
  });

  test('a file of a newer format version is refused', async () => {
    const result = await importLedger(
      db,
      importLedgerText(JSON.stringify({ formatVersion: 2, profile: {}, activities: [] })),
      'new.json',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/格式版本/);
  });
});

describe('category from the evidence (issue 12)', () => {
  const stored = (over: Partial<PlatformRecord>) => ({ ...rec(1, over), key: 'k', firstReadAt: '2026-01-01' });

  test('a record stored with the host’s category is re-decided by its title', () => {
    expect(recordCategory(stored({ title: '专业课：建筑工程质量管理', category: 'public' }))).toBe('professional');
    expect(recordCategory(stored({ title: '法治素养提升', category: 'public' }))).toBe('public');
  });

  test('the user’s choice outweighs every evidence; 必修 without a choice is asked', () => {
    expect(recordCategory({ ...stored({ title: '专业课：x' }), override: { category: 'public' } })).toBe('public');
    const asked = stored({ title: '必修：安全生产', category: 'public' });
    expect(recordCategory(asked)).toBeNull();
    expect(recordsToComplete([asked]).map((p) => p.needs)).toEqual([['category']]);
  });
});
