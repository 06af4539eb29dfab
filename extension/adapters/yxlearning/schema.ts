/**
 * yxlearning / ghlearning JSON, as platforms.md records it [seen]:
 * envelope `{respCode, respDesc, attribute}` with respCode 200 = success, -1 = failure, and
 * `attribute.data.list[]` + `attribute.data.allRow`. Item fields whose type is uncertain
 * (learnYear string|number, passTime epoch ms|date string, hours as number|string) are read
 * tolerantly; the identity fields (learnYear, className) must be there or the page is not
 * recognised. Measure fields of a wrong type become unknown (null), never a guessed figure.
 */
// zod/mini: the content script's validation at a fraction of full zod's size.
import { z } from 'zod/mini';
import { decideCategory } from '../category.ts';
import { fail, type PlatformId, type PlatformRecord, type ReadFail, type YearSummary } from '../contract.ts';
import {
  cleanText,
  type PageOutcome,
  platformText,
  type RowIds,
  rawValue,
  toDate,
  toHours,
  toNumber,
  toPassed,
  toYear,
  UNRECOGNISED_MESSAGE,
} from '../util.ts';

const envelope = z.object({
  respCode: z.union([z.number(), z.string()]),
  respDesc: z.optional(z.unknown()),
  attribute: z.optional(z.unknown()),
});

const listAttribute = z.object({
  data: z.object({ list: z.array(z.unknown()), allRow: z.optional(z.unknown()) }),
});

export const summaryItem = z.object({
  learnYear: z.union([z.string(), z.number()]),
  learnRequiredHour: z.optional(z.unknown()),
  requiredHour: z.optional(z.unknown()),
  learnElectiveHour: z.optional(z.unknown()),
  electiveHour: z.optional(z.unknown()),
  learnTotalHour: z.optional(z.unknown()),
  totalHour: z.optional(z.unknown()),
  isPass: z.optional(z.unknown()),
});

export const classItem = z.object({
  className: z.union([z.string(), z.number()]),
  isPass: z.optional(z.unknown()),
  passTime: z.optional(z.unknown()),
  period: z.optional(z.unknown()),
});

/** Envelope → list items + allRow, or the failure to show. */
export function parseListPage(json: unknown): PageOutcome<unknown> {
  const env = envelope.safeParse(json);
  if (!env.success) return { ok: false, failure: fail('unrecognised', UNRECOGNISED_MESSAGE) };
  if (Number(env.data.respCode) !== 200) {
    const desc = typeof env.data.respDesc === 'string' ? env.data.respDesc : '';
    if (/登录|login|会话|session/i.test(desc)) {
      return { ok: false, failure: fail('not-logged-in', `请先登录平台后再读取学习记录。${platformText(desc)}`) };
    }
    return {
      ok: false,
      failure: fail('platform-error', `平台返回了错误，本次没有保存任何记录。${platformText(desc)}`),
    };
  }
  const attr = listAttribute.safeParse(env.data.attribute);
  if (!attr.success) return { ok: false, failure: fail('unrecognised', UNRECOGNISED_MESSAGE) };
  const total = toNumber(attr.data.data.allRow);
  return {
    ok: true,
    items: attr.data.data.list,
    total: total !== null && Number.isInteger(total) && total >= 0 ? total : null,
  };
}

export function toSummaries(
  items: readonly unknown[],
  platform: PlatformId,
  host: string,
): { ok: true; summaries: YearSummary[] } | { ok: false; failure: ReadFail } {
  const summaries: YearSummary[] = [];
  for (const item of items) {
    const parsed = summaryItem.safeParse(item);
    const year = parsed.success ? toYear(parsed.data.learnYear) : null;
    if (!parsed.success || year === null) return { ok: false, failure: fail('unrecognised', UNRECOGNISED_MESSAGE) };
    const d = parsed.data;
    summaries.push({
      platform,
      host,
      year,
      requiredEarned: toHours(d.learnRequiredHour),
      requiredTarget: toHours(d.requiredHour),
      electiveEarned: toHours(d.learnElectiveHour),
      electiveTarget: toHours(d.electiveHour),
      totalEarned: toHours(d.learnTotalHour),
      totalTarget: toHours(d.totalHour),
      passed: toPassed(d.isPass),
    });
  }
  return { ok: true, summaries };
}

export interface ClassContext {
  platform: PlatformId;
  host: string;
  year: number;
  /** The host's evidence (gxk / zyk); each class's title may overrule it. */
  hostCategory: PlatformRecord['category'];
  ids: RowIds;
}

/**
 * Class rows of one year → records. The list carries no class id, so the id is a hash of
 * host + year + class name (+ occurrence): stable across reads, and unchanged when a class in
 * progress is later passed (passTime appears) so that the stored row is updated, not doubled.
 */
export function toClassRecords(
  items: readonly unknown[],
  cx: ClassContext,
): { ok: true; records: PlatformRecord[] } | { ok: false; failure: ReadFail } {
  const records: PlatformRecord[] = [];
  for (const item of items) {
    const parsed = classItem.safeParse(item);
    const title = parsed.success ? cleanText(parsed.data.className) : '';
    if (!parsed.success || title === '') return { ok: false, failure: fail('unrecognised', UNRECOGNISED_MESSAGE) };
    const d = parsed.data;
    records.push({
      platform: cx.platform,
      host: cx.host,
      externalId: cx.ids.next([cx.host, cx.year, title]),
      title,
      hours: toHours(d.period),
      category: decideCategory({ title, host: cx.hostCategory }).category,
      completedOn: toDate(d.passTime),
      year: cx.year,
      passed: toPassed(d.isPass),
      raw: {
        className: cleanText(d.className, 80),
        isPass: rawValue(d.isPass),
        passTime: rawValue(d.passTime),
        period: rawValue(d.period),
      },
    });
  }
  return { ok: true, records };
}
