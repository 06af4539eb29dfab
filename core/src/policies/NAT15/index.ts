/**
 * NAT15 — 国家基准：人社部令第25号《专业技术人员继续教育规定》。
 * 只在地区通知没有给出某年度学时数时使用，并在结果中标明“依据国家规定”；它是下限，达到了也无法判断（verdict.ts）。
 */
import type { Policy } from '../../policy/types.ts';
import { header } from './header.ts';
import { nationalRequirement, params } from './params.ts';

export { params };

export const NAT15: Policy = {
  ...header,
  title: '专业技术人员继续教育规定',
  docNumber: '人力资源社会保障部令第25号',
  issuer: '人力资源社会保障部',
  seedFile: null,
  parameters: Object.values(params),
  interpretations: {
    'NAT15-REQ':
      '只在地区通知没有给出某年度的学时数时使用，结果标明依据国家规定。它是各地的下限：合计不到 90 的为未达标；其余是“无法判断”——专业的三分之二是“一般”，达到了也不等于达到当地当年的要求（不在收录的通知中，可能更高，2020 年青海是 135）。',
  },
  yearRequirement: nationalRequirement,
  applicationWindow: () => undefined,
  rules: {},
};
