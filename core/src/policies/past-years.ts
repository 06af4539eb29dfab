/**
 * WH19、LY17 共用：没有规定审验期时的“任期”、只为往年的补学（补修），以及补学的学时怎样计入年度合计。
 * 单独成文件（不放 common.ts）：只有这两份通知的规则用到，网站按通知载入时不进计算器首屏的 JS。
 */
import { CATEGORY_LABELS } from '../ledger/constants.ts';
import type { Category, Profile, Query } from '../ledger/schema.ts';
import { emptyTally, round2, type Step, yearOf, yearRange } from '../policy/helpers.ts';
import type { EvalWarning, Policy, Requirement, RuleResult, WindowSpec, YearTally } from '../policy/types.ts';
import { notEncoded } from './common.ts';

/**
 * 通知没有规定申报审验期时（WH19、LY17）：个人资料填了任期（聘期）就核算任期里申报年度以前的年份——申报评定上一级资格
 * 核算到申报年度，聘任（WH19 “上一聘期内”）核算到聘任的前一年：任期早就结束的，其后的年度也“每年”有要求，只看任期
 * 会漏掉它们；任期延续到申报年度以后的，以后的年度还没有到，不要求。没有任期时，从取得现职称的年度到申报年度逐年核算
 * （都标明是本项目的理解）。审验哪几年不知道时请使用者补充（无法判断）：两样都没有填写、取得现职称或任期开始晚于申报
 * 年度、聘期在聘任之后才结束，或聘任而没有填写聘期——只核算申报当年，或从取得现职称起平均，都可能把缺学时的年度漏掉，
 * 得出错误的“完成”。
 */
