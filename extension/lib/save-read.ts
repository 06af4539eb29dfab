/**
 * Storing a platform read. Kept apart from the rest of the ledger code so the background
 * service worker, which only does this, does not load the rules and the ledger schema.
 */
import type { PlatformId, PlatformRecord, ReadOk } from '../adapters/contract.ts';
import { type ReadLog, recordKey, setKey, type XueshiDb } from './db.ts';
import { withSets } from './records.ts';

/** The fields a platform read may change; the user's override and first-read date stay. */
const PLATFORM_FIELDS = [
  'title',
  'hours',
  'category',
  'completedOn',
  'year',
  'passed',
  'progressPercent',
] as const satisfies readonly (keyof PlatformRecord)[];

function samePlatformFields(a: PlatformRecord, b: PlatformRecord): boolean {
  return PLATFORM_FIELDS.every((f) => (a[f] ?? null) === (b[f] ?? null));
}

export interface ReadMeta {
  platform: PlatformId;
  host: string;
}

/** Stores one successful read. Reading the same page again adds nothing and changes nothing. */
export async function saveRead(db: XueshiDb, meta: ReadMeta, result: ReadOk, now = new Date()): Promise<ReadLog> {
  const at = now.toISOString();
  return db.transaction('rw', db.recordSets, db.summaries, db.reads, async () => {
    const counts = await withSets(db, result.records.map(setKey), (site) => {
      let added = 0;
      let updated = 0;
      for (const record of result.records) {
        const key = recordKey(record);
        const stored = site(setKey(record));
        const before = stored.get(key);
        if (!before) {
          stored.set(key, { ...record, key, firstReadAt: at });
          added++;
        } else if (!samePlatformFields(before, record)) {
          stored.set(key, { ...before, ...record, key, firstReadAt: before.firstReadAt, override: before.override });
          updated++;
        }
      }
      return { added, updated };
    });
    const { added, updated } = counts;
    const unchanged = result.records.length - added - updated;
    if (result.summaries?.length) {
      await db.summaries.bulkPut(
        result.summaries.map((s) => ({ ...s, key: `${s.platform}|${s.host}|${s.year}`, readAt: at })),
      );
    }
    const log: ReadLog = {
      at,
      kind: 'read',
      platform: meta.platform,
      host: meta.host,
      added,
      updated,
      unchanged,
      message: readMessage(result.records.length, added, updated),
    };
    log.id = await db.reads.add(log);
    return log;
  });
}

export function readMessage(total: number, added: number, updated: number): string {
  if (total === 0) return '已读取 0 条记录：这一页没有已完成的课程。';
  const parts = [`新增 ${added} 条`];
  if (updated) parts.push(`更新 ${updated} 条`);
  if (total - added - updated) parts.push(`${total - added - updated} 条已在台账中`);
  return `已读取 ${total} 条记录（${parts.join('，')}）。`;
}
