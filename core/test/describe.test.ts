import { describe, expect, test } from 'vitest';
import { allPolicies, describeParameter, getPolicy, policyView } from '../src/index.ts';
import { CLAUSES } from '../src/policies/clauses.ts';

describe('policy metadata for the site', () => {
  test('parameters render as Chinese rows from the same objects the evaluator uses', () => {
    const qd = getPolicy('QD23');
    const req = qd.parameters.find((p) => p.id === 'QD23.req');
    expect(req && describeParameter(req)).toEqual([
      { from: '2019-01-01', text: '公需科目 30、专业科目 60、合计 90（学时/年）' },
    ]);
    const cap = qd.parameters.find((p) => p.id === 'QD23.pub.cap');
    expect(cap && describeParameter(cap)[0]?.text).toBe('30 学时/年');
  });

  test('every policy has a JSON-serialisable view with clauses, figures and reasons', () => {
    for (const p of allPolicies) {
      const v = policyView(p);
      const json = JSON.parse(JSON.stringify(v));
      expect(json.clauses.length).toBe(CLAUSES[p.id].length);
      for (const c of v.clauses) {
        if (c.status === 'not-a-calculation') expect(c.reason).toBeTruthy();
        for (const pr of c.parameters) expect(pr.rows.length).toBeGreaterThan(0);
      }
    }
    const wh = policyView(getPolicy('WH19'));
    expect(wh.clauses.find((c) => c.id === 'WH19-PRO-CONVERT')?.reason).toContain('威人社函〔2011〕24号');
  });
});
