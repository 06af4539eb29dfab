import 'fake-indexeddb/auto';
import { evaluate } from '@xueshi/core';
import { importLedgerText } from '@xueshi/site/ui';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PlatformRecord, ReadOk } from '../adapters/contract.ts';
import { guessedRows } from '../entrypoints/dashboard/bulk-model.ts';
import { openDb, type XueshiDb } from '../lib/db.ts';
import { EXTENSION_PART, readLedgerText } from '../lib/ledger-file.ts';
import {
  buildLedger,
  exportLedger,
  importLedger,
  replaceWithLedger,
  saveRead,
  setProfile,
  setRecordOverride,
} from '../lib/ledger-store.ts';
import { allRecords } from '../lib/records.ts';

// A decision the user made on a platform record must survive export → import → the next read of
// the platform. The file is the user's only backup, and the platform pages are read again whenever
// the user opens them (found in review, issue 12's reconciliation: the platform's figures came back
// over the user's, and a course marked 不计入 was counted again — a wrong 完成).

const gxk = 'sdwh-gxk.yxlearning.com';
const hrt = 'gp.chinahrt.com';
const read = (records: PlatformRecord[]): ReadOk => ({ ok: true, records, warnings: [], source: 'json' });
const yx = (over: Partial<PlatformRecord> = {}): PlatformRecord => ({
  platform: 'yxlearning',
  host: gxk,
  externalId: 'c1',
  title: '法治素养提升',
  hours: 10,
  category: 'public',
  completedOn: '2025-03-01',
  year: 2025,
  passed: true,
  ...over,
});
// What the chinahrt adapter returns for a finished course: no hours, no date, no category.
const chinahrt: PlatformRecord = {
  platform: 'chinahrt',
  host: hrt,
  externalId: '151:p1:c9',
  title: '桥梁工程检测',
  hours: null,
  category: null,
  completedOn: null,
  year: null,
  passed: true,
  progressPercent: 100,
};
// The generic table reader: the table's category column said 公需.
const generic: PlatformRecord = {
  platform: 'generic',
  host: 'jxjy.example.cn',
  externalId: 'g1',
  title: '建筑信息模型应用',
  hours: 8,
  category: 'public',
  completedOn: '2025-05-01',
  year: 2025,
  passed: true,
};

let db: XueshiDb;
let other: XueshiDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`review-rt-${++n}`);
  other = openDb(`review-rt-${++n}`);
  await db.open();
  await setProfile(db, { notice: 'WH19', doctorate: false });
});
afterEach(() => {
  db.close();
  other.close();
});

/** Export from `db`, import into a fresh database (a new computer), then the platform is read again. */
async function roundTripThenRead(records: PlatformRecord[]) {
  const file = JSON.stringify(await exportLedger(db));
  expect(await importLedger(other, readLedgerText(file), 'ledger.json')).toMatchObject({ ok: true });
  for (const r of records) await saveRead(other, { platform: r.platform, host: r.host }, read([r]));
  const { ledger } = await buildLedger(other);
  return ledger?.activities ?? [];
}

describe('export → import → the platform read again', () => {
  test('chinahrt: the hours and date the user typed (the platform gives none) are kept', async () => {
    await saveRead(db, { platform: 'chinahrt', host: hrt }, read([chinahrt]));
    await setRecordOverride(db, `chinahrt|${hrt}|151:p1:c9`, {
      hours: 12,
      date: '2025-04-01',
      category: 'professional',
    });
    const before = (await buildLedger(db)).ledger?.activities;
    expect(before).toHaveLength(1);

    const after = await roundTripThenRead([chinahrt]);
    expect(after.map((a) => [a.id, 'hours' in a ? a.hours : undefined, 'date' in a ? a.date : undefined])).toEqual([
      [`chinahrt:${hrt}:151:p1:c9`, 12, '2025-04-01'],
    ]);
  });

  test('yxlearning: hours the user lowered (10 → 4) are not replaced by the platform’s 10', async () => {
    await saveRead(db, { platform: 'yxlearning', host: gxk }, read([yx()]));
    await setRecordOverride(db, `yxlearning|${gxk}|c1`, { hours: 4 });
    const after = await roundTripThenRead([yx()]);
    expect(after.map((a) => ('hours' in a ? a.hours : undefined))).toEqual([4]);
  });

  test('yxlearning: a date the user moved to another year stays in that year', async () => {
    await saveRead(db, { platform: 'yxlearning', host: gxk }, read([yx({ completedOn: '2024-12-30', year: 2024 })]));
    await setRecordOverride(db, `yxlearning|${gxk}|c1`, { date: '2025-01-05' });
    const after = await roundTripThenRead([yx({ completedOn: '2024-12-30', year: 2024 })]);
    expect(after.map((a) => ('date' in a ? a.date : undefined))).toEqual(['2025-01-05']);
  });

  test('a course the user marked 不计入 is not counted again', async () => {
    await saveRead(
      db,
      { platform: 'yxlearning', host: gxk },
      read([yx(), yx({ externalId: 'c2', title: '心理健康' })]),
    );
    await setRecordOverride(db, `yxlearning|${gxk}|c2`, { excluded: true });
    expect((await buildLedger(db)).ledger?.activities.map((a) => a.id)).toEqual([`yxlearning:${gxk}:c1`]);

    const after = await roundTripThenRead([yx(), yx({ externalId: 'c2', title: '心理健康' })]);
    expect(after.map((a) => a.id)).toEqual([`yxlearning:${gxk}:c1`]);
  });

  test('replace (替换) then a read: the excluded course is not counted either', async () => {
    await saveRead(
      db,
      { platform: 'yxlearning', host: gxk },
      read([yx(), yx({ externalId: 'c2', title: '心理健康' })]),
    );
    await setRecordOverride(db, `yxlearning|${gxk}|c2`, { excluded: true });
    const file = JSON.stringify(await exportLedger(db));
    await replaceWithLedger(db, readLedgerText(file), 'ledger.json');
    await saveRead(
      db,
      { platform: 'yxlearning', host: gxk },
      read([yx(), yx({ externalId: 'c2', title: '心理健康' })]),
    );
    expect((await buildLedger(db)).ledger?.activities.map((a) => a.id)).toEqual([`yxlearning:${gxk}:c1`]);
  });

  test('generic table: the category the user chose over the table’s column survives (d70f380 misses generic)', async () => {
    await saveRead(db, { platform: 'generic', host: generic.host }, read([generic]));
    await setRecordOverride(db, `generic|${generic.host}|g1`, { category: 'professional' });
    const after = await roundTripThenRead([generic]);
    expect(after.map((a) => (a.kind === 'online-course' ? a.category : undefined))).toEqual(['professional']);
  });
});

