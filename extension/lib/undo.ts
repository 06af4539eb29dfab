/**
 * Undo of the last destructive action (delete, import, clear-all, bulk edit): a copy of every
 * table taken just before it, put back in one transaction. Records are one row per platform
 * site (db.ts), so a copy of a large ledger is a handful of rows.
 */
import type { XueshiDb } from './db.ts';

const TABLES = ['recordSets', 'summaries', 'activities', 'settings', 'reads'] as const;

export type Snapshot = Record<(typeof TABLES)[number], unknown[]>;

export async function takeSnapshot(db: XueshiDb): Promise<Snapshot> {
  const tables = TABLES.map((t) => db.table(t));
  return db.transaction('r', tables, async () => {
    const rows = await Promise.all(tables.map((t) => t.toArray()));
    return Object.fromEntries(TABLES.map((t, i) => [t, rows[i] ?? []])) as Snapshot;
  });
}

/**
 * An undo as the dashboard offers it: the copy taken before the action, and the ledger as the
 * action left it. It may be used only while the ledger is still as the action left it.
 */
export interface Undo {
  before: Snapshot;
  after: Snapshot;
}

const same = (a: Snapshot, b: Snapshot) => JSON.stringify(a) === JSON.stringify(b);

/** Whether nothing was written since `after` (here, in another tab, or by the background). */
export async function unchangedSince(db: XueshiDb, after: Snapshot): Promise<boolean> {
  return same(await takeSnapshot(db), after);
}

/**
 * Puts `undo.before` back only if the ledger is still exactly `undo.after`, checked and written
 * in one transaction; false (nothing written) when anything changed since, as restoring then
 * would silently throw that change away.
 */
export async function undoIfUnchanged(db: XueshiDb, undo: Undo): Promise<boolean> {
  const tables = TABLES.map((t) => db.table(t));
  return db.transaction('rw', tables, async () => {
    if (!same(await takeSnapshot(db), undo.after)) return false;
    await restoreSnapshot(db, undo.before);
    return true;
  });
}

/** Puts every table back as it was in `snap`; whatever happened since is replaced. */
export async function restoreSnapshot(db: XueshiDb, snap: Snapshot): Promise<void> {
  const tables = TABLES.map((t) => db.table(t));
  await db.transaction('rw', tables, async () => {
    for (const [i, t] of tables.entries()) {
      await t.clear();
      await t.bulkPut(snap[TABLES[i] as (typeof TABLES)[number]]);
    }
  });
}
