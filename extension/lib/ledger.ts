/**
 * Platform records as ledger activities: pure, without the file and UI code of ledger-store.ts,
 * so the background (the toolbar badge) can evaluate the ledger too.
 */
import { type Activity, type Category, LEDGER_FORMAT_VERSION, type Ledger, type Profile } from '@xueshi/core';
import { evidenceOf } from '../adapters/category.ts';
import type { PlatformRecord } from '../adapters/contract.ts';
import type { RecordOverride, StoredRecord } from './db.ts';

/** The id a platform record has as a ledger activity: stable, so export → import finds it again. */
export const activityIdOf = (r: Pick<PlatformRecord, 'platform' | 'host' | 'externalId'>) =>
  `${r.platform}:${r.host}:${r.externalId}`;

/** What the user still has to supply for a platform record to be credited in full. */
export type RecordNeed = 'date' | 'hours' | 'category';

/** The user's choice, else what the evidence decides (category.ts); null = the user must choose. */
export function recordCategory(r: StoredRecord): Category | null {
  return r.override?.category ?? evidenceOf(r).category;
}

export function recordNeeds(r: StoredRecord): RecordNeed[] {
  const o = r.override ?? {};
  const needs: RecordNeed[] = [];
  if (!(o.date ?? r.completedOn)) needs.push('date');
  if ((o.hours ?? r.hours) === null) needs.push('hours');
  if (!recordCategory(r)) needs.push('category');
  return needs;
}

/**
 * The records the user should complete (the dashboard's 待补充 list). Unfinished and excluded
 * records are not asked about: they are shown in the ledger, not credited.
 */
export function recordsToComplete(records: readonly StoredRecord[]): { record: StoredRecord; needs: RecordNeed[] }[] {
  return records
    .filter((r) => r.passed !== false && !r.override?.excluded)
    .map((record) => ({ record, needs: recordNeeds(record) }))
    .filter((p) => p.needs.length > 0);
}

/** Why a stored record is not (yet) an activity of the ledger. */
export type RecordGap = 'not-passed' | 'no-date' | 'excluded';

/** A platform record as a ledger activity, with the user's edits applied; or why it is not one yet. */
export function recordToActivity(r: StoredRecord): { activity: Activity } | { gap: RecordGap } {
  const o: RecordOverride = r.override ?? {};
  if (o.excluded) return { gap: 'excluded' };
  if (r.passed === false) return { gap: 'not-passed' };
  const date = o.date ?? r.completedOn;
  if (!date) return { gap: 'no-date' };
  const hours = o.hours ?? r.hours;
  const activity: Activity = {
    id: activityIdOf(r),
    kind: 'online-course',
    title: r.title,
    category: recordCategory(r) ?? 'unknown',
    date,
    source: { kind: 'platform', platform: r.platform, host: r.host, externalId: r.externalId, readAt: r.firstReadAt },
    ...(hours === null || hours === undefined ? {} : { hours }),
  };
  return { activity };
}

/**
 * The person's ledger in core's format: the profile, their own activities and every platform
 * record that can be credited; null until a notice is chosen.
 */
export function ledgerFrom(
  profile: Profile | undefined,
  activities: readonly Activity[],
  records: readonly StoredRecord[],
): { ledger: Ledger | null; pending: { record: StoredRecord; gap: RecordGap }[] } {
  const fromRecords: Activity[] = [];
  const pending: { record: StoredRecord; gap: RecordGap }[] = [];
  for (const record of records) {
    const mapped = recordToActivity(record);
    if ('activity' in mapped) fromRecords.push(mapped.activity);
    else pending.push({ record, gap: mapped.gap });
  }
  if (!profile) return { ledger: null, pending };
  return {
    ledger: { formatVersion: LEDGER_FORMAT_VERSION, profile, activities: [...activities, ...fromRecords] },
    pending,
  };
}
