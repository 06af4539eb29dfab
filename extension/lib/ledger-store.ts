/**
 * Everything that writes the database: a platform read, an import, the user's own edits.
 * Each write is one transaction, so a failure leaves the database as it was.
 */
import { type Activity, type Ledger, type LedgerIssue, LedgerSchema, type Profile } from '@xueshi/core';
import { describeIssue } from '@xueshi/site/ui';
import { evidenceOf } from '../adapters/category.ts';
import type { PlatformId, PlatformRecord } from '../adapters/contract.ts';
import { type ReadLog, type RecordOverride, recordKey, setKey, type XueshiDb } from './db.ts';
import { type ExportedRecord, type LedgerFileImport, withPlatformRecords } from './ledger-file.ts';
import { allRecords, updateRecords, withSets } from './records.ts';

export * from './ledger.ts';

import { activityIdOf, ledgerFrom, recordToActivity } from './ledger.ts';

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
 * Merges a ledger file (ledger-file.ts: the ledger, and the platform records where the extension
 * wrote them) into the database: all or nothing. Nothing already stored is lost or overwritten:
 * activities and records already present (same id / same platform record) stay as they are, and
 * the file's profile is taken only when none is set yet.
 */
export async function importLedger(
  db: XueshiDb,
  parsed: LedgerFileImport,
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
    const records = incomingRecords(ledger.activities, parsed.records ?? []);
    await withSets(db, records.map(setKey), (site) => {
      for (const { firstReadAt, ...record } of records) {
        const stored = site(setKey(record));
        const key = recordKey(record);
        if (stored.has(key)) unchanged++;
        else {
          stored.set(key, { ...record, key, firstReadAt: firstReadAt ?? at });
          added++;
        }
      }
    });
    const others = ledger.activities.filter((a) => !isPlatformCourse(a));
    const existing = await db.activities.bulkGet(others.map((a) => a.id));
    const fresh = others.filter((_, i) => !existing[i]);
    await db.activities.bulkAdd(fresh);
    added += fresh.length;
    unchanged += others.length - fresh.length;
    const uncounted = records.length + others.length - ledger.activities.length;
    const log: ReadLog = {
      at,
      kind: 'import',
      ...(file ? { file } : {}),
      added,
      updated: 0,
      unchanged,
      message: `已导入 ${ledger.activities.length} 条活动${uncounted > 0 ? `和 ${uncounted} 门不计入的平台课程` : ''}（新增 ${added} 条，${unchanged} 条已在台账中）${profileTaken ? '，并采用了文件中的个人资料' : ''}${parsed.partIgnored ? '。文件中扩展专用的平台记录部分无效，只按活动导入' : ''}。`,
    };
    log.id = await db.reads.add(log);
    return { ok: true as const, log, profileTaken };
  });
}

/** A platform record on its way in: what it is stored as, less the key (derived again). */
type Incoming = PlatformRecord & { firstReadAt?: string; override?: RecordOverride };

/**
 * The platform records a file brings. The extension's part of the file has them as they were
 * stored (the platform's figures, the user's edits, the records left out); each is taken only
 * where it gives exactly the file's activity, or, for a record that does not count (不计入, not
 * passed, no date), where the file has no activity of it: the file's ledger decides what counts,
 * even when edited by hand. Every other platform course is rebuilt from its activity.
 */
function incomingRecords(activities: readonly Activity[], exported: readonly ExportedRecord[]): Incoming[] {
  const courses = new Map(activities.filter(isPlatformCourse).map((a) => [a.id, a]));
  const out: Incoming[] = [];
  for (const r of exported) {
    const id = activityIdOf(r);
    const shown = recordToActivity({ ...r, key: recordKey(r) });
    const course = courses.get(id);
    if ('activity' in shown ? !course || !countsAlike(course, shown.activity) : course) continue;
    out.push(r);
    courses.delete(id);
  }
  for (const a of courses.values()) out.push(platformRecordOf(a));
  return out;
}

function countsAlike(a: Activity, b: Activity): boolean {
  if (a.kind !== 'online-course' || b.kind !== 'online-course') return false;
  return a.title === b.title && a.hours === b.hours && a.date === b.date && a.category === b.category;
}

const isPlatformCourse = (a: Activity): a is Extract<Activity, { kind: 'online-course' }> =>
  a.kind === 'online-course' && a.source.kind === 'platform' && isPlatformId(a.source.platform);

/**
 * A platform course of a ledger file (one the site wrote, or without the extension's part) as a
 * platform record. Its hours, date and category are the ones its ledger counted, perhaps the
 * user's own: they come back as the user's (an override), so the next read of the platform,
 * which rewrites the platform's own fields, does not replace them. A category the evidence
 * (category.ts: title, host — not the stored column, which is the file's own) would decide alike
 * stays the evidence's, so a guess is still offered for confirmation.
 */
function platformRecordOf(activity: Extract<Activity, { kind: 'online-course' }>): Incoming {
  const source = activity.source as Extract<Activity['source'], { kind: 'platform' }>;
  const category = activity.category === 'unknown' ? null : activity.category;
  const record: PlatformRecord = {
    platform: source.platform as PlatformId,
    host: source.host ?? '',
    externalId: source.externalId,
    title: activity.title,
    hours: activity.hours ?? null,
    category,
    completedOn: activity.date,
    year: Number(activity.date.slice(0, 4)),
    passed: true,
  };
  const override: RecordOverride = { date: activity.date };
  if (activity.hours !== undefined) override.hours = activity.hours;
  if (category && evidenceOf({ ...record, category: null }).category !== category) override.category = category;
  return { ...record, override, ...(source.readAt ? { firstReadAt: source.readAt } : {}) };
}

function isPlatformId(p: string): p is PlatformId {
  return p === 'yxlearning' || p === 'ghlearning' || p === 'chinahrt' || p === 'generic';
}

/**
 * The ledger as a file (ledger-file.ts): validated against the ledger schema before it is
 * offered, with the platform records beside it.
 */
export async function exportLedger(db: XueshiDb): Promise<Ledger | null> {
  const [{ ledger }, records] = await Promise.all([buildLedger(db), allRecords(db)]);
  return ledger ? withPlatformRecords(LedgerSchema.parse(ledger), records) : null;
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
  parsed: LedgerFileImport,
  file: string | undefined,
  now = new Date(),
): Promise<ImportResult> {
  if (!parsed.ok) return importLedger(db, parsed, file, now);
  return db.transaction('rw', [db.recordSets, db.summaries, db.activities, db.settings, db.reads], async () => {
    await Promise.all([db.recordSets.clear(), db.summaries.clear(), db.activities.clear(), db.settings.clear()]);
    return importLedger(db, parsed, file, now);
  });
}

/**
 * A platform record counted or not (不计入). Records are never deleted one by one: the platform
 * still lists the course, and the next read would bring it back counted; a course marked 不计入
 * stays so through every read.
 */
export async function setRecordExcluded(db: XueshiDb, key: string, excluded: boolean): Promise<void> {
  await updateRecords(db, [key], (r) => {
    const { excluded: _was, ...rest } = r.override ?? {};
    return { ...r, override: excluded ? { ...rest, excluded: true } : rest };
  });
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
