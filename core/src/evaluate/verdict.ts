/**
 * 第 7、8 步：每年的计入、要求、差额，以及整次查询的结论（逐年 / 任一年 / 累计检验）。
 * 数字的含义见 types.ts：`counted` = 要求 − 差额，`needed` = 还需多少学时。
 */

import type { Category, Query } from '../ledger/schema.ts';
import { nationalRequirement } from '../policies/NAT15/params.ts';
import {
  belowBaseline,
  ELECTIVE_READING,
  REQ,
  requirementSource,
  userRequirementWarning,
  userYearRequirement,
} from '../policies/USER/requirement.ts';
import { round2 } from '../policy/helpers.ts';
import type { EvalWarning, Policy, Requirement, WindowSpec, YearTally } from '../policy/types.ts';
import type { Scope } from './scope.ts';
import type { Hours, YearFigures } from './types.ts';
import type { Warnings } from './warnings.ts';

const ZERO: Hours = Object.freeze({ public: 0, professional: 0, total: 0 }) as Hours;

/** 某年的要求（通知没有规定时退回 NAT15，并标明）。 */
export function requirementFor(
  policy: Policy,
  scope: Scope,
  year: number,
): { req: Requirement | null; baseline: boolean; user?: boolean; ask?: Omit<EvalWarning, 'activityIds'> } {
  const own = policy.yearRequirement(year, scope.ctx);
  if (own) return { req: own, baseline: !!own.baseline };
  // 通知没有规定这一年：使用者填了自己的要求就按它（标明），否则退回国家基准 NAT15（标明）。
  const user = userYearRequirement(scope.ctx.profile.userRequirement, year);
  if (user) return { req: user, baseline: false, user: true };
  // 通知要求问使用者的年度（其他地区而使用者没包括这一年）：不拿国家规定替他定。
  const ask = policy.unstatedYear?.(year, scope.ctx);
  if (ask) return { req: null, baseline: false, ask };
  const nat = nationalRequirement(year);
  return nat ? { req: nat, baseline: true } : { req: null, baseline: false };
}

/** 一年的计入、要求、差额；`categories` 只有一个时只检验那一类（QH20-SWITCH）。 */
export function figures(
  year: number,
  t: YearTally | undefined,
  req: Requirement | null,
  categories?: readonly Category[],
): YearFigures {
  const pub = round2(t?.public ?? 0);
  const prof = round2(t?.professional ?? 0);
  const deemed = { public: t?.deemed.public ?? false, professional: t?.deemed.professional ?? false };
  const credited = { public: pub, professional: prof, total: round2(pub + prof) };
  const moves = t?.moves ?? [];
  const transfers = moves.length ? { transfers: moves.map((m) => ({ ...m })) } : {};
  if (!req) {
    return {
      year,
      credited,
      counted: credited,
      deemed,
      requirement: null,
      shortfall: { ...ZERO },
      complete: false,
      ...transfers,
    };
  }
  const needProf = req.professional ?? (req.total !== undefined ? req.total - (req.public ?? 0) : 0);
  const effPub = deemed.public ? Math.max(pub, req.public ?? 0) : pub;
  const effProf = deemed.professional ? Math.max(prof, needProf) : prof;
  const both = deemed.public && deemed.professional;
  const only = categories && categories.length === 1 ? categories[0] : undefined;
  const sPub = only === 'professional' || both ? 0 : Math.max(0, round2((req.public ?? 0) - effPub));
  const sProf = only === 'public' || both ? 0 : Math.max(0, round2((req.professional ?? 0) - effProf));
  const sTotal = only || both ? 0 : Math.max(0, round2((req.total ?? 0) - effPub - effProf));
  const shortfall = { public: sPub, professional: sProf, total: sTotal };
  // 只检验一类时，只列那一类的要求：列出的每一类，要求 − 计入要求 = 差额。
  const shown = only
    ? { ...req, public: undefined, professional: undefined, total: undefined, [only]: req[only] }
    : req;
  return {
    year,
    credited,
    counted: countedOf(shown, shortfall, credited, only),
    deemed,
    requirement: shown,
    shortfall,
    complete: sPub === 0 && sProf === 0 && sTotal === 0,
    ...transfers,
  };
}

