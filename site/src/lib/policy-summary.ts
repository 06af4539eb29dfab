/**
 * 政策页开头的白话说明（构建时）：要求、各种活动怎么计、截止日期、申报职称看哪几年、适用年度。
 * 数字都由核心算出（yearRequirement、applicationWindow、参数，以及对空台账试算的 planShortfalls），页面不另写。
 */
import {
  type Ledger,
  type Parameter,
  type PlanWay,
  type Policy,
  planShortfalls,
  type Requirement,
  TITLE_LEVEL_LABELS,
  TITLE_LEVELS,
} from '@xueshi/core';
import { fmtHours } from '../ui/format.ts';

const TEST = { 'per-year': '每一年都须达标', 'any-year': '其中一年达标即可', total: '这几年累计达标' } as const;

export interface PlainSummary {
  /** 本通知自己规定了学时数的年度（首尾）；没有时为 null。 */
  years: { first: number; last: number } | null;
  /** 旧通知的说明（构建时已过了它针对的年度）；不旧时为 null。 */
  old: string | null;
  /** 每年的要求，按要求相同的连续年度分段（通知所针对的那一年所在的一段在前）。 */
  requirements: string[];
  /** 各种活动怎么计（公需、专业各一组），来自对空台账的试算。 */
  kinds: { category: string; short: number; ways: PlanWay[] }[];
  /** 截止日期（参数中的日期）。 */
  deadlines: { label: string; value: string; clauses: readonly string[] }[];
  /** 申报各级职称看哪几年。 */
  windows: string[];
}

export function requirementText(r: Requirement): string {
  const parts: string[] = [];
  if (r.public !== undefined) parts.push(`公需科目不少于 ${fmtHours(r.public)} 学时`);
  if (r.professional !== undefined) parts.push(`专业科目不少于 ${fmtHours(r.professional)} 学时`);
  if (r.total !== undefined) parts.push(`合计不少于 ${fmtHours(r.total)} 学时`);
  return `每年${parts.join('、')}${r.averageOverTerm ? '（任期内年平均）' : ''}`;
}

function ownYears(policy: Policy, from: number, to: number): { first: number; last: number } | null {
  const years: number[] = [];
  for (let y = from; y <= to; y++) {
    const r = policy.yearRequirement(y);
    if (r && !r.baseline) years.push(y);
  }
  const first = years[0];
  const last = years[years.length - 1];
  return first === undefined || last === undefined ? null : { first, last };
}

const NATIONAL =
  '学时通按国家规定（人社部令第25号第八条：每年不少于 90 学时，其中专业科目不少于三分之二）核算，并在结果中注明“依据国家规定”：合计不到 90 的为未达标，其余是“无法判断”——当地当年的要求不在收录的通知中，可能更高；可以填写当地的要求接着核算';

/** 旧通知说明：它的规定适用到哪一年，之后学时通怎么算。数字的适用期都来自参数和要求本身。 */
function oldNote(policy: Policy, years: { first: number; last: number } | null, buildYear: number): string | null {
  if (policy.id === 'NAT15') return null;
  if (years && years.last < buildYear) {
    const span = years.first === years.last ? `${years.first} 年度` : `${years.first}–${years.last} 年度`;
    return `本通知规定的学时数适用于 ${span}。${years.last + 1} 年度起，${NATIONAL}。`;
  }
  // 只在某一年有效的参数（如当年的截止日期、当年的学时数）。
  const yearOnly = policy.parameters.filter((p) =>
    p.values.every((v) => v.to !== undefined && v.from.slice(0, 4) === v.to.slice(0, 4)),
  );
  const y = Number(yearOnly[0]?.values[0]?.from.slice(0, 4));
  if (!yearOnly.length || y >= buildYear) return null;
  const labels = [...new Set(yearOnly.map((p) => p.label))].join('、');
  const after = years
    ? `之后的年度，学时通仍按本通知的每年学时要求核算，但不再套用这些只适用于 ${y} 年度的规定`
    : `之后的年度，${NATIONAL}`;
  return `本通知适用于 ${y} 年度。其中这些规定只适用于 ${y} 年度：${labels}。${after}；当地发布新通知后以新通知为准。`;
}

/** 要求相同的连续年度合成一段：“2018 年度起：每年……”。 */
function requirementSpans(policy: Policy, from: number, to: number, main: number): string[] {
  const spans: { first: number; last: number; text: string }[] = [];
  for (let y = from; y <= to; y++) {
    const r = policy.yearRequirement(y);
    const text = r ? `${requirementText(r)}${r.baseline ? '（国家规定）' : ''}` : '';
    const cur = spans[spans.length - 1];
    if (cur && cur.text === text && cur.last === y - 1) cur.last = y;
    else spans.push({ first: y, last: y, text });
  }
  const named = spans
    .filter((s) => s.text)
    .map((s) => ({
      ...s,
      label: s.last === to ? `${s.first} 年度起` : s.first === s.last ? `${s.first} 年度` : `${s.first}–${s.last} 年度`,
    }));
  named.sort((a, b) => Number(b.first <= main && main <= b.last) - Number(a.first <= main && main <= a.last));
  return named.map((s) => `${s.first === from && s.last === to ? '' : `${s.label}：`}${s.text}。`);
}

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

export function plainSummary(policy: Policy, buildYear: number): PlainSummary {
  const noticeYear = Number(policy.date.slice(0, 4));
  const years = ownYears(policy, noticeYear - 5, buildYear + 1);
  const year = years && (noticeYear < years.first || noticeYear > years.last) ? years.first : noticeYear;
  const deadlines = policy.parameters.flatMap((p: Parameter) =>
    p.values
      .filter((v) => isDate(v.value))
      .map((v) => ({ label: p.label, value: v.value as string, clauses: p.clauses })),
  );
  const kinds: PlainSummary['kinds'] = [];
  if (policy.id !== 'NAT15') {
    const ledger = {
      formatVersion: 1,
      profile: { notice: policy.id, doctorate: false },
      activities: [],
    } as unknown as Ledger;
    const gaps = planShortfalls(policy, ledger, { kind: 'year', year }, { today: `${year}-01-01` });
    for (const g of gaps)
      kinds.push({
        category: g.category === 'total' ? '合计' : g.category === 'public' ? '公需科目' : '专业科目',
        short: g.short,
        ways: g.ways,
      });
  }
  const profile = { notice: policy.id as never, doctorate: false };
  const windows = TITLE_LEVELS.flatMap((level) => {
    const w = policy.applicationWindow(
      { kind: 'application', level, year: years?.last ?? year, route: 'review' },
      profile,
    );
    return w
      ? [
          `申报${TITLE_LEVEL_LABELS[level]}：看 ${w.years.join('、')} 年（以 ${years?.last ?? year} 年申报为例），${TEST[w.test]}`,
        ]
      : [];
  });
  return {
    years,
    old: oldNote(policy, years, buildYear),
    requirements: requirementSpans(policy, noticeYear - 5, buildYear + 1, year),
    kinds,
    deadlines,
    windows,
  };
}

/** 一种活动怎么计（表格的一格）。 */
export function wayText(w: PlanWay, short: number): string {
  if (!w.byHours) return `每${w.perDay ? '天' : '项'} ${fmtHours(w.perItem)} 学时`;
  if (w.perItem < short) return `按实际学时，每${'days' in w.template ? '天' : '项'}最多 ${fmtHours(w.perItem)} 学时`;
  return '按实际学时';
}