export function termWindow(
  query: Extract<Query, { kind: 'application' }>,
  profile: Profile,
  clauses: readonly string[],
  term: string,
): WindowSpec | undefined {
  // 认定、转系列是 QH20 的申报方式（QH20-RECOGNIZE、QH20-SWITCH），这两份通知没有：不当作评审，无法判断。
  if (query.route === 'recognition' || query.route === 'switch') return undefined;
  const unknown = (what: string): WindowSpec => ({
    years: [query.year],
    test: 'per-year',
    clauses,
    ask: `通知没有规定申报时审验哪几年${term}：${what}；填写之前无法判断（这里只列出申报当年的学时）`,
  });
  const t = profile.term;
  if (t && t.firstYear <= t.lastYear) return givenTerm(query, t, clauses, unknown);
  const since = profile.currentTitle?.since;
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

/** 填了任期（聘期）时核算的年度：见 termWindow。 */
function givenTerm(
  query: Extract<Query, { kind: 'application' }>,
  t: { firstYear: number; lastYear: number },
  clauses: readonly string[],
  unknown: (what: string) => WindowSpec,
): WindowSpec {
  const appointment = query.route === 'appointment';
  // 聘任看的是上一聘期，通常在聘任的前一年结束（也可以就在聘任那一年）；申报评定看到申报年度为止。
  const end = appointment ? query.year - 1 : query.year;
  const named = `任期（聘期）${t.firstYear}—${t.lastYear} 年`;
  if (t.firstYear > query.year) return unknown(`${named}开始于申报年度（${query.year} 年）之后，请核对`);
  if (appointment && t.lastYear > query.year)
    return unknown(`上一聘期（${t.firstYear}—${t.lastYear} 年）在聘任年度（${query.year} 年）之后才结束，请核对聘期`);
  const last = Math.max(Math.min(t.lastYear, query.year), end);
  const note =
    last > t.lastYear
      ? `，并包括其后到${appointment ? `聘任前一年（${last} 年）` : `申报年度（${last} 年）`}的各年（通知要求“每年”达到）`
      : last < t.lastYear
        ? `，只到申报年度 ${last} 年（以后的年度还没有到）`
        : '';
  return {
    years: yearRange(t.firstYear, last),
    test: 'per-year',
    clauses,
    interpretation: `按个人资料中填写的${named}核算${note}`,
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
 * 补学共 m、当年该类别要求 q 时计 r + min(m, q − r)（r 已达到 q 时不再增加）；该年没有单列这一类的要求时
 * （WH19 2018 年以前只有任期平均的合计），补学的就是当年的课程，计 max(r, m)。pending 的给出“若计入”的合计。
 * 同一提示合并了几条活动时，每条各算一次。
 */
export const handedYearHours: NonNullable<Policy['yearHours']> = (year, t, warnings, requirement) => {
  let tally = t;
  const pending = { public: 0, professional: 0 };
  const unknown = new Set<Category>();
  // 同一年、同一类别的几条补学合起来算一次：逐条算时，别的补学会被当成“当年已有”的学习（20 + 10 只计 10）。
  const fill = new Map<Category, { m: number; w: EvalWarning; word: string }>();
  for (const w of warnings.list()) {
    const h = w.hours;
    if (!h || h.year !== year) continue;
    const m = round2(h.hours * (w.activityIds?.length ?? 1));
    if (h.use === 'unknown') unknown.add(h.category);
    else if (h.use === 'pending') pending[h.category] = round2(pending[h.category] + m);
    else {
      const f = fill.get(h.category);
      fill.set(h.category, { m: round2((f?.m ?? 0) + m), w: f?.w ?? w, word: h.word ?? '补学' });
    }
  }
  for (const [category, { m, w, word }] of fill) {
    const base = tally ?? emptyTally(year);
    const own = round2(base[category] - m);
    const need = requirement?.[category];
    const counted = need === undefined ? Math.max(own, m) : own + Math.min(m, Math.max(0, need - own));
    const cut = round2(base[category] - counted);
    if (cut <= 0) continue;
    tally = { ...base, [category]: round2(base[category] - cut) };
    const label = CATEGORY_LABELS[category];
    warnings.add({
      code: 'interpretation',
      clauses: w.clauses,
      message:
        need === undefined
          ? `${year} 年度的${word} ${m} 学时只计 ${round2(m - cut)} 学时：该年没有单列${label}的要求，${word}的就是当年的课程，当年已有 ${own} 学时，计两者中较多的`
          : `${year} 年度的${word} ${m} 学时只计 ${round2(m - cut)} 学时：${word}只补足当年${label}学习缺的部分（要求 ${need}，当年已有 ${own} 学时）`,
    });
  }
  if (!pending.public && !pending.professional && unknown.size === 0) return { tally };
  return { tally, ifCounted: ifCountedOf(tally ?? emptyTally(year), pending, unknown, requirement) };
};

/**
 * “若计入”的合计：pending 的学时加上；unknown 的类别（折算标准不在通知中）补到这一年的要求为止——该类别的要求，
 * 或合计要求减去另一类别，取大者。没有要求时不补（这一年本来就无法判断）。
 */
function ifCountedOf(
  base: YearTally,
  pending: Record<Category, number>,
  unknown: ReadonlySet<Category>,
  requirement: Requirement | null | undefined,
): YearTally {
  const out = {
    ...base,
    public: round2(base.public + pending.public),
    professional: round2(base.professional + pending.professional),
  };
  for (const c of unknown) {
    const other = out[c === 'public' ? 'professional' : 'public'];
    const need = Math.max(requirement?.[c] ?? 0, round2((requirement?.total ?? 0) - other));
    out[c] = Math.max(out[c], need);
  }
  return out;
}

/**
 * 可以计入某一类别、学时数却在通知以外的文件中的活动（WH19 24号、LY17 55号的折算，LY17 269号的往年考试）：
 * 不计入，但交给年度合计——只差这一类别学时的一年为“无法判断”，而不是“未完成”：那份文件可能给够。
 * 记在活动日期的年度；有开始日期的（学历、自学、课题）记在开始到结束的每一年——那份文件怎样分到各年也不知道。
 * 没有日期时只是不计入。
 */
export function withUnknownHours(
  res: RuleResult,
  a: { date?: string; startDate?: string },
  category: Category,
  doc: string,
  clauses: readonly string[],
): RuleResult {
  if (!a.date) return res;
  const label = CATEGORY_LABELS[category];
  const notes: EvalWarning[] = yearRange(yearOf(a.startDate ?? a.date), yearOf(a.date)).map((y) => ({
    code: 'not-encoded',
    clauses,
    message: `${y} 年度还有按${doc}计算的${label}学时，数字不在通知中：只差${label}学时的，无法判断`,
    hours: handed(y, category, 0, 'unknown'),
  }));
  return { ...res, warnings: [...(res.warnings ?? []), ...notes] };
}

/** WH19 二(二)、LY17 二(二)3：论文、成果、学历等“可折算”专业科目学时，折算标准在通知以外的文件中。 */
export function unknownConversion(
  rule: string,
  doc: string,
  a: { date?: string; startDate?: string },
  clauses: readonly string[] = [rule],
): RuleResult {
  return withUnknownHours(notEncoded(rule, doc, clauses), a, 'professional', doc, clauses);
}