/**
 * 计入要求的学时 = 要求 − 差额（每个有要求的类别）：与要求、差额并列时，三个数总能对上。
 * 超出要求的部分不在其中（逐年检验时也不跨年使用）；没有要求的类别（或不检验的类别）就是计入的学时。
 */
export function countedOf(req: Requirement | null, shortfall: Hours, credited: Hours, only?: Category): Hours {
  const one = (k: keyof Hours): number => {
    const r = req?.[k];
    if (r === undefined || (only !== undefined && k !== only)) return credited[k];
    return round2(r - shortfall[k]);
  };
  return { public: one('public'), professional: one('professional'), total: one('total') };
}

/** 还需多少学时才达标：公需、专业各自的差额之和，与合计的差额，取大者。 */
const neededOf = (s: Hours): number => round2(Math.max(s.public + s.professional, s.total));

/** 第 7 步：审验的每一年（累计检验不逐年要求，各年只列出计入的学时）。 */
export function yearFiguresFor(
  policy: Policy,
  scope: Scope,
  tallies: ReadonlyMap<number, YearTally>,
  warnings: Warnings,
): YearFigures[] {
  const { window } = scope;
  // 退回国家规定的年度：一条提示列出全部（逐年一条时，四年的审验期有三条几乎一样的长句）。
  const floor: number[] = [];
  const years = scope.years.map((y) => {
    // 累计检验不逐年比较要求，但也经过通知的年度规则：补学只补足当年缺的部分，待确认的学时记下“若计入”。
    if (window?.test === 'total') {
      const h = policy.yearHours?.(y, tallies.get(y), warnings, requirementFor(policy, scope, y).req);
      const f = figures(y, h ? h.tally : tallies.get(y), null);
      if (h?.ifCounted) f.ifCounted = figures(y, h.ifCounted, null).credited;
      return f;
    }
    const { req, baseline, user, ask } = requirementFor(policy, scope, y);
    if (ask) warnings.add(ask);
    statedRequirementNotes(policy, scope, y, req, user, warnings);
    if (baseline && req) floor.push(y);
    // 规则交给年度合计的学时（EvalWarning.hours）由通知自己的 yearHours 处理；“若计入”就达标时为无法判断。
    const h = policy.yearHours?.(y, tallies.get(y), warnings, req);
    const f = figures(y, h ? h.tally : tallies.get(y), req, window?.categories);
    if (!f.complete && h?.ifCounted && figures(y, h.ifCounted, req, window?.categories).complete) f.undetermined = true;
    // 国家规定是各地的下限：只有合计不到 90 才确定未达标（专业的三分之二是“一般”；视同完成的一类，当地的数不知道）；
    // 达到它不等于达到当地当年的要求（不在收录的通知中）。
    if (baseline && !(f.shortfall.total > 0 && !f.deemed.public && !f.deemed.professional)) f.undetermined = true;
    return f;
  });
  if (floor.length)
    warnings.add({
      code: 'baseline',
      clauses: ['NAT15-REQ'],
      message: `${requirementSource(policy.id)}没有规定 ${floor.join('、')} 年度的学时数，按国家规定（人社部令第25号第八条）每年不少于 90 学时、专业科目一般不少于三分之二核算：合计不到 90 的未达标，达到了也无法判断（当地的要求可能更高）`,
    });
  return years;
}

/** 按使用者填写的要求核算的一年：标明出处、低于国家规定时提示、说明选修怎样算。 */
function statedRequirementNotes(
  policy: Policy,
  scope: Scope,
  y: number,
  req: Requirement | null,
  user: boolean | undefined,
  warnings: Warnings,
): void {
  const u = scope.ctx.profile.userRequirement;
  if (user && u) warnings.add(userRequirementWarning(u, `${policy.id} 通知没有规定 ${y} 年度的学时数，该年`));
  if (!req?.clauses.includes('USER-REQ')) return;
  const low = belowBaseline(req, y);
  if (low) warnings.add(low);
  if (req.elective !== undefined)
    warnings.add({ code: 'interpretation', clauses: REQ, message: `本项目理解：${ELECTIVE_READING}` });
}

