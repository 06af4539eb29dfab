/**
 * NAT15 的数字（人社部令第25号第八条）：核算器在地区通知没有规定某年度时退回它们，所以与规则对象分开，
 * 网站计算器的第一个文件只带这些数字，不带 NAT15 的说明文字（政策对象按需载入，和各地通知一样）。
 */
import { defineParam, type Requirement, valueAt } from '../../policy/types.ts';

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

/** 国家规定某年的要求（标明是国家基准）；规定施行前的年度为 undefined。 */
export function nationalRequirement(year: number): (Requirement & { total: number; professional: number }) | undefined {
  const total = valueAt(params.total, year);
  const professional = valueAt(params.professional, year);
  if (total === undefined || professional === undefined) return undefined;
  return { total, professional, clauses: ['NAT15-REQ'], baseline: true };
}
