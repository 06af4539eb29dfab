/**
 * Platform records, kept one row per platform site (db.ts, RecordSet). Every change is one
 * transaction over the rows it touches, so a background read and an edit in the dashboard never
 * interleave half-way.
 */
import { type RecordSet, type StoredRecord, setKey, type XueshiDb } from './db.ts';
import { flattenSets } from './first-read.ts';

/** Every stored record, in key order (as one row per record used to come back). */
export async function allRecords(db: XueshiDb): Promise<StoredRecord[]> {
  return flattenSets(await db.recordSets.toArray());
}

/**
 * Opens the rows holding `records`' sites, lets `change` edit them as maps by record key, and
 * writes back the rows that changed. Call inside a transaction that includes db.recordSets.
 */
export async function withSets<T>(
  db: XueshiDb,
  siteKeys: Iterable<string>,
  change: (site: (key: string) => Map<string, StoredRecord>) => T,
): Promise<T> {
  const keys = [...new Set(siteKeys)];
  const rows = await db.recordSets.bulkGet(keys);
  const maps = new Map<string, Map<string, StoredRecord>>();
  keys.forEach((k, i) => {
    maps.set(k, new Map((rows[i]?.records ?? []).map((r) => [r.key, r])));
  });
  const result = change((key) => {
    const m = maps.get(key) ?? new Map<string, StoredRecord>();
    maps.set(key, m);
    return m;
  });
  const out: RecordSet[] = [...maps].map(([key, m]) => ({ key, records: [...m.values()] }));
  const empty = out.filter((s) => s.records.length === 0).map((s) => s.key);
  await db.recordSets.bulkPut(out.filter((s) => s.records.length > 0));
  if (empty.length) await db.recordSets.bulkDelete(empty);
  return result;
}

/** Changes the records with these keys (`${platform}|${host}|${id}`): a new value, or null to delete. */
export function updateRecords(
  db: XueshiDb,
  keys: readonly string[],
  change: (r: StoredRecord) => StoredRecord | null,
): Promise<number> {
  const siteOf = (key: string) => key.split('|', 2).join('|');
  return db.transaction('rw', db.recordSets, () =>
    withSets(db, keys.map(siteOf), (site) => {
      let n = 0;
      for (const key of keys) {
        const m = site(siteOf(key));
        const r = m.get(key);
        if (!r) continue;
        const next = change(r);
        if (next) m.set(key, next);
        else m.delete(key);
        n++;
      }
      return n;
    }),
  );
}

export { setKey };
