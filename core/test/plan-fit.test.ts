/**
 * 表单随通知而变（core/src/plan/fit.ts），期望取自通知原文：
 * - 青人社字〔2023〕14号 四(一)2：培训按实际学时、每天不超过 8 学时 → 学时必填，天数留在表单上（学时超过 8 时要用）；
 * - 宁夏 2019：跨审验期的学历由院校出具学时证明 → 只有宁夏的表单要“院校证明学时”；
 * - 认定（QH20-RECOGNIZE）、转系列（QH20-SWITCH）只有青海 2020 的通知有规定；继续教育授课只有宁夏有规定。
 */
import { describe, expect, test } from 'vitest';
import { formFit, getPolicy } from '../src/index.ts';

describe('formFit', () => {
  const qd23 = formFit(getPolicy('QD23'));
  test('QD23 training needs its hours, and keeps its days (they cap the hours at 8 a day)', () => {
    expect(qd23.required.training).toContain('hours');
    expect(qd23.ignored.training ?? []).not.toContain('days');
  });
  test('院校证明学时 is asked only where the notice uses it (NX19), not in QD23', () => {
    expect(qd23.ignored.degree).toContain('schoolHours');
    expect(formFit(getPolicy('NX19')).ignored.degree ?? []).not.toContain('schoolHours');
  });
  test('认定 and 转系列 are offered for QH20 only', () => {
    expect(formFit(getPolicy('QH20')).routes).toEqual(expect.arrayContaining(['recognition', 'switch']));
    for (const id of ['WH19', 'LY17', 'QD23', 'NX19'] as const) {
      expect(formFit(getPolicy(id)).routes, id).not.toContain('recognition');
      expect(formFit(getPolicy(id)).routes, id).not.toContain('switch');
    }
  });
  test('kinds a notice has no rule for are listed apart (继续教育授课 is NX19 only)', () => {
    expect(qd23.unruled).toContain('teaching');
    expect(formFit(getPolicy('NX19')).unruled).not.toContain('teaching');
  });
});
