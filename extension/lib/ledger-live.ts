/**
 * The dashboard's data through Dexie, kept current: Dexie re-runs the read whenever a table it
 * read changes, in this page or in any other context of the extension (the background's writes
 * included). The first screen reads without Dexie (first-read.ts); this takes over after it.
 */
import { liveQuery } from 'dexie';
import type { XueshiDb } from './db.ts';
import type { LedgerData } from './first-read.ts';
import { allRecords } from './records.ts';

export async function loadLedgerData(db: XueshiDb): Promise<LedgerData> {
  const [settings, records, summaries, activities, reads] = await Promise.all([
    db.settings.get('profile'),
    allRecords(db),
    db.summaries.toArray(),
    db.activities.toArray(),
    db.reads.orderBy('at').reverse().limit(50).toArray(),
  ]);
  return { profile: settings?.profile, records, summaries, activities, reads };
}

/** Calls `next` with the data now and after every change; returns the unsubscribe. */
export function watchLedger(db: XueshiDb, next: (d: LedgerData) => void, error: (e: unknown) => void): () => void {
  const sub = liveQuery(() => loadLedgerData(db)).subscribe({ next, error });
  return () => sub.unsubscribe();
}
