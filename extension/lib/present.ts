import type { ReadLog } from './db.ts';

/** The newest read or import per platform host (or per imported file), newest first. */
export function lastReadPerSource(reads: readonly ReadLog[]): ReadLog[] {
  const newest = new Map<string, ReadLog>();
  for (const r of reads) {
    const key = r.host ?? `file:${r.file ?? ''}`;
    const seen = newest.get(key);
    if (!seen || seen.at < r.at) newest.set(key, r);
  }
  return [...newest.values()].sort((a, b) => b.at.localeCompare(a.at));
}
