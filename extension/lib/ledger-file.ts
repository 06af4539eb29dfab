/**
 * The extension's ledger file: the ledger in core's format (what the site, `xueshi check` and the
 * evaluator read: what counts), plus, under `xueshiExtension`, the platform records as stored —
 * the platform's own figures and the user's edits kept apart, and the records the user left out
 * (不计入), which a ledger has no place for. Without them, export → import → the next read of the
 * platform put the platform's figures back over the user's and counted excluded courses again.
 * The site ignores the extra key (ledger.v1.schema.json allows further keys).
 */
import type { Ledger } from '@xueshi/core';
import { type ImportResult, importLedgerFile, importLedgerText } from '@xueshi/site/ui';
import { z } from 'zod';
import { isoDate, platformRecordSchema } from '../adapters/record-schema.ts';
import type { StoredRecord } from './db.ts';

export const EXTENSION_PART = 'xueshiExtension';

const overrideSchema = z.strictObject({
  hours: z.number().min(0).max(1000).optional(),
  category: z.enum(['public', 'professional']).optional(),
  date: isoDate.optional(),
  excluded: z.boolean().optional(),
});

const exportedRecordSchema = platformRecordSchema.omit({ raw: true }).extend({
  firstReadAt: z.string().max(40),
  override: overrideSchema.optional(),
});

/** A stored record as the file carries it (its key is derived again on import; `raw` is left out). */
export type ExportedRecord = z.infer<typeof exportedRecordSchema>;

const partSchema = z.object({ records: z.array(exportedRecordSchema).max(100_000) });

/** A file as the extension reads it: the ledger, and the platform records where the file has them. */
export type LedgerFileImport = ImportResult & {
  records?: ExportedRecord[];
  /** The file has the extension's part, but it is not valid: the ledger's activities are used alone. */
  partIgnored?: boolean;
};

/** The ledger with the platform records beside it, ready for `exportLedgerText`. */
export function withPlatformRecords(ledger: Ledger, records: readonly StoredRecord[]): Ledger {
  const exported: ExportedRecord[] = records.map(({ key: _key, raw: _raw, ...r }) => r);
  return { ...ledger, [EXTENSION_PART]: { records: exported } } as Ledger;
}

export function readLedgerText(text: string): LedgerFileImport {
  const parsed = importLedgerText(text);
  return parsed.ok ? { ...parsed, ...extensionPart(text) } : parsed;
}

export async function readLedgerFile(file: Blob): Promise<LedgerFileImport> {
  const parsed = await importLedgerFile(file);
  // Valid, so JSON of at most 5 MB: read again for the part core's parser leaves out.
  return parsed.ok ? { ...parsed, ...extensionPart(await file.text()) } : parsed;
}

function extensionPart(text: string): Pick<LedgerFileImport, 'records' | 'partIgnored'> {
  let part: unknown;
  try {
    part = (JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>)[EXTENSION_PART];
  } catch {
    // Valid to core's reader but not plain UTF-8 JSON here (another encoding): the ledger alone.
    return {};
  }
  if (part === undefined) return {};
  const checked = partSchema.safeParse(part);
  return checked.success ? { records: checked.data.records } : { partIgnored: true };
}
