import { type Activity, evaluate } from '@xueshi/core';
import { describe, expect, test } from 'vitest';
import type { PlatformRecord } from '../adapters/contract.ts';
import type { StoredRecord, StoredSummary } from '../lib/db.ts';
import { ledgerFrom } from '../lib/ledger-store.ts';
import { reconcileYear } from '../lib/reconcile.ts';

// Issue 12, point 1: the platform's own yearly figures beside 学时通's, and why they differ.
const gxk = 'sdwh-gxk.yxlearning.com';
const bare = 'sdwh.yxlearning.com';
const summary = (host: string, over: Partial<StoredSummary> = {}): StoredSummary => ({
  platform: 'yxlearning',
  host,
  year: 2023,
  requiredEarned: 30,
  requiredTarget: 30,
  electiveEarned: 60,
  electiveTarget: 60,
  totalEarned: 90,
  totalTarget: 90,
  passed: true,
  key: `yxlearning|${host}|2023`,
  readAt: '2026-11-30T08:00:00.000Z',
  ...over,
});
let n = 0;
const record = (host: string, title: string, hours: number | null, over: Partial<PlatformRecord> = {}) => {
  const r: PlatformRecord = {
    platform: 'yxlearning',
    host,
    externalId: `c${++n}`,
    title,
    hours,
    category: null,
    completedOn: '2023-06-01',
    year: 2023,
    passed: true,
    ...over,
  };
  return { ...r, key: `yxlearning|${host}|${r.externalId}`, firstReadAt: '2026-11-30' } as StoredRecord;
};
const check = (records: StoredRecord[], summaries: StoredSummary[], activities: Activity[] = []) => {
  const { ledger } = ledgerFrom({ notice: 'WH19', doctorate: false }, activities, records);
  if (!ledger) throw new Error('no ledger');
  const evaluation = evaluate(ledger, { kind: 'year', year: 2023 });
  return { evaluation, result: reconcileYear(2023, summaries, records, evaluation) };
};

describe('reconcileYear', () => {
  test('the issue’s page: 30 公需 + 60 专业课 on a gxk host agree with the platform’s 已通过', () => {
    const records = [
      record(gxk, '2023年公需科目：习近平新时代中国特色社会主义思想专题', 30),
      record(gxk, '专业课：建筑工程质量管理', 45),
      record(gxk, '专业课：建筑工程质量管理', 15),
    ];
    const { evaluation, result } = check(records, [summary(gxk)]);
    expect(evaluation.complete).toBe(true);
    expect(result).toHaveLength(1);
    const [r] = result;
    expect(r?.verdict).toBe('agree');
    expect(r?.ours).toBe(90);
    // The title overruled the host: said, once, as a note — not a difference.
    expect(r?.reasons.map((x) => x.kind)).toEqual(['title-over-host']);
    expect(r?.reasons[0]?.text).toBe('2 门课程按课程名称计为专业科目（网址 gxk 表示公需）。');
  });

  test('a class nobody can place: the platform passed, the notice’s rule does not; the reason and the fix', () => {
    const records = [record(bare, '2023年公需科目：数字政府', 30), record(bare, '桥梁工程检测', 60)];
    const { evaluation, result } = check(records, [summary(bare)]);
    expect(evaluation.complete).toBe(false);
    const [r] = result;
    expect(r?.verdict).toBe('differ');
    expect(r?.ours).toBe(30);
    expect(r?.reasons).toEqual([
      { kind: 'category-asked', text: '1 门课程（60 学时）不知道是公需还是专业科目，选择前不计入。', fix: 'category' },
    ]);
  });

  test('unfinished, undated-elsewhere, host-guessed and hour-less records each give their line', () => {
    const records = [
      record(gxk, '法治素养提升', 30),
      record(gxk, '心理健康', 6, { passed: false }),
      record(gxk, '公需科目：科技创新政策解读', 6, { completedOn: '2024-01-01' }),
      record(gxk, '专业课：桥梁', null),
    ];
    const { result } = check(records, [summary(gxk, { passed: false, totalEarned: 42 })]);
    const texts = result[0]?.reasons.map((x) => x.text);
    expect(texts).toEqual([
      '1 门课程（30 学时）的类别只是按网址 gxk（公需）推断的，平台没有写明；可以逐一确认。',
      '1 门课程平台显示未通过考核，不计入。',
      '《公需科目：科技创新政策解读》在平台的 2023 年度列表里，完成日期是 2024-01-01，按完成日期计入 2024 年度。',
      '1 门课程没有学时数（学时待补），补上前不计入。',
      '1 门课程按课程名称计为专业科目（网址 gxk 表示公需）。',
    ]);
    expect(result[0]?.reasons.map((x) => x.fix)).toEqual(['category', undefined, undefined, 'hours', undefined]);
  });

  test('a year the platform has no summary for gives nothing; another year’s summary is not shown', () => {
    const records = [record(gxk, '法治素养提升', 30)];
    expect(check(records, [summary(gxk, { year: 2022, key: 'k' })]).result).toEqual([]);
  });
});
