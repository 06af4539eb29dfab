/**
 * The extension's database (Dexie over IndexedDB). It lives in the background service worker and
 * the extension's own pages: IndexedDB opened in a content script would belong to the platform's
 * origin, not to us.
 */
import type { Activity, Profile } from '@xueshi/core';
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { PlatformRecord, YearSummary } from '../adapters/contract.ts';

import { DB_NAME } from './db-basics.ts';

export { DB_NAME, requestPersistence } from './db-basics.ts';

/** What the user changed on a platform record; a later read of the platform never overwrites it. */
export interface RecordOverride {
  hours?: number;
  category?: 'public' | 'professional';
  date?: string;
  /** Left out of the ledger (e.g. a course the user's unit does not recognise). */
  excluded?: boolean;
}

/** A platform record as stored: what the platform showed, plus when we first saw it and the user's edits. */
export interface StoredRecord extends PlatformRecord {
  /** `${platform}|${host}|${externalId}`: reading the same page again finds the same row. */
  key: string;
  firstReadAt: string;
  override?: RecordOverride;
}

export interface StoredSummary extends YearSummary {
  key: string;
  readAt: string;
}

/** A manual (or imported, non-platform) activity in core's ledger format. */
export type StoredActivity = Activity;

export interface StoredProfile {
  key: 'profile';
  profile: Profile;
}

/** One read of a platform page or one import, for the history and "last read" in the popup. */
export interface ReadLog {
  id?: number;
  at: string;
  kind: 'read' | 'import';
  platform?: string;
  host?: string;
  /** For imports: the file name. */
  file?: string;
  added: number;
  updated: number;
  unchanged: number;
  /** Chinese, as shown to the user. */
  message: string;
}

/**
 * The records of one platform site (`${platform}|${host}`), in one row. IndexedDB pays per row:
 * 2,000 rows took 0.5–0.9 s to write on the project's machine, one row of 2,000 records 10–40 ms.
 * Reads and edits go through records.ts, each inside one transaction.
 */
export interface RecordSet {
  key: string;
  records: StoredRecord[];
}

export type XueshiDb = Dexie & {
  recordSets: EntityTable<RecordSet, 'key'>;
  summaries: EntityTable<StoredSummary, 'key'>;
  activities: EntityTable<StoredActivity, 'id'>;
  settings: EntityTable<StoredProfile, 'key'>;
  reads: EntityTable<ReadLog, 'id'>;
};

/**
 * Every schema version, oldest first. A new version is appended (never edited), with an upgrade
 * function when data must move; test/db-migration.test.ts opens data written by each earlier
 * version with the current code and checks that nothing is lost.
 */
export const SCHEMA_VERSIONS: {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
  {
    version: 1,
    stores: {
      records: 'key, platform, host, year, completedOn',
      summaries: 'key, platform, host, year',
      activities: 'id, kind',
      settings: 'key',
      reads: '++id, at, kind, platform, host',
    },
  },
  {
    // One row per platform site instead of one per record (see RecordSet).
    version: 2,
    stores: { records: null, recordSets: 'key' },
    async upgrade(tx) {
      const sets = new Map<string, StoredRecord[]>();
      for (const r of (await tx.table('records').toArray()) as StoredRecord[]) {
        const key = setKey(r);
        sets.set(key, [...(sets.get(key) ?? []), r]);
      }
      await tx.table('recordSets').bulkPut([...sets].map(([key, records]) => ({ key, records })));
    },
  },
];

/** Opens the database with the schema versions up to `upTo` (all of them unless a test says otherwise). */
export function openDb(name = DB_NAME, upTo = Number.POSITIVE_INFINITY): XueshiDb {
  // Relaxed durability: a transaction completes once the browser has the data, without waiting
  // for the disk to flush. A crash in that instant loses at most that last read, which the
  // platform page gives again; the write of a 2,000-class read is several times faster.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as XueshiDb;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    if (version > upTo) continue;
    const v = db.version(version).stores(stores);
    if (upgrade) v.upgrade(upgrade);
  }
  return db;
}

export const recordKey = (r: Pick<PlatformRecord, 'platform' | 'host' | 'externalId'>) =>
  `${r.platform}|${r.host}|${r.externalId}`;

/** The row a record is kept in: one per platform site. */
export const setKey = (r: Pick<PlatformRecord, 'platform' | 'host'>) => `${r.platform}|${r.host}`;
