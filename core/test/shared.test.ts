import { describe, expect, test } from 'vitest';
import {
  checkSharedResult,
  defaultQuery,
  EVALUATOR_VERSION,
  evaluate,
  renderTrace,
  shareResult,
} from '../src/index.ts';
import { ledger } from './helpers.ts';

const acts = [
  { kind: 'public-certificate', hours: 30, date: '2023-05-01' },
  { kind: 'online-course', title: '专业课', category: 'professional', hours: 50, date: '2023-06-01' },
];

describe('shared results', () => {
  test('a result shared with the file is recomputed; equal figures are not flagged', () => {
    const l = ledger('QD23', acts);
    const ev = evaluate(l, { kind: 'year', year: 2023 });
    const withShare = { ...l, sharedResult: shareResult(l, ev, '2023-12-01T00:00:00Z') };
    expect(withShare.sharedResult).toMatchObject({
      notice: 'QD23',
      evaluatorVersion: EVALUATOR_VERSION,
      figures: { public: 30, professional: 50, total: 80, complete: false },
    });
    const checked = checkSharedResult(withShare);
    expect(checked?.check.same).toBe(true);
    expect(defaultQuery(withShare, 2030)).toEqual({ kind: 'year', year: 2023 });
  });

  test('a difference (rules corrected since) is flagged with the changed figures', () => {
    const l = ledger('QD23', acts);
    const stale = {
      ...l,
      sharedResult: {
        notice: 'QD23' as const,
        query: { kind: 'year' as const, year: 2023 },
        figures: { public: 30, professional: 60, total: 90, complete: true },
        evaluatorVersion: '0.9.0',
      },
    };
    const checked = checkSharedResult(stale);
    expect(checked?.check.same).toBe(false);
    expect(checked?.check.differences).toEqual([
      { field: 'professional', shared: 60, now: 50 },
      { field: 'total', shared: 90, now: 80 },
      { field: 'complete', shared: true, now: false },
    ]);
    const ev = evaluate(stale, { kind: 'year', year: 2023 });
    expect(ev.warnings.some((w) => w.code === 'shared-result-differs' && w.message.includes('0.9.0'))).toBe(true);
  });

  test('without a shared result the default query is the profile’s application, else the given year', () => {
    expect(
      defaultQuery(ledger('QH20', [], { applyingFor: 'intermediate', applicationYear: 2020 }), 2030),
    ).toMatchObject({
      kind: 'application',
      level: 'intermediate',
      year: 2020,
    });
    expect(defaultQuery(ledger('QH20', []), 2030)).toEqual({ kind: 'year', year: 2030 });
  });

  test('renderTrace writes plain Chinese sentences naming the clauses', () => {
    const text = renderTrace(
      evaluate(ledger('QD23', [...acts, { kind: 'public-certificate', hours: 5, date: '2023-07-01' }]), {
        kind: 'year',
        year: 2023,
      }),
    );
    expect(text).toContain('依据 QD23-PUB');
    expect(text).toContain('公需科目学习每年不超过 30 学时');
    expect(text).toContain('未完成');
  });
});
