import { evaluate } from '@xueshi/core';
import { describe, expect, test } from 'vitest';
import type { PlatformRecord } from '../adapters/contract.ts';
import type { RecordOverride, StoredRecord, StoredSummary } from '../lib/db.ts';
import { ledgerFrom } from '../lib/ledger-store.ts';
import { reconcileYear } from '../lib/reconcile.ts';

// When 学时通's verdict differs from the platform's own (“与平台的结论不同……可能的原因：”),
// the lines below it must account for the difference. Here the platform passed the year with 90 学时
// (30 公需 + 60 专业, WH19's figures), 学时通 credits less, and no line says why.
const site = 'sdwh.yxlearning.com'; // no gxk / zyk label: the titles decide, without a note
const summary: StoredSummary = {
  platform: 'yxlearning',
  host: site,
  year: 2023,
  requiredEarned: null,
  requiredTarget: null,
  electiveEarned: null,
  electiveTarget: null,
  totalEarned: 90,
  totalTarget: 90,
  passed: true,
  key: `yxlearning|${site}|2023`,
  readAt: '2026-11-30T08:00:00.000Z',
};
let n = 0;
const record = (title: string, hours: number | null, over: Partial<PlatformRecord> = {}, override?: RecordOverride) => {
  const r: PlatformRecord = {
    platform: 'yxlearning',
    host: site,
    externalId: `c${++n}`,
    title,
    hours,
    category: null,
    completedOn: '2023-06-01',
    year: 2023,
    passed: true,
    ...over,
  };
  return {
    ...r,
    key: `yxlearning|${site}|${r.externalId}`,
    firstReadAt: '2026-11-30',
    ...(override ? { override } : {}),
  } as StoredRecord;
};
const check = (records: StoredRecord[]) => {
  const { ledger } = ledgerFrom({ notice: 'WH19', doctorate: false }, [], records);
  if (!ledger) throw new Error('no ledger');
  const evaluation = evaluate(ledger, { kind: 'year', year: 2023 });
  const [result] = reconcileYear(2023, [summary], records, evaluation);
  if (!result) throw new Error('no check');
  return { evaluation, result };
};

describe('a verdict that differs from the platform’s is explained', () => {
  test('a course the user marked 不计入', () => {
    const { evaluation, result } = check([
      record('公需科目：法治素养', 30),
      record('专业课：桥梁', 50),
      record('专业课：隧道', 10, {}, { excluded: true }),
    ]);
    expect(evaluation.complete).toBe(false);
    expect(result.verdict).toBe('differ');
    expect(result.ours).toBe(80);
    // Nothing says that 10 学时 were left out by the user's own choice.
    expect(result.reasons.map((r) => r.text).join('\n')).toMatch(/专业课：隧道|1 门课程.*10 学时/);
    // Exactly, with where to change it back: the 10 学时 are the whole gap to the platform's 90.
    expect(result.reasons).toEqual([
      { kind: 'excluded', text: '你把 1 门课程（10 学时）标为不计入：《专业课：隧道》。', fix: 'ledger' },
    ]);
  });

  test('hours the user corrected below the platform’s', () => {
    const { evaluation, result } = check([
      record('公需科目：法治素养', 30),
      record('专业课：桥梁', 60, {}, { hours: 50 }),
    ]);
    expect(evaluation.complete).toBe(false);
    expect(result.verdict).toBe('differ');
    expect(result.reasons.length).toBeGreaterThan(0);
    expect(result.ours).toBe(80);
    expect(result.reasons).toEqual([
      { kind: 'hours-changed', text: '《专业课：桥梁》平台 60 学时，你改为 50 学时。', fix: 'ledger' },
    ]);
  });

  test('a passed course in the platform’s 2023 list without a completion date', () => {
    const { evaluation, result } = check([
      record('公需科目：法治素养', 30),
      record('专业课：桥梁', 60, { completedOn: null }),
    ]);
    expect(evaluation.complete).toBe(false);
    expect(result.verdict).toBe('differ');
    expect(result.reasons.length).toBeGreaterThan(0);
    // Said once, as what to do: choosing its category or hours alone would not make it count.
    expect(result.ours).toBe(30);
    expect(result.reasons).toEqual([
      {
        kind: 'no-date',
        text: '1 门课程（60 学时）在平台的 2023 年度列表里，但没有完成日期，补上前不计入。',
        fix: 'date',
      },
    ]);
  });

  test('many changed hours are summed in one line', () => {
    const records = [record('公需科目：法治素养', 30)];
    for (const h of [10, 10, 10, 30]) records.push(record(`专业课：${h}`, h, {}, { hours: h / 2 }));
    const { result } = check(records);
    expect(result.verdict).toBe('differ');
    expect(result.reasons).toEqual([
      { kind: 'hours-changed', text: '4 门课程的学时你改过：平台合计 60 学时，你改为 30 学时。', fix: 'ledger' },
    ]);
  });
});
