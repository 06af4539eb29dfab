import { type Activity, defaultQuery, LEDGER_FORMAT_VERSION, type Profile, type Query } from '@xueshi/core';
import type { StoredRecord } from './db.ts';

/** The year of an activity (its date, or the year it names). */
function activityYear(a: Activity): number | null {
  if ('date' in a && typeof a.date === 'string') return Number(a.date.slice(0, 4));
  if ('year' in a && typeof a.year === 'number') return a.year;
  return null;
}

/** The latest year anything was completed in; `fallback` (this year) when there is nothing. */
export function latestYear(
  records: readonly StoredRecord[],
  activities: readonly Activity[],
  fallback: number,
): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const r of records) {
    const d = r.override?.date ?? r.completedOn;
    const y = d ? Number(d.slice(0, 4)) : r.year;
    if (y !== null && y > latest) latest = y;
  }
  for (const a of activities) {
    const y = activityYear(a);
    if (y !== null && y > latest) latest = y;
  }
  return Number.isFinite(latest) ? latest : fallback;
}

/**
 * The question a page opens on (issue 12): the application's window when the profile sets one
 * (core's defaultQuery), else the latest year with records — not an empty current year.
 */
export function openingQuery(
  data: { profile?: Profile | undefined; records: readonly StoredRecord[]; activities: readonly Activity[] },
  today = new Date(),
): Query {
  const year = latestYear(data.records, data.activities, today.getFullYear());
  if (!data.profile) return { kind: 'year', year };
  // defaultQuery reads only the profile (and a shared result, which a stored ledger has not).
  return defaultQuery({ formatVersion: LEDGER_FORMAT_VERSION, profile: data.profile, activities: [] }, year);
}
