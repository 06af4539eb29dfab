/** 各通知共用的规则片段。 */
import type { ActivityOf, Category } from '../ledger/schema.ts';
import { isRecording, isResult, needsFigure, Step, single, yearOf } from '../policy/helpers.ts';
import type { RuleOutput, RuleResult } from '../policy/types.ts';

/** 已知学习平台的主机名（判断“不是本地区平台”用）。 */
export const KNOWN_PLATFORM_HOSTS: readonly RegExp[] = [
  /\.yxlearning\.com$/,
  /\.ghlearning\.com$/,
  /(^|\.)upol\.cn$/,
  /(^|\.)qhjjglpt\.com$/,
  /\.chinahrt\.com$/,
  /\.91huayi\.com$/,
];
/** 多个省份共用、无法判断地区的主机。 */
const SHARED_HOSTS: readonly RegExp[] = [/^(gp|edu|videoadmin)\.chinahrt\.com$/];

/**
 * 活动来自一个已知的、属于其他地区的平台时返回 true；
 * 手工录入、主机未知、多省共用的主机都返回 false。
 */
export function fromOtherRegion(
  a: { source: ActivityOf<'online-course'>['source'] },
  localHosts: readonly RegExp[],
): boolean {
  if (a.source.kind !== 'platform' || !a.source.host) return false;
  const host = a.source.host.toLowerCase();
  if (localHosts.some((h) => h.test(host))) return false;
  if (SHARED_HOSTS.some((h) => h.test(host))) return false;
  return KNOWN_PLATFORM_HOSTS.some((h) => h.test(host));
}

/** 公需学时不能由单位认定：通知规定了公需科目的学习途径（在线平台、统一组织的培训），折算只给专业科目。 */
export function publicNotUnitApproved(rule: string, why: string): RuleResult {
  return new Step(rule).none('not-applicable', `单位认定的学时不能计入公需科目：${why}`);
}

/** 活动来自其他地区的已知平台时，按“不是本地区规定的平台”不计入。 */
export function otherRegion(
  rule: string,
  a: { source: ActivityOf<'online-course'>['source'] },
  localHosts: readonly RegExp[],
  what: string,
  item = '条记录',
): RuleResult | undefined {
  if (!fromOtherRegion(a, localHosts)) return undefined;
  return new Step(rule).none('wrong-region', `${what}，这${item}来自其他地区的平台`);
}

/** 计入学时，同时请用户确认一件通知要求、学时通无从核对的事；没有计入时不必问。 */
export function askIfCounted(res: RuleResult, clause: string, message: string): RuleResult {
  if (!res.outputs.length) return res;
  return { ...res, warnings: [...(res.warnings ?? []), { code: 'needs-input', clauses: [clause], message }] };
}

/**
 * 通知指定了学习平台（NX19-PUB、QH20-ONLINE）：不是从那个平台读来的（手工录入、多省共用的主机）照计，
 * 但请用户确认是在那里学的。
 */
export function askUnlessLocal(
  res: RuleResult,
  a: { source: ActivityOf<'online-course'>['source'] },
  localHosts: readonly RegExp[],
  clause: string,
  message: string,
): RuleResult {
  const host = a.source.kind === 'platform' ? (a.source.host ?? '') : '';
  return localHosts.some((h) => h.test(host)) ? res : askIfCounted(res, clause, message);
}

/** “按载明学时计入”的规则（网络课程、单位认定学时、线下培训的证书学时）。 */
export function statedHours(
  rule: string,
  a: { hours?: number | undefined; category?: Category | 'unknown'; date: string; title?: string | undefined },
  opts: {
    clauses?: readonly string[];
    category?: Category;
    online?: boolean;
    unitApproval?: string;
    year?: number;
  } = {},
): RuleResult {
  const category = opts.category ?? a.category ?? 'professional';
  const hours = a.hours;
  if (category === 'unknown' || hours === undefined) {
    const s = new Step(rule, opts.clauses);
    const f = needsFigure(s, { hours, category });
    if (isResult(f)) return f;
  }
  // 常见情形直接构造结果（大台账里每条活动都走这里）。
  const clauses = opts.clauses ?? single(rule);
  const out: RuleOutput = {
    type: 'credit',
    year: opts.year ?? yearOf(a.date),
    category: category as Category,
    hours: hours as number,
    clauses,
  };
  if (opts.online) out.online = true;
  const res: RuleResult = {
    rule,
    clauses,
    steps: isRecording()
      ? [{ step: 'raw', clauses, text: `载明 ${hours} 学时`, figures: { hours: hours as number } }]
      : [],
    outputs: [out],
  };
  if (opts.unitApproval) res.warnings = [{ code: 'unit-approval', clauses, message: opts.unitApproval }];
  return res;
}

/** 通知引用了折算文件、但本项目没有该文件的数字时。 */
export function notEncoded(rule: string, doc: string, clauses: readonly string[] = [rule]): RuleResult {
  const s = new Step(rule, clauses);
  s.warn(
    'not-encoded',
    `折算标准在${doc}中，通知没有给出数字，本项目不编造；可以按单位认定的学时录入“单位认定学时”`,
    clauses,
  );
  return s.none('not-encoded', `按${doc}折算，该文件的标准不在通知中，未计入；可录入单位认定的学时`);
}

/** 职称外语是否合格：有成绩看成绩，否则看是否达到全国通用标准。 */
export function languagePassed(
  a: ActivityOf<'foreign-language-exam'>,
  passScore: number,
  allowNationalStandard: boolean,
): boolean | undefined {
  if (a.score !== undefined) {
    if (a.score >= passScore) return true;
    return allowNationalStandard && a.passedNationalStandard === true;
  }
  if (allowNationalStandard && a.passedNationalStandard !== undefined) return a.passedNationalStandard;
  return undefined;
}

/** 表格参数的取值（表中没有的键抛错：那是规则写错了）。 */
export function lookup(table: Readonly<Record<string, number>>, key: string): number {
  const v = table[key];
  if (v === undefined) throw new Error(`参数表中没有 ${key}`);
  return v;
}

/** 排序档次：1–3、4–6、7 名及以后。 */
export function rankBand(rank: number): '1-3' | '4-6' | '7+' {
  return rank <= 3 ? '1-3' : rank <= 6 ? '4-6' : '7+';
}

/**
 * “每个模块”计学时：同一模块考过两次也是一个模块（LY17 二(一)1“每个考试模块一次性计5学时”，QD23 四(五)）。
 * 返回“只计一次”的标识；没有填写模块名称时无从判断是否重复，按不同模块计并请用户补上名称。
 */
export function computerModuleKey(clause: string, a: ActivityOf<'computer-exam'>, s: Step): string | undefined {
  const name = a.module?.trim().toLowerCase().replace(/\s+/g, ' ');
  if (name) return `${clause}|PC|${name}`;
  // 没有名称就无从比较：不参与“只计一次”（省下缓算），只请用户补上名称。
  s.warn('needs-input', '计算机考试请填写模块名称：同一模块只计一次', [clause]);
  return undefined;
}
