/**
 * What the dashboard needs after its first screen: core's evaluator and schemas, the site's forms
 * and files, Dexie (live updates and the writes). main.tsx loads it beside the first screen (a dynamic import), so the
 * ledger's rows show without waiting for this ~140 KB of JS (issue 12: first render ≤ 150 ms).
 */
import { ACTIVITY_KINDS } from '@xueshi/core';
import { openDb } from '../../lib/db.ts';

export { EVALUATOR_VERSION, evaluate } from '@xueshi/core';
export { ActivityForm, exportFileName, exportLedgerText, saveTextFile } from '@xueshi/site/ui';
export { readLedgerFile, withPlatformRecords } from '../../lib/ledger-file.ts';
export { watchLedger } from '../../lib/ledger-live.ts';
export {
  clearAll,
  deleteActivity,
  importLedger,
  ledgerFrom,
  replaceWithLedger,
  saveActivity,
  setProfile,
  setRecordExcluded,
  setRecordOverride,
  setRecordOverrides,
} from '../../lib/ledger-store.ts';
export { openingQuery } from '../../lib/opening.ts';
export { reconcileYear } from '../../lib/reconcile.ts';
export { PlatformCheck } from '../../lib/ui/PlatformCheck.tsx';
export { takeSnapshot, unchangedSince, undoIfUnchanged } from '../../lib/undo.ts';
export { ProfileEditor } from './ProfileEditor.tsx';
export { ResultPanel } from './ResultPanel.tsx';
export { ACTIVITY_KINDS };

/** Dexie, for live updates and every write: the first screen read without it (first-read.ts). */
export const db = openDb();

/** An activity kind's Chinese name (the ledger's 种类 column). */
export const KIND_LABEL: ReadonlyMap<string, string> = new Map(ACTIVITY_KINDS.map((k) => [k.kind, k.label]));

export type DashboardModules = typeof import('./full.ts');
