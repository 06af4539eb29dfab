import type { Evaluation } from '@xueshi/core';
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

/**
 * The lines that say whose figures a result uses (issue 14): “按你填写的要求核算（不是学时通收录的通知）…”,
 * or that 其他地区 has no figures yet. Shown first, in the popup and above the dashboard's result.
 */
export function ownRequirementLines(e: Evaluation): Evaluation['warnings'] {
  return e.warnings.filter(
    (w) => w.code === 'user-requirement' || (w.code === 'needs-input' && w.clauses.includes('USER-REQ')),
  );
}