test('the worst case: a course the user excluded makes the year 完成 after export → import → read', async () => {
  // WH19: 30 公需 + 60 专业. The user's unit does not accept 《专业课：隧道》: 专业 is 50 of 60.
  const courses = [
    yx({ externalId: 'p', title: '公需科目：法治', hours: 30 }),
    yx({ externalId: 'a', title: '专业课：桥梁', hours: 50 }),
    yx({ externalId: 'b', title: '专业课：隧道', hours: 10 }),
  ];
  await saveRead(db, { platform: 'yxlearning', host: gxk }, read(courses));
  await setRecordOverride(db, `yxlearning|${gxk}|b`, { excluded: true });
  const complete = async (d: XueshiDb) => {
    const { ledger } = await buildLedger(d);
    return ledger ? evaluate(ledger, { kind: 'year', year: 2025 }).complete : null;
  };
  expect(await complete(db)).toBe(false);
  await roundTripThenRead(courses);
  expect(await complete(other)).toBe(false);
});

test('a host-guessed category the user confirmed is not listed to confirm again after import', async () => {
  await saveRead(db, { platform: 'yxlearning', host: gxk }, read([yx()]));
  await setRecordOverride(db, `yxlearning|${gxk}|c1`, { category: 'public' });
  expect(guessedRows(await allRecords(db))).toHaveLength(0);
  const file = JSON.stringify(await exportLedger(db));
  await importLedger(other, readLedgerText(file), 'ledger.json');
  expect(guessedRows(await allRecords(other))).toHaveLength(0);
});

describe('a file without the extension’s part (written by the site, or edited by hand)', () => {
  /** The file as the site writes it: the ledger only. */
  const ledgerOnly = async () => {
    const exported = (await exportLedger(db)) as unknown as Record<string, unknown>;
    delete exported[EXTENSION_PART];
    return JSON.stringify(exported);
  };

  test('chinahrt: the hours and date it counted are kept as the user’s when the platform is read again', async () => {
    await saveRead(db, { platform: 'chinahrt', host: hrt }, read([chinahrt]));
    await setRecordOverride(db, `chinahrt|${hrt}|151:p1:c9`, { hours: 12, date: '2025-04-01', category: 'public' });
    const file = await ledgerOnly();
    expect(await importLedger(other, importLedgerText(file), 'site.json')).toMatchObject({ ok: true });
    await saveRead(other, { platform: 'chinahrt', host: hrt }, read([chinahrt]));
    const after = (await buildLedger(other)).ledger?.activities ?? [];
    expect(after.map((a) => (a.kind === 'online-course' ? [a.hours, a.date, a.category] : []))).toEqual([
      [12, '2025-04-01', 'public'],
    ]);
  });

  test('generic table: a category other than the column’s stays after the table is read again', async () => {
    await saveRead(db, { platform: 'generic', host: generic.host }, read([generic]));
    await setRecordOverride(db, `generic|${generic.host}|g1`, { category: 'professional' });
    await importLedger(other, importLedgerText(await ledgerOnly()), 'site.json');
    await saveRead(other, { platform: 'generic', host: generic.host }, read([generic]));
    const after = (await buildLedger(other)).ledger?.activities ?? [];
    expect(after.map((a) => (a.kind === 'online-course' ? a.category : undefined))).toEqual(['professional']);
  });

  test('edited by hand: the file’s activity decides, not the extension’s copy of the record', async () => {
    await saveRead(db, { platform: 'yxlearning', host: gxk }, read([yx()]));
    const exported = (await exportLedger(db)) as unknown as { activities: { hours?: number }[] };
    const [course] = exported.activities;
    if (course) course.hours = 7;
    await importLedger(other, readLedgerText(JSON.stringify(exported)), 'edited.json');
    const after = (await buildLedger(other)).ledger?.activities ?? [];
    expect(after.map((a) => ('hours' in a ? a.hours : undefined))).toEqual([7]);
  });

  test('an invalid extension part is left out with a word, and the ledger is imported', async () => {
    await saveRead(db, { platform: 'yxlearning', host: gxk }, read([yx()]));
    const exported = (await exportLedger(db)) as unknown as Record<string, unknown>;
    exported[EXTENSION_PART] = { records: [{ platform: 'nowhere' }] };
    const result = await importLedger(other, readLedgerText(JSON.stringify(exported)), 'odd.json');
    expect(result).toMatchObject({ ok: true, log: { added: 1 } });
    if (result.ok) expect(result.log.message).toMatch(/扩展专用的平台记录部分无效/);
  });
});