/** 整次查询的结论。 */
export interface Verdict {
  credited: Hours;
  requirement: Requirement | null;
  shortfall: Hours;
  complete: boolean;
  undetermined: boolean;
}

const sumOf = (years: YearFigures[], f: (y: YearFigures) => number) => round2(years.reduce((s, y) => s + f(y), 0));
const creditedSum = (years: YearFigures[]): Hours => ({
  public: sumOf(years, (y) => y.credited.public),
  professional: sumOf(years, (y) => y.credited.professional),
  total: sumOf(years, (y) => y.credited.total),
});

/** 第 8 步：按检验方式得出结论。 */
export function verdict(
  query: Query,
  window: WindowSpec | undefined,
  years: YearFigures[],
  windowCredit: { public: number; professional: number },
  windowDeemed: { public: boolean; professional: boolean },
): Verdict {
  const credited = creditedSum(years);
  if (query.kind === 'year' || window?.test === 'per-year') return everyYear(window, years, credited);
  if (window?.test === 'any-year') return anyYear(window, years, credited);
  if (window?.test === 'total') {
    const v = total(window, credited, windowCredit, windowDeemed);
    if (v.complete || !years.some((y) => y.ifCounted)) return v;
    // 待确认的学时计入就达标时无法判断（同逐年检验的那一年）。
    const ifCounted = creditedSum(years.map((y) => ({ ...y, credited: y.ifCounted ?? y.credited })));
    return { ...v, undetermined: total(window, ifCounted, windowCredit, windowDeemed).complete };
  }
  return { credited, requirement: null, shortfall: { ...ZERO }, complete: false, undetermined: true };
}

/** 逐年检验（年度查询也是）：每年都达标；差额、要求为各年之和（任期合并检验的差额已分在那几年上）。 */
function everyYear(window: WindowSpec | undefined, years: YearFigures[], credited: Hours): Verdict {
  // 审验哪几年还要使用者补充（window.ask）时，已知年度都达标也不能说完成。每年都须达标：确定不够的一年就决定了
  // 未完成，别的年度无法判断也一样（还需的学时这时是已知的部分）。
  const undetermined =
    window?.ask !== undefined ||
    years.length === 0 ||
    (years.some((y) => !y.requirement || y.undetermined) &&
      !years.some((y) => y.requirement && !y.complete && !y.undetermined));
  const shortfall = {
    public: sumOf(years, (y) => y.shortfall.public),
    professional: sumOf(years, (y) => y.shortfall.professional),
    // 任期合并检验的差额已分在那几年的行上（averageOverTerm）。
    total: sumOf(years, (y) => y.shortfall.total),
  };
  let requirement: Requirement | null = null;
  if (years.length === 1) requirement = years[0]?.requirement ?? null;
  else if (!undetermined && years.every((y) => y.requirement)) {
    const reqs = years.map((y) => y.requirement as Requirement);
    const add = (k: 'public' | 'professional' | 'total') =>
      reqs.some((r) => r[k] !== undefined) ? round2(reqs.reduce((s, r) => s + (r[k] ?? 0), 0)) : undefined;
    requirement = { clauses: [...new Set([...(window?.clauses ?? []), ...reqs.flatMap((r) => r.clauses)])] };
    const p = add('public');
    const q = add('professional');
    const t = add('total');
    if (p !== undefined) requirement.public = p;
    if (q !== undefined) requirement.professional = q;
    if (t !== undefined) requirement.total = t;
  }
  const complete = !undetermined && years.every((y) => y.complete);
  return { credited, requirement, shortfall, complete, undetermined };
}

