/**
 * WH19、LY17 共用：没有规定审验期时的“任期”、只为往年的补学（补修），以及补学的学时怎样计入年度合计。
 * 单独成文件（不放 common.ts）：只有这两份通知的规则用到，网站按通知载入时不进计算器首屏的 JS。
 */
import { CATEGORY_LABELS } from '../ledger/constants.ts';
import type { Category, Profile, Query } from '../ledger/schema.ts';
import { emptyTally, round2, type Step, yearOf, yearRange } from '../policy/helpers.ts';
import type { EvalWarning, Policy, RuleResult, WindowSpec } from '../policy/types.ts';

/**
 * 通知没有规定申报审验期时（WH19、LY17）：个人资料填了任期（聘期）就核算那几年；申报评定上一级资格时，任期在
 * 申报年度之前结束的一直核算到申报年度（其后的年度也“每年”有要求，只看任期会漏掉它们）；否则从取得现职称的年度到申报年度逐年核算
 * （都标明是本项目的理解）。审验哪几年不知道时请使用者补充（无法判断）：两样都没有填写、取得现职称晚于申报年度，
 * 或聘任（WH19 “上一聘期内”）而没有填写聘期——只核算申报当年，或从取得现职称起平均，都可能把缺学时的年度漏掉，
 * 得出错误的“完成”。
 */
export function termWindow(
  query: Extract<Query, { kind: 'application' }>,
  profile: Profile,
  clauses: readonly string[],
  term: string,
): WindowSpec {
  const t = profile.term;
  if (t && t.firstYear <= t.lastYear) {
    // 聘任看的就是上一聘期（WH19 “上一聘期内”），它本来就在申报之前结束。
    const own = query.route === 'appointment';
    const first = own ? t.firstYear : Math.min(t.firstYear, query.year);
    const last = own ? t.lastYear : Math.max(t.lastYear, query.year);
    const extended = first !== t.firstYear || last !== t.lastYear ? `，并包括申报年度 ${query.year} 年` : '';
    return {
      years: yearRange(first, last),
      test: 'per-year',
      clauses,
      interpretation: `按个人资料中填写的任期（聘期）${t.firstYear}—${t.lastYear} 年核算${extended}`,
    };
  }
  const since = profile.currentTitle?.since;
  const unknown = (what: string): WindowSpec => ({
    years: [query.year],
    test: 'per-year',
    clauses,
    ask: `通知没有规定申报时审验哪几年${term}：${what}；填写之前无法判断（这里只列出申报当年的学时）`,
  });
  if (query.route === 'appointment') return unknown('聘任看的是聘期，请在个人资料中填写任期（聘期）的起止年度');
  if (since === undefined || since > query.year)
    return unknown(
      since === undefined
        ? '请在个人资料中填写取得现职称的年度，或任期（聘期）的起止年度'
        : `取得现职称的年度（${since} 年）晚于申报年度，请核对，或填写任期（聘期）的起止年度`,
    );
  return {
    years: yearRange(since, query.year),
    test: 'per-year',
    clauses,
    interpretation: `通知没有规定申报时审验哪几年${term}，按取得现职称当年至申报当年逐年核算`,
  };
}

/**
 * 为完成当年（或以后）的年度“补”的记录不是补学（补修）：两份通知都只为往年安排补学（WH19-MAKEUP 2015—2018 年度、
 * LY17-MAKEUP 2015、2016 年度，LY17-NO-MAKEUP-2018 此后须当年完成）。当年的学习要按当年的规定核算（平台、截止日期），
 * 补学记录上看不出它是哪种学习，所以不计入，请使用者按网络课程、培训等录入，而不是替他猜。
 */
export function notAMakeup(s: Step, a: { forYear: number; date: string }, word: string): RuleResult | undefined {
  if (a.forYear < yearOf(a.date)) return undefined;
  return s.none(
    'not-applicable',
    `为 ${a.forYear} 年度、完成于 ${a.date} 的学习不是${word}（${word}只为往年）：请按网络课程、培训等录入，按当年的规定核算`,
  );
}

type Handed = NonNullable<EvalWarning['hours']>;

/** 规则交给年度合计的学时（EvalWarning.hours）：fill 的已在合计里，pending 的不在。 */
export function handed(year: number, category: Category, hours: number, use: Handed['use']): Handed {
  return { year, category, hours, use };
}

/**
 * 往年公需科目的补学（补修）：计入那一年，但只补足当年公需科目学习缺的部分（handedYearHours）——
 * 补的就是那一年的公需课题，已完成的年度再学一遍不多计（WH19 一(一)“未完成当年公需科目学习的……可……补学”；
 * LY17 四“选取2015年或2016年的补修科目……可以不再补修已完成年度的课题”）。
 */
export function publicMakeup(s: Step, forYear: number, hours: number, word: '补学' | '补修'): RuleResult {
  const res = s.credit(forYear, 'public', hours, { online: true });
  const note: EvalWarning = {
    code: 'interpretation',
    clauses: [s.rule],
    message: `为 ${forYear} 年度${word} ${hours} 学时：${word}只补足当年公需科目学习缺的部分`,
    hours: { ...handed(forYear, 'public', hours, 'fill'), word },
  };
  return { ...res, warnings: [...(res.warnings ?? []), note] };
}

/**
 * 一年的合计按规则交来的学时调整（Policy.yearHours）：fill 的只补足当年该类别缺的部分——当年其余学时 r、
 * 补学共 m 时计 max(r, m)（补学的就是当年的课程，不在已完成的之上再加）；pending 的给出“若计入”的合计。
 * 同一提示合并了几条活动时，每条各算一次。
 */
export const handedYearHours: NonNullable<Policy['yearHours']> = (year, t, warnings) => {
  let tally = t;
  const pending = { public: 0, professional: 0 };
  // 同一年、同一类别的几条补学合起来算一次：逐条算时，别的补学会被当成“当年已有”的学习（20 + 10 只计 10）。
  const fill = new Map<Category, { m: number; w: EvalWarning; word: string }>();
  for (const w of warnings.list()) {
    const h = w.hours;
    if (!h || h.year !== year) continue;
    const m = round2(h.hours * (w.activityIds?.length ?? 1));
    if (h.use === 'pending') pending[h.category] = round2(pending[h.category] + m);
    else {
      const f = fill.get(h.category);
      fill.set(h.category, { m: round2((f?.m ?? 0) + m), w: f?.w ?? w, word: h.word ?? '补学' });
    }
  }
  for (const [category, { m, w, word }] of fill) {
    const base = tally ?? emptyTally(year);
    const own = round2(base[category] - m);
    const cut = round2(base[category] - Math.max(own, m));
    if (cut <= 0) continue;
    tally = { ...base, [category]: round2(base[category] - cut) };
    warnings.add({
      code: 'interpretation',
      clauses: w.clauses,
      message: `${year} 年度的${word} ${m} 学时只计 ${round2(m - cut)} 学时：${word}只补足当年${CATEGORY_LABELS[category]}学习缺的部分，当年已有 ${own} 学时`,
    });
  }
  if (!pending.public && !pending.professional) return { tally };
  const base = tally ?? emptyTally(year);
  const ifCounted = {
    ...base,
    public: round2(base.public + pending.public),
    professional: round2(base.professional + pending.professional),
  };
  return { tally, ifCounted };
};
