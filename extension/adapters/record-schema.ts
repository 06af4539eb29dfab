/**
 * What a record and a year summary may look like, for whoever receives them across a boundary
 * (the background validating a content script's message, the fuzz tests). Full zod, kept out of
 * contract.ts so the content script, which only produces records, does not carry it.
 */
import { z } from 'zod';
import type { PlatformRecord, YearSummary } from './contract.ts';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      message: 'not a calendar date',
    },
  );

/**
 * What a record may look like, for whoever receives records across a boundary (the background
 * validating a content script's message, an import). The adapters' output always passes it
 * (the fuzz tests check that).
 */
export const platformRecordSchema = z.strictObject({
  platform: z.enum(['yxlearning', 'ghlearning', 'chinahrt', 'generic']),
  host: z.string().min(1).max(253),
  externalId: z.string().min(1).max(400),
  title: z.string().min(1).max(200),
  hours: z.number().min(0).max(1000).nullable(),
  category: z.enum(['public', 'professional']).nullable(),
  completedOn: isoDate.nullable(),
  year: z.number().int().min(1990).max(2100).nullable(),
  passed: z.boolean().nullable(),
  progressPercent: z.number().min(0).max(100).optional(),
  raw: z.record(z.string(), z.union([z.string().max(200), z.number(), z.boolean(), z.null()])).optional(),
}) satisfies z.ZodType<PlatformRecord>;

const hoursOrNull = z.number().min(0).max(100_000).nullable();

export const yearSummarySchema = z.strictObject({
  platform: z.enum(['yxlearning', 'ghlearning', 'chinahrt', 'generic']),
  host: z.string().min(1).max(253),
  year: z.number().int().min(1990).max(2100),
  requiredEarned: hoursOrNull,
  requiredTarget: hoursOrNull,
  electiveEarned: hoursOrNull,
  electiveTarget: hoursOrNull,
  totalEarned: hoursOrNull,
  totalTarget: hoursOrNull,
  passed: z.boolean().nullable(),
}) satisfies z.ZodType<YearSummary>;
