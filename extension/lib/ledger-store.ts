/**
 * Everything that writes the database: a platform read, an import, the user's own edits.
 * Each write is one transaction, so a failure leaves the database as it was.
 */
import { type Activity, type Ledger, type LedgerIssue, LedgerSchema, type Profile } from '@xueshi/core';
import { describeIssue, type ImportResult as FileImport } from '@xueshi/site/ui';
import { evidenceOf } from '../adapters/category.ts';
import type { PlatformId, PlatformRecord } from '../adapters/contract.ts';
import { type ReadLog, type RecordOverride, recordKey, setKey, type XueshiDb } from './db.ts';
import { allRecords, updateRecords, withSets } from './records.ts';

export * from './ledger.ts';

import { ledgerFrom } from './ledger.ts';

export { readMessage, saveRead } from './save-read.ts';

export async function getProfile(db: XueshiDb): Promise<Profile | undefined> {
  return (await db.settings.get('profile'))?.profile;
}

export async function setProfile(db: XueshiDb, profile: Profile): Promise<void> {
  await db.settings.put({ key: 'profile', profile });
}

/** {@link ledgerFrom} over what the database holds. */
export async function buildLedger(db: XueshiDb): Promise<ReturnType<typeof ledgerFrom>> {
  const [profile, activities, records] = await Promise.all([getProfile(db), db.activities.toArray(), allRecords(db)]);
  return ledgerFrom(profile, activities, records);
}

export type ImportResult =
  | { ok: true; log: ReadLog; profileTaken: boolean }
  | { ok: false; errors: LedgerIssue[]; message: string };

/**
 * Merges a ledger file, as the site's calculator reads it (`importLedgerFile`: JSON, size,
 * validation), into the database: all or nothing. Nothing already stored is lost or overwritten:
 * activities and records already present (same id / same platform record) stay as they are, and
 * the file's profile is taken only when none is set yet.
 */
export async function importLedger(
  db: XueshiDb,
  parsed: FileImport,
  file: string | undefined,
  now = new Date(),
): Promise<ImportResult> {
  if (!parsed.ok) {
    const first = parsed.errors[0];
    return {
      ok: false,
      errors: parsed.errors,
      message: `文件未导入，台账没有任何改动。${first ? describeIssue(first) : '格式不正确'}`,
    };
  }
  const { ledger } = parsed;
  const at = now.toISOString();
  return db.transaction('rw', db.recordSets, db.activities, db.settings, db.reads, async () => {
    let added = 0;
    let unchanged = 0;
    const profileTaken = !(await db.settings.get('profile'));
    if (profileTaken) await db.settings.put({ key: 'profile', profile: ledger.profile });
    const records = ledger.activities.flatMap((a) => {
      const r = platformRecordOf(a);
      return r ? [r] : [];
    });
    await withSets(db, records.map(setKey), (site) => {
      for (const record of records) {
        const stored = site(setKey(record));
        const key = recordKey(record);
        if (stored.has(key)) unchanged++;
        else {
          const { readAt, ...fields } = record;
          stored.set(key, { ...fields, key, firstReadAt: readAt ?? at });
          added++;
        }
      }
    });
    const others = ledger.activities.filter((a) => !platformRecordOf(a));
    const existing = await db.activities.bulkGet(others.map((a) => a.id));
    const fresh = others.filter((_, i) => !existing[i]);
    await db.activities.bulkAdd(fresh);
    added += fresh.length;
    unchanged += others.length - fresh.length;
    const log: ReadLog = {
      at,
      kind: 'import',
      ...(file ? { file } : {}),
      added,
      updated: 0,
      unchanged,
      message: `已导入 ${ledger.activities.length} 条活动（新增 ${added} 条，${unchanged} 条已在台账中）${profileTaken ? '，并采用了文件中的个人资料' : ''}。`,
    };
    log.id = await db.reads.add(log);
    return { ok: true as const, log, profileTaken };
  });
}

/**
 * A platform course of a ledger file as the platform record it came from; null for anything else.
 * The file's category is the one its ledger counted. Where the evidence (category.ts: the title,
 * the host) would now decide otherwise or ask, it was the user's choice: it comes back as their
 * choice (an override), not re-guessed from the host.
 */
function platformRecordOf(
  activity: Activity,
): (PlatformRecord & { readAt?: string; override?: RecordOverride }) | null {
  const source = activity.source;
  if (activity.kind !== 'online-course' || source.kind !== 'platform' || !isPlatformId(source.platform)) return null;
  const category = activity.category === 'unknown' ? null : activity.category;
  const record: PlatformRecord = {
    platform: source.platform,
    host: source.host ?? '',
    externalId: source.externalId,
    title: activity.title,
    hours: activity.hours ?? null,
    category,
    completedOn: activity.date,
    year: Number(activity.date.slice(0, 4)),
    passed: true,
  };
  const chosen = category !== null && evidenceOf(record).category !== category;
  return {
    ...record,
    ...(source.readAt ? { readAt: source.readAt } : {}),
    ...(chosen ? { override: { category } } : {}),
  };
}

function isPlatformId(p: string): p is PlatformId {
  return p === 'yxlearning' || p === 'ghlearning' || p === 'chinahrt' || p === 'generic';
}

/** The ledger as a file: validated against the ledger schema before it is offered. */
export async function exportLedger(db: XueshiDb): Promise<Ledger | null> {
  const { ledger } = await buildLedger(db);
  return ledger ? LedgerSchema.parse(ledger) : null;
}

export async function saveActivity(db: XueshiDb, activity: Activity): Promise<void> {
  await db.activities.put(activity);
}

export async function deleteActivity(db: XueshiDb, id: string): Promise<void> {
  await db.activities.delete(id);
}

export async function setRecordOverride(db: XueshiDb, key: string, override: RecordOverride): Promise<void> {
  await updateRecords(db, [key], (r) => ({ ...r, override }));
}

/** Many records' edits at once (the bulk editor): one transaction, all or nothing. */
export async function setRecordOverrides(
  db: XueshiDb,
  changes: readonly { key: string; override: RecordOverride }[],
): Promise<void> {
  const byKey = new Map(changes.map((c) => [c.key, c.override]));
  await updateRecords(db, [...byKey.keys()], (r) => ({ ...r, override: byKey.get(r.key) ?? r.override }));
}

/** Replaces the ledger with a file's (the user chose 替换): the read history stays. */
export async function replaceWithLedger(
  db: XueshiDb,
  parsed: FileImport,
  file: string | undefined,
  now = new Date(),
): Promise<ImportResult> {
  if (!parsed.ok) return importLedger(db, parsed, file, now);
  return db.transaction('rw', [db.recordSets, db.summaries, db.activities, db.settings, db.reads], async () => {
    await Promise.all([db.recordSets.clear(), db.summaries.clear(), db.activities.clear(), db.settings.clear()]);
    return importLedger(db, parsed, file, now);
  });
}

export async function deleteRecord(db: XueshiDb, key: string): Promise<void> {
  await updateRecords(db, [key], () => null);
}

/** Deletes everything the extension stored (after the user confirmed). */
export async function clearAll(db: XueshiDb): Promise<void> {
  await db.transaction('rw', [db.recordSets, db.summaries, db.activities, db.settings, db.reads], async () => {
    await Promise.all([
      db.recordSets.clear(),
      db.summaries.clear(),
      db.activities.clear(),
      db.settings.clear(),
      db.reads.clear(),
    ]);
  });
}
