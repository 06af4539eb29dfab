/**
 * 使用者自己填写的要求（`profile.userRequirement`）怎样变成某年的要求和申报审验办法。
 * 核算器在收录的通知没有规定某年度或某类申报时也用它们，所以与 USER 的规则分开：网站计算器的第一个文件只带这些。
 */
import type { Profile, Query, UserRequirement } from '../../ledger/schema.ts';
import { yearRange } from '../../policy/helpers.ts';
import type { EvalWarning, Requirement, WindowSpec } from '../../policy/types.ts';
import { nationalRequirement } from '../NAT15/params.ts';

export const REQ = ['USER-REQ'] as const;

/** 结果里怎样称呼要求的出处：收录的通知写编号，“其他地区”写“你填写的要求”（不把代号 USER 给人看）。 */
export const requirementSource = (policyId: string): string =>
  policyId === 'USER' ? '你填写的要求' : `${policyId} 通知`;

/** 选修（如广东 18 学时）怎样算：写在结果里，USER 的条款说明也用这一句。 */
export const ELECTIVE_READING = '选修学时 = 超出公需、专业最低要求的任意学时。';

/** 使用者填写的某年度要求；选修计入合计（合计不少于公需 + 专业 + 选修）。 */
export function userYearRequirement(u: UserRequirement | undefined, year: number): Requirement | undefined {
  const y = u?.years.find((r) => r.from <= year && (r.to === undefined || year <= r.to));
  if (!y) return undefined;
  const parts = (y.public ?? 0) + (y.professional ?? 0) + (y.elective ?? 0);
  const total = Math.max(y.total ?? 0, parts);
  // 一个正数也没填的一段不算规定了要求：当作没有填写（其他地区请补填，收录的通知的空缺年度退回国家规定），不能因为“要求 0”而“完成”。
  if (total <= 0) return undefined;
  const req: Requirement = { clauses: REQ };
  if (y.public !== undefined) req.public = y.public;
  if (y.professional !== undefined) req.professional = y.professional;
  req.total = total;
  if (y.elective !== undefined) req.elective = y.elective;
  return req;
}

/** 使用者填写的申报审验办法（申报级别对应的一条）。 */
export function userWindow(query: Extract<Query, { kind: 'application' }>, profile: Profile): WindowSpec | undefined {
  const w = profile.userRequirement?.windows?.find((x) => x.levels.includes(query.level));
  if (!w) return undefined;
  const last = w.includeApplicationYear ? query.year : query.year - 1;
  const spec: WindowSpec = {
    years: yearRange(last - w.years + 1, last),
    test: w.test,
    clauses: ['USER-WINDOW'],
    userDefined: true,
  };
  // 累计达标却一个正数也没填（读文件时已拒绝，这里再防一道）：没有可比的要求，留空让结果为“无法判断”，不能当作差 0 而“完成”。
  const figures = [w.public, w.professional, w.total].some((x) => (x ?? 0) > 0);
  if (w.test === 'total' && figures) {
    const req: Requirement = { clauses: ['USER-WINDOW'] };
    if (w.public !== undefined) req.public = w.public;
    if (w.professional !== undefined) req.professional = w.professional;
    if (w.total !== undefined) req.total = w.total;
    spec.requirement = req;
  }
  return spec;
}

/** 结果开头的一句：按谁的要求、依据什么。 */
export function userRequirementWarning(u: UserRequirement, what: string): Omit<EvalWarning, 'activityIds'> {
  const source = u.source ? `，依据：${u.source}` : '，没有填写依据';
  return {
    code: 'user-requirement',
    clauses: REQ,
    message: `${what}按你填写的要求核算（不是学时通收录的通知）：${u.region}${source}`,
  };
}

/** 国家规定的合计与专业：某年的取 NAT15 的要求（每年 90、专业 60，即三分之二），不在这里另算一份；几年的相加。 */
type Figures = { total: number; professional: number };

/** 合计低于国家数，或专业低于合计的三分之二（国家的比例）。 */
const lowAgainst = (req: Requirement, nat: Figures): boolean => {
  const total = Math.max(req.total ?? 0, (req.public ?? 0) + (req.professional ?? 0));
  return (
    total < nat.total || (req.professional !== undefined && req.professional < (total * nat.professional) / nat.total)
  );
};

/** 低于国家数时的提示：`what` 是哪一份要求（某年的、几年累计的），`nat` 是国家规定对应的数。 */
function lowWarning(what: string, req: Requirement, nat: Figures, clause: string): Omit<EvalWarning, 'activityIds'> {
  const pro = req.professional !== undefined ? `、专业 ${req.professional}` : '';
  return {
    code: 'baseline',
    clauses: [clause, 'NAT15-REQ'],
    message: `${what}（合计 ${req.total ?? 0}${pro}）低于国家规定（合计 ${nat.total}、专业 ${nat.professional}，人社部令第25号第八条）；请核对所在地区的文件`,
  };
}

/** 低于国家规定（每年 90 学时、专业一般不少于三分之二）时的提示；不低于时返回 undefined。 */
export function belowBaseline(req: Requirement, year: number): Omit<EvalWarning, 'activityIds'> | undefined {
  const nat = nationalRequirement(year);
  return nat && lowAgainst(req, nat) ? lowWarning(`${year} 年你填写的要求`, req, nat, 'USER-REQ') : undefined;
}

/** 自己填写的累计审验要求低于国家规定的几年之和时的提示。 */
export function windowBelowBaseline(spec: WindowSpec): Omit<EvalWarning, 'activityIds'> | undefined {
  const req = spec.requirement;
  const nats = spec.years.map(nationalRequirement);
  if (!req || !spec.userDefined || nats.some((n) => !n)) return undefined;
  const sum = (k: keyof Figures) => nats.reduce((s, n) => s + (n?.[k] ?? 0), 0);
  const nat = { total: sum('total'), professional: sum('professional') };
  const what = `你填写的 ${spec.years.length} 年累计要求`;
  return lowAgainst(req, nat) ? lowWarning(what, req, nat, 'USER-WINDOW') : undefined;
}
