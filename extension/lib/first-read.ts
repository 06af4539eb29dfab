/**
 * The dashboard's first read in plain IndexedDB, before Dexie (~90 KB) has loaded: the first
 * screen then needs only Preact and its own code (issue 12: first render ≤ 150 ms). Dexie takes
 * over for live updates and every write once the rest of the page has loaded.
 *
 * Only a database already at the current schema is read: a missing one (first run) or an older one
 * (Dexie must upgrade it first) answers null, and the page waits for Dexie instead.
 */
import type { Activity, Profile } from '@xueshi/core';
import type { ReadLog, RecordSet, StoredProfile, StoredRecord, StoredSummary } from './db.ts';
import { DB_NAME } from './db-basics.ts';

export interface LedgerData {
  profile: Profile | undefined;
  records: StoredRecord[];
  summaries: StoredSummary[];
  activities: Activity[];
  /** The newest 50 reads and imports, newest first. */
  reads: ReadLog[];
}

/** The stores the current schema has (db.ts, SCHEMA_VERSIONS); the test checks they agree. */
export const FIRST_READ_STORES = ['settings', 'recordSets', 'summaries', 'activities', 'reads'] as const;
const READS_SHOWN = 50;

const byKey = (a: StoredRecord, b: StoredRecord) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The records of every site's row, in key order (as one row per record used to come back). */
export function flattenSets(sets: readonly RecordSet[]): StoredRecord[] {
  return sets.flatMap((s) => s.records).sort(byKey);
}

declare global {
  /** Started by entrypoints/early-read.ts while the dashboard's modules load. */
  var xueshiFirstRead: Promise<LedgerData | null> | undefined;
}

/** The read early-read.ts started (taken once), or a new one where it did not run. */
export function startedFirstRead(): Promise<LedgerData | null> {
  const started = globalThis.xueshiFirstRead;
  globalThis.xueshiFirstRead = undefined;
  return started ?? firstRead();
}

export function firstRead(name = DB_NAME): Promise<LedgerData | null> {
  return new Promise((resolve) => {
    const open = indexedDB.open(name);
    // No database yet: do not create one (Dexie creates it with its schema); wait for Dexie.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(null);
    open.onblocked = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      // Dexie (here or in the background) upgrading the schema must not wait for this short read.
      db.onversionchange = () => db.close();
      if (!FIRST_READ_STORES.every((s) => db.objectStoreNames.contains(s))) {
        db.close();
        return resolve(null);
      }
      readAll(db)
        .then(resolve, () => resolve(null))
        .finally(() => db.close());
    };
  });
}

function readAll(db: IDBDatabase): Promise<LedgerData> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([...FIRST_READ_STORES], 'readonly');
    const got =
      <T>(req: IDBRequest<T>) =>
      () =>
        req.result;
    const profile = got(tx.objectStore('settings').get('profile') as IDBRequest<StoredProfile | undefined>);
    const sets = got(tx.objectStore('recordSets').getAll() as IDBRequest<RecordSet[]>);
    const summaries = got(tx.objectStore('summaries').getAll() as IDBRequest<StoredSummary[]>);
    const activities = got(tx.objectStore('activities').getAll() as IDBRequest<Activity[]>);
    const reads: ReadLog[] = [];
    const cursor = tx.objectStore('reads').index('at').openCursor(null, 'prev');
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c || reads.length >= READS_SHOWN) return;
      reads.push(c.value as ReadLog);
      c.continue();
    };
    tx.oncomplete = () =>
      resolve({
        profile: profile()?.profile,
        records: flattenSets(sets()),
        summaries: summaries(),
        activities: activities(),
        reads,
      });
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}
