/**
 * NAT15 — 国家基准：人社部令第25号《专业技术人员继续教育规定》。
 * 只在地区通知没有给出某年度学时数时使用，并在结果中标明“依据国家规定”。
 */
import { defineParam, type Policy, type Requirement, valueAt } from '../../policy/types.ts';
import { header } from './header.ts';

export const params = {
  total: defineParam({
    id: 'NAT15.req.total',
    label: '每年累计学时',
    unit: '学时/年',
    clauses: ['NAT15-REQ'],
    values: [{ from: '2015-10-01', value: 90 }],
  }),
  professional: defineParam({
    id: 'NAT15.req.professional',
    label: '专业科目（一般不少于总学时的三分之二）',
    unit: '学时/年',
    clauses: ['NAT15-REQ'],
    values: [{ from: '2015-10-01', value: 60 }],
    interpretation: '“一般不少于总学时的三分之二”按 90 × 2/3 = 60 学时计。',
  }),
};

export const NAT15: Policy = {
  ...header,
  parameters: Object.values(params),
  interpretations: {
    'NAT15-REQ': '只在地区通知没有给出某年度的学时数时使用，结果标明依据国家规定。',
  },
  yearRequirement(year: number): Requirement | undefined {
    const total = valueAt(params.total, year);
    const professional = valueAt(params.professional, year);
    if (total === undefined || professional === undefined) return undefined;
    return { total, professional, clauses: ['NAT15-REQ'], baseline: true };
  },
  applicationWindow: () => undefined,
  rules: {},
};