/** 任一年检验（QH20 初级、认定、转系列）：最接近达标的一年（差额相同时取近的），数字都取那一年的。 */
function anyYear(window: WindowSpec, years: YearFigures[], credited: Hours): Verdict {
  // 还需学时最少的一年（与 needed 同一个数；三项差额相加会把同一学时算两次）。
  const gap = (y: YearFigures) => neededOf(y.shortfall);
  // 依次比较：达到所列要求的一年先；都不够时，有本地数字的一年先于只有国家下限的（补足下限也只是无法判断）；
  // 差得少的先；确定的先于无法判断的（待确认的学时）；近的先。
  const short = (y: YearFigures) => (gap(y) > 0 ? 1 : 0);
  const floorShort = (y: YearFigures) => (gap(y) > 0 && y.requirement?.baseline ? 1 : 0);
  const unsure = (y: YearFigures) => (y.undetermined ? 1 : 0);
  const order = (a: YearFigures, b: YearFigures) =>
    short(a) - short(b) || floorShort(a) - floorShort(b) || gap(a) - gap(b) || unsure(a) - unsure(b) || b.year - a.year;
  // filter 给出的是新数组：就地排序不改动 years。
  const candidates = years.filter((y) => y.requirement).sort(order);
  const best = candidates[0];
  if (!best) return { credited, requirement: null, shortfall: { ...ZERO }, complete: false, undetermined: true };
  // 结论看全部年度：有确定达标的一年就完成；否则有无法判断的一年就无法判断（它可能就是达标的那一年）。
  const complete = best.complete && !best.undetermined;
  const undetermined = !complete && candidates.some((y) => y.undetermined);
  const req = best.requirement as Requirement;
  // 要求、差额、计入都是所选那一年的，三个数才对得上。
  return {
    credited: best.credited,
    requirement: { ...req, clauses: [...window.clauses, ...req.clauses] },
    shortfall: best.shortfall,
    complete,
    undetermined,
  };
}

/** 累计检验（NX19）：审验期合计，含计入审验期累计的学时和视同完成。 */
function total(
  window: WindowSpec,
  yearsCredited: Hours,
  windowCredit: { public: number; professional: number },
  windowDeemed: { public: boolean; professional: boolean },
): Verdict {
  const credited = {
    public: round2(yearsCredited.public + windowCredit.public),
    professional: round2(yearsCredited.professional + windowCredit.professional),
    total: round2(yearsCredited.total + windowCredit.public + windowCredit.professional),
  };
  const req = window.requirement ?? null;
  if (!req) return { credited, requirement: req, shortfall: { ...ZERO }, complete: false, undetermined: true };
  const both = windowDeemed.public && windowDeemed.professional;
  const effPub = windowDeemed.public ? Math.max(credited.public, req.public ?? 0) : credited.public;
  const needProf = req.professional ?? (req.total ?? 0) - (req.public ?? 0);
  const effProf = windowDeemed.professional ? Math.max(credited.professional, needProf) : credited.professional;
  const shortfall = both
    ? { ...ZERO }
    : {
        public: Math.max(0, round2((req.public ?? 0) - effPub)),
        professional: Math.max(0, round2((req.professional ?? 0) - effProf)),
        total: Math.max(0, round2((req.total ?? 0) - effPub - effProf)),
      };
  const complete = shortfall.public === 0 && shortfall.professional === 0 && shortfall.total === 0;
  return { credited, requirement: req, shortfall, complete, undetermined: false };
}

/**
 * 还需多少学时：逐年检验时是各年所需之和（任期合并检验的差额已分在那几年上），其余情况由总差额算出。
 * 一年里公需差 0、专业差 30、合计差 15 时，还需 30（补足专业 30 学时，合计也就够了）。
 */
export function neededFor(
  query: Query,
  window: WindowSpec | undefined,
  years: YearFigures[],
  shortfall: Hours,
): number {
  if (query.kind === 'application' && window?.test === 'per-year') {
    // 无法判断的年度不算在内：确定未完成时，还需的是确定缺的部分（“至少”）。
    return round2(years.reduce((s, y) => s + (y.undetermined ? 0 : neededOf(y.shortfall)), 0));
  }
  return neededOf(shortfall);
}
