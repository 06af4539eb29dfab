import { TITLE_LEVEL_LABELS } from '../ledger/constants.ts';
import type { Profile, Query } from '../ledger/schema.ts';
import {
  requirementSource,
  userRequirementWarning,
  userWindow,
  windowBelowBaseline,
} from '../policies/USER/requirement.ts';
import type { Policy, RuleContext, WindowSpec } from '../policy/types.ts';
import type { Warnings } from './warnings.ts';

/** 一次核算的范围：核算哪些年度、申报的审验期与检验方式，以及规则看到的上下文。 */
export interface Scope {
  ctx: RuleContext;
  window: WindowSpec | undefined;
  /** 核算的年度（升序）。 */
  years: number[];
  yearSet: ReadonlySet<number>;
  /** 计入某年度（或审验期累计）的学时是否在本次核算之内。 */
  inScope(year: number | 'window'): boolean;
}

/**
 * 核算截止日期：查询给出的，缺省为今天；申报查询不晚于申报年度末——那一年申报时还没有完成的（如次年为它补修的学时）
 * 不是申报前完成的，不能让这次申报“完成”（哪一天申报不知道，按年度末）。
 */
export function asOfFor(query: Query): string {
  const asOf = query.asOf ?? today();
  const end = `${query.year}-12-31`;
  return query.kind === 'application' && end < asOf ? end : asOf;
}

/** 今天（本地日期 YYYY-MM-DD）：查询没有给出核算截止日期时的缺省值。 */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * 第 1 步：年度查询核算那一年；申报查询核算通知规定的审验期（通知没有规定时没有年度，结果为“无法判断”）。
 */
export function chooseYears(policy: Policy, query: Query, profile: Profile, warnings: Warnings): Scope {
  let window: WindowSpec | undefined;
  let years: number[];
  if (query.kind === 'year') years = [query.year];
  else {
    window = policy.applicationWindow(query, profile);
    // 通知没有规定这类申报、而使用者填了自己的审验办法时，接着按它核算（标明）。
    if (!window && profile.userRequirement) {
      window = userWindow(query, profile);
      if (window)
        warnings.add(userRequirementWarning(profile.userRequirement, `${policy.id} 通知没有规定这类申报的审验办法，`));
    }
    years = window ? [...window.years].sort((a, b) => a - b) : [];
    if (!window) {
      warnings.add({
        code: 'no-rule',
        clauses: [],
        message: `${requirementSource(policy.id)}没有规定此类申报（${TITLE_LEVEL_LABELS[query.level]}，${query.year} 年）的学时审验办法，无法判断`,
      });
    } else if (window.ask) {
      warnings.add({ code: 'needs-input', clauses: window.clauses, message: window.ask });
    } else if (window.interpretation) {
      warnings.add({ code: 'interpretation', clauses: window.clauses, message: window.interpretation });
    }
    const low = window && windowBelowBaseline(window);
    if (low) warnings.add(low);
  }
  const first = years[0];
  const last = years[years.length - 1];
  const ctx: RuleContext = {
    profile,
    query,
    years,
    window: query.kind === 'application' && first !== undefined && last !== undefined ? { first, last } : null,
    asOf: asOfFor(query),
  };
  const yearSet = new Set(years);
  const inScope = (y: number | 'window'): boolean => (y === 'window' ? ctx.window !== null : yearSet.has(y));
  return { ctx, window, years, yearSet, inScope };
}
