/**
 * QH20 — 青海省人力资源和社会保障厅《关于做好2020年专业技术人员继续教育工作的通知》青人社厅函〔2020〕227号。
 */

import { figures } from '../../evaluate/verdict.ts';
import type { Activity, ActivityKind, ActivityOf, Category } from '../../ledger/schema.ts';
import { emptyTally, isResult, requirementFrom, Step, yearOf, yearRange } from '../../policy/helpers.ts';
import {
  inForce,
  type Policy,
  type Requirement,
  type Rule,
  type RuleContext,
  type RuleResult,
  valueAt,
  type WindowSpec,
  type YearTally,
} from '../../policy/types.ts';
import {
  askIfCounted,
  askUnlessLocal,
  lookup,
  otherRegion,
  publicNotUnitApproved,
  rankBand,
  statedHours,
} from '../common.ts';
import { header } from './header.ts';
import { params } from './params.ts';

const LOCAL_HOSTS = [/(^|\.)qhjjglpt\.com$/];

const PUBLIC_HERE = '公需科目由“青海干部网络学院”承担';

const IN_POST_READING =
  '任现职期间、审验期开始之前取得的成果，申报时也计入（七(三)：由用人单位在申报时计算），记在审验期第一年；早于任现职的不计。';

/**
 * 七(六)“公需科目由“青海干部网络学院”承担，专业科目由国家级继续教育基地承担。……审验时，多学部分学时可分散在
 * 2017、2018、2019年度使用。”：可分散的专业学时须来自国家级继续教育基地，学时通无从知道课程的承担单位。
 * 照计（不然在基地学习的人会被错判未完成），但在审验期伸到 2017—2019 年的申报查询里请用户确认。
 */
function askNationalBase(res: RuleResult, a: { category: string; date: string }, ctx: RuleContext): RuleResult {
  const span = valueAt(params.makeupYears, a.date);
  const w = ctx.window;
  if (a.category !== 'professional' || !span || !w || w.first > (span.last as number)) return res;
  return askIfCounted(res, 'QH20-MAKEUP', '分散到 2017—2019 年的专业课学时须由国家级继续教育基地承担：请确认');
}

/**
 * 三(一)“专业技术人员登陆“青海干部网络学院”，自主进行网上学习”：其他地区已知平台的公需课不计（otherRegion）；
 * 手工录入的照计，但请用户确认来自该学院（同 NX19）。
 */
function askPlatform(res: RuleResult, a: { category?: string; source: Activity['source'] }): RuleResult {
  if (a.category === 'professional') return res;
  return askUnlessLocal(res, a, LOCAL_HOSTS, 'QH20-ONLINE', `${PUBLIC_HERE}：请确认这门公需课是在该学院学的`);
}

/**
 * 八“申报职称的人员务必于职称申报前完成继续教育培训；其余人员务必于2020年11月底前完成当年继续教育培训”。
 * 截止日期属于所查的年度，不属于活动的日期：年度查询 2020 年时，11 月 30 日以后才完成、结题、获得的都不计入，
 * 哪怕规则把学时记到更早的年度（项目每年 90 学时、获奖折算任职期间全部专业课）——否则 2021 年才结题的项目
 * 反而比 2020 年 12 月结题的计入得多。申报查询时，申报年度以后的不是“申报前完成”的：核算器对所有通知都已按申报年度末
 * 截止（evaluate/scope.ts asOfFor），这里不再重复。
 */
function afterDeadline(rule: string, date: string, ctx: RuleContext): RuleResult | undefined {
  const q = ctx.query;
  if (q.kind === 'application') return undefined;
  const deadline = valueAt(params.deadline, q.year);
  if (typeof deadline !== 'string' || date <= deadline) return undefined;
  const s = new Step(rule, [rule, 'QH20-DEADLINE']);
  s.warn('deadline-passed', `除申报职称人员外，须在 ${deadline} 前完成当年继续教育培训`, ['QH20-DEADLINE']);
  return s.none('after-deadline', `完成于 ${date}，晚于 ${deadline}`);
}

/**
 * 八“其余人员务必于2020年11月底前完成当年继续教育培训”：不只培训，每一种取得 2020 年学时的方式
 * （单位认定、自学类“视为接受继续教育专业课程培训”、七(三)“创新实践类的学习活动”）都以此为限；
 * 否则同样的学时换一种录入方式就能在截止后计入，给出错误的“完成”。
 */
function byDeadline<K extends ActivityKind>(rule: string, fn: Rule<K>): Rule<K> {
  return (a, ctx) => afterDeadline(rule, (a as ActivityOf<K> & { date: string }).date, ctx) ?? fn(a, ctx);
}

/**
 * “任现职期间”：早于取得现职称年度的成果不计。没有填写取得年度时：申报查询的审验期可能早于任现职，
 * 不计入，请用户补上（同 QH20-COVID 没有行业、QH20-PROJ 没有说明按时结题）；年度查询时计入，也请补上。
 */
function beforeCurrentPost(rule: string, date: string, ctx: RuleContext, s?: Step): RuleResult | undefined {
  const since = ctx.profile.currentTitle?.since;
  if (since === undefined) {
    const ask = '创新成果只认任现职期间的：请在个人资料中填写取得现职称的年度';
    // 提示要到结果的“提示”里，不只在这条的解释中（获奖在年度查询时自己提示，不在这里）。
    const st = s ?? new Step(rule);
    st.warn('needs-input', ask);
    return ctx.query.kind === 'application' ? st.none('needs-input', ask) : undefined;
  }
  if (yearOf(date) >= since) return undefined;
  return new Step(rule).none(
    'not-applicable',
    `取得于 ${yearOf(date)} 年，早于任现职（${since} 年），不属于任现职期间`,
  );
}

const DEEM_PRO = ['professional'] as const satisfies readonly Category[];

/**
 * 创新成果计入的年度。五(二)5 认定的是“任现职期间”的成果，七(三) 由用人单位在职称申报时计算：
 * 申报查询中，任现职期间、审验期开始之前取得的成果也计入，记在审验期第一年（本项目理解）。
 */
function resultYear(s: Step, year: number, ctx: RuleContext): number {
  const first = ctx.window?.first;
  // 取得现职称的年度已知（申报查询没有它时，beforeCurrentPost 不计入）。
  if (first === undefined || year >= first) return year;
  s.add('note', `${year} 年取得，属任现职期间、早于审验期：申报时计入审验期第一年（${first} 年）`);
  return first;
}

export const QH20: Policy = {
  ...header,
  title: '关于做好2020年专业技术人员继续教育工作的通知',
  docNumber: '青人社厅函〔2020〕227号',
  issuer: '青海省人力资源和社会保障厅',
  seedFile: '003_986c3ce38d8c433f.txt',
  platformHosts: LOCAL_HOSTS,
  parameters: Object.values(params),
  interpretations: {
    'QH20-PATENT': IN_POST_READING,
    'QH20-STANDARD': IN_POST_READING,
    'QH20-REPORT': IN_POST_READING,
    'QH20-TITLE':
      '“近 N 年”含申报当年；2020 年以外的年度通知没有学时数：合计不到国家规定的 90 学时的未达标，其余无法判断（专业的三分之二是“一般”），可以填写当年的要求。',
    'QH20-SWITCH': '只检验专业课学时；“专业相同相近”由用户自行判断。',
    // 每年计还是只计一次，写在参数的说明里（政策页也列出它），这里不另写一份。
    'QH20-PROJ': `课题须在核算截止日之前按期结题；${params.project.interpretation}任现职期间、审验期之前的年度在申报时计入审验期第一年。`,
    'QH20-AWARD': '从取得现职称年度到核算的最后一年，专业科目视同完成；没有填写取得现职称年度时从获奖年度算起。',
    'QH20-MAKEUP':
      '只有网络学习的学时可以调剂；先补专业缺口、再补公需缺口、最后补总学时缺口，按年度先后；2020 年保留其本年要求；视同完成的一类不算缺口，也不须保留。',
    'QH20-DEADLINE':
      '年度查询视为非申报人员，所查年度 11 月 30 日之后取得的学时都不计入该年；申报查询不计入申报年度以后取得的。',
  },
  yearRequirement(year: number): Requirement | undefined {
    return requirementFrom(valueAt(params.req, year), ['QH20-REQ']);
  },
  applicationWindow(query, profile): WindowSpec | undefined {
    const Y = query.year;
    const span = (n: number) => yearRange(Y - n + 1, Y);
    if (query.route === 'recognition') {
      // 四(二)2 只说“员级、助理级、中级、副高级”职称认定：正高级没有规定，无法判断。
      if (query.level === 'full-senior') return undefined;
      const n = valueAt(params.recognizeYears, Y);
      return n === undefined ? undefined : { years: span(n), test: 'any-year', clauses: ['QH20-RECOGNIZE'] };
    }
    if (query.route === 'switch') {
      const n = valueAt(params.switchYears, Y);
      return n === undefined
        ? undefined
        : { years: span(n), test: 'any-year', clauses: ['QH20-SWITCH'], categories: ['professional'] };
    }
    if (query.route === 'appointment') return undefined;
    const t = valueAt(params.titleYears, Y);
    if (!t) return undefined;
    if (query.level === 'junior')
      return { years: span(lookup(t, 'junior')), test: 'any-year', clauses: ['QH20-TITLE'] };
    if (query.level === 'intermediate')
      return { years: span(lookup(t, 'intermediate')), test: 'per-year', clauses: ['QH20-TITLE'] };
    const doctor =
      query.level === 'full-senior' && profile.doctorate && profile.currentTitle?.level === 'associate-senior';
    return {
      years: span(lookup(t, doctor ? 'doctorFullSenior' : 'senior')),
      test: 'per-year',
      clauses: ['QH20-TITLE'],
      interpretation: params.titleYears.interpretation,
    };
  },
  profileWarnings(profile) {
    return profile.sector === 'accountant'
      ? [
          {
            code: 'own-rules',
            clauses: ['QH20-ACCOUNTANT'],
            message: '会计人员按省财政厅的规定参加继续教育：学时通无法判断是否达标，下面的学时仅供参考',
          },
        ]
      : [];
  },
  postProcess(tallies, requirement, queryYears, query) {
    // 七(六)：学时纳入 2020 年档案，“审验时”多学部分才可分散到往年——年度查询照实显示 2020 年。
    if (query.kind !== 'application') return;
    const span = valueAt(params.makeupYears, 2020);
    const t20 = tallies.get(2020);
    const r20 = requirement(2020);
    if (!span || !t20 || !r20) return;
    // 2020 年保留本年要求（四(一)：135 = 45 + 90，合计就是两类之和）；视同完成的一类（五(二)5(4)、五(三)）
    // 不须保留学时，它的网络学时全是“多学部分”。
    const keep = (c: Category) => (t20.deemed[c] ? 0 : (r20[c] ?? 0));
    const spare = {
      public: Math.max(0, Math.min(t20.onlinePublic, t20.public - keep('public'))),
      professional: Math.max(0, Math.min(t20.onlineProfessional, t20.professional - keep('professional'))),
    };
    const move = (t: YearTally, c: Category, need: number) => {
      const h = Math.round(Math.min(spare[c], Math.max(0, need)) * 100) / 100;
      if (h <= 0) return;
      spare[c] -= h;
      t[c] += h;
      t20[c] -= h;
      const m = { from: 2020, to: t.year, category: c, hours: h, clauses: ['QH20-MAKEUP'] };
      t.moves.push(m);
      t20.moves.push(m);
    };
    // 先调剂到本次核算的年度，从近到远；再到其余年度。
    const candidates: number[] = [];
    for (let y = span.last as number; y >= (span.first as number); y--) candidates.push(y);
    const inScope = new Set(queryYears);
    candidates.sort((a, b) => Number(inScope.has(b)) - Number(inScope.has(a)));
    for (const y of candidates) {
      const r = requirement(y);
      if (!r) continue;
      let t = tallies.get(y);
      if (!t) {
        t = emptyTally(y);
        tallies.set(y, t);
      }
      // 缺口按核算结论的同一算法（视同完成的一类按已满足计），不另算一遍。
      const short = (tt: YearTally) => figures(y, tt, r).shortfall;
      move(t, 'professional', short(t).professional);
      move(t, 'public', short(t).public);
      move(t, 'public', short(t).total);
      move(t, 'professional', short(t).total);
    }
  },
  rules: {
    'online-course': (a, ctx) => {
      // 三(一)：公需课在“青海干部网络学院”学习；其他地区的已知平台上的公需课不算。
      const wrong =
        a.category === 'public'
          ? otherRegion('QH20-ONLINE', a, LOCAL_HOSTS, '公需科目须登录“青海干部网络学院”学习', '门课')
          : undefined;
      return (
        wrong ??
        afterDeadline('QH20-ONLINE', a.date, ctx) ??
        askNationalBase(askPlatform(statedHours('QH20-ONLINE', a, { online: true }), a), a, ctx)
      );
    },
    'public-certificate': (a, ctx) =>
      otherRegion('QH20-ONLINE', a, LOCAL_HOSTS, PUBLIC_HERE) ??
      afterDeadline('QH20-ONLINE', a.date, ctx) ??
      askPlatform(statedHours('QH20-ONLINE', { ...a, category: 'public' }, { online: true }), a),
    makeup: (a, ctx) =>
      (a.category === 'public' ? otherRegion('QH20-MAKEUP', a, LOCAL_HOSTS, PUBLIC_HERE) : undefined) ??
      afterDeadline('QH20-MAKEUP', a.date, ctx) ??
      askNationalBase(
        askPlatform(statedHours('QH20-MAKEUP', a, { online: true, clauses: ['QH20-MAKEUP', 'QH20-ONLINE'] }), a),
        a,
        ctx,
      ),
    training: (a, ctx) => {
      const rule = a.format === 'abroad' ? 'QH20-ABROAD' : a.format === 'base' ? 'QH20-BASE' : 'QH20-TRAIN';
      const late = afterDeadline(rule, a.date, ctx);
      if (late) return late;
      const s = new Step(rule);
      if (a.hours !== undefined) {
        s.raw(`${rule === 'QH20-BASE' ? '报备审定' : '文件明确'}的学时 ${a.hours}`, { hours: a.hours });
        return s.credit(yearOf(a.date), 'professional', a.hours);
      }
      if (rule === 'QH20-BASE') return s.none('needs-input', '继续教育基地课程按报备审定的学时认定，请填写学时');
      if (!a.days) return s.none('needs-input', '请填写学时，或填写实际天数（不含在途）');
      const param = rule === 'QH20-ABROAD' ? params.abroadPerDay : params.trainingPerDay;
      const per = inForce(param, a.date);
      if (isResult(per)) return per;
      // 通知只管 2020 年（四(一)）：别的年度借用每天 7 学时，要像其他往年读法一样标明是本项目的理解。
      if (valueAt(params.req, a.date) === undefined && param.interpretation)
        s.warn('interpretation', `本项目理解：${param.interpretation}`);
      s.raw(`文件没有明确学时，实际 ${a.days} 天`, { days: a.days });
      s.add('rate', `每天 ${per} 学时：${per}×${a.days}`, { perDay: per, days: a.days });
      return s.credit(yearOf(a.date), 'professional', per * a.days);
    },
    degree: byDeadline('QH20-DEGREE', (a) => {
      const s = new Step('QH20-DEGREE');
      const from = valueAt(params.selfStudyFrom, a.date);
      if (typeof from !== 'string' || a.date < from)
        return s.none('not-in-force', '取得学历、学位折算学时从 2020 年起适用');
      const y = yearOf(a.date);
      s.raw(`${y} 年取得${{ higher: '高一级学历', second: '第二学历', academic: '学位' }[a.degreeType]}证书`);
      return s.deem([y], DEEM_PRO, `取得证书当年（${y} 年）专业科目全部学时视同完成`);
    }),
    'qualification-exam': byDeadline('QH20-QUAL', (a) => {
      const s = new Step('QH20-QUAL');
      if (a.examType !== 'qualification')
        return s.none('not-recognised', '只认全国统一组织的专业技术类职业（执业）资格考试');
      const from = valueAt(params.selfStudyFrom, a.date);
      if (typeof from !== 'string' || a.date < from) return s.none('not-in-force', '资格考试折算学时从 2020 年起适用');
      const y = yearOf(a.date);
      s.raw(`${y} 年取得职业资格考试合格证书`);
      return s.deem([y], DEEM_PRO, `取得合格证书当年（${y} 年）专业科目全部学时视同完成`);
    }),
    mentoring: (a, ctx) => {
      const s = new Step('QH20-MENTOR');
      const t = valueAt(params.mentoring, a.date);
      if (!t) return s.none('not-in-force', '技术带教帮扶从 2020 年起认定');
      const late = afterDeadline('QH20-MENTOR', a.date, ctx);
      if (late) return late;
      const per = lookup(t, 'perDay');
      s.raw(`技术带教帮扶 ${a.days} 天`, { days: a.days });
      s.add('rate', `每天 ${per} 学时：${per}×${a.days}`, { perDay: per, days: a.days });
      return s.credit(yearOf(a.date), 'professional', per * a.days, {
        cap: { id: 'QH20-MENTOR', limit: lookup(t, 'capPerYear'), clauses: ['QH20-MENTOR'], label: '技术带教帮扶' },
      });
    },
    'research-project': byDeadline('QH20-PROJ', (a, ctx) => {
      const s = new Step('QH20-PROJ');
      const t = valueAt(params.project, a.date);
      if (!t) return s.none('not-in-force', '本通知从 2020 年起适用');
      const early = beforeCurrentPost('QH20-PROJ', a.date, ctx, s);
      if (early) return early;
      if (a.completedOnTime === undefined) {
        s.warn('needs-input', '课题须在规定时间内完成并结题：请说明是否按期结题');
        return s.none('needs-input', '不知道是否按期结题：通知只认在规定时间内完成并结题的课题');
      }
      if (!a.completedOnTime) return s.none('not-applicable', '课题须在规定时间内完成并结题');
      const per = lookup(t, `${a.level}:${a.role}`);
      const since = ctx.profile.currentTitle?.since;
      const y0 = Math.max(yearOf(a.startDate), since ?? -Infinity);
      const y1 = yearOf(a.date);
      s.raw(
        `${{ national: '国家级', provincial: '省部级', prefecture: '市州、厅（局）级' }[a.level]}课题，${a.role === 'lead' ? '第一主持人' : '其他参与成员'}，${yearOf(a.startDate)}—${y1} 年`,
      );
      // 五(二)5(2)(3) 其他参与成员“认定为 30/25 学时”没有“每年”：每项只在结题年计一次。
      if (a.role === 'member' && a.level !== 'national') {
        s.add('table', `其他参与成员每项 ${per} 学时（通知未写“每年”），计入结题年`, { hours: per });
        return s.credit(resultYear(s, y1, ctx), 'professional', per);
      }
      if (since !== undefined && since > yearOf(a.startDate)) s.add('note', `任现职（${since} 年）之前的年度不计`);
      s.add('table', `每年 ${per} 学时（${y0}—${y1} 年）`, { perYear: per });
      const byYear = new Map<number, number>();
      for (let y = y0; y <= y1; y++) {
        const to = resultYear(s, y, ctx);
        byYear.set(to, (byYear.get(to) ?? 0) + per);
      }
      for (const [y, h] of byYear) s.credit(y, 'professional', h);
      return s.done();
    }),
    award: byDeadline('QH20-AWARD', (a, ctx) => {
      const s = new Step('QH20-AWARD');
      if (a.awardType === 'other')
        return s.none('not-recognised', '只认国家、青海省科学技术进步奖和省部级哲学社会科学优秀成果奖');
      const early = beforeCurrentPost('QH20-AWARD', a.date, ctx);
      if (early) return early;
      const y = yearOf(a.date);
      const since = ctx.profile.currentTitle?.since;
      if (since === undefined) s.warn('needs-input', '请填写取得现职称的年度，获奖折算的是任职期间全部专业学时');
      const first = since ?? y;
      const last = Math.max(y, ctx.years[ctx.years.length - 1] ?? y);
      const years = yearRange(first, last);
      s.raw(`${y} 年获奖`);
      return s.deem(years, DEEM_PRO, `任职期间（${first}—${last} 年）专业科目全部学时视同完成`);
    }),
    patent: byDeadline('QH20-PATENT', (a, ctx) => {
      const s = new Step('QH20-PATENT');
      const t = valueAt(params.patent, a.date);
      if (!t) return s.none('not-in-force', '本通知从 2020 年起适用');
      if (a.patentType === 'design') return s.none('not-recognised', '只认发明专利和实用新型专利');
      const early = beforeCurrentPost('QH20-PATENT', a.date, ctx, s);
      if (early) return early;
      const band = rankBand(a.rank);
      const h = lookup(t, `${a.patentType}:${band}`);
      s.raw(`${a.patentType === 'invention' ? '发明专利' : '实用新型专利'}，排第 ${a.rank} 名`, { rank: a.rank });
      s.add('table', `第 ${band === '7+' ? '7 名及以后' : `${band} 名`}：${h} 学时`, { hours: h });
      return s.credit(resultYear(s, yearOf(a.date), ctx), 'professional', h);
    }),
    standard: byDeadline('QH20-STANDARD', (a, ctx) => {
      const s = new Step('QH20-STANDARD');
      const t = valueAt(params.standard, a.date);
      if (!t) return s.none('not-in-force', '本通知从 2020 年起适用');
      const early = beforeCurrentPost('QH20-STANDARD', a.date, ctx, s);
      if (early) return early;
      const band = rankBand(a.rank);
      const h = lookup(t, `${a.level}:${band}`);
      s.raw(`${{ national: '国家标准', industry: '行业标准', provincial: '省级标准' }[a.level]}，排第 ${a.rank} 名`, {
        rank: a.rank,
      });
      s.add('table', `第 ${band === '7+' ? '7 名及以后' : `${band} 名`}：${h} 学时`, { hours: h });
      return s.credit(resultYear(s, yearOf(a.date), ctx), 'professional', h);
    }),
    'research-report': byDeadline('QH20-REPORT', (a, ctx) => {
      const s = new Step('QH20-REPORT');
      const t = valueAt(params.report, a.date);
      if (!t) return s.none('not-in-force', '本通知从 2020 年起适用');
      const early = beforeCurrentPost('QH20-REPORT', a.date, ctx, s);
      if (early) return early;
      const h = lookup(t, a.instructedBy);
      s.raw(
        a.instructedBy === 'provincial-leader'
          ? '调研报告获省委、政府领导肯定性批示'
          : '调研报告获省直部门或市州主要领导肯定性批示',
      );
      s.add('table', `每篇 ${h} 学时`, { hours: h });
      return s.credit(resultYear(s, yearOf(a.date), ctx), 'professional', h);
    }),
    'covid-frontline': (a, ctx) => {
      const s = new Step('QH20-COVID');
      const y = valueAt(params.covidYear, a.year);
      if (y !== a.year) return s.none('not-in-force', '只适用于 2020 年');
      if (ctx.profile.sector !== undefined && ctx.profile.sector !== 'health') {
        return s.none('not-applicable', '只适用于由省卫生健康委确定的卫生专业技术人员');
      }
      if (ctx.profile.sector === undefined) {
        s.warn('needs-input', '疫情一线视同完成只适用于由省卫生健康委确定的卫生专业技术人员：请在个人资料中选择行业');
        return s.none('needs-input', '不知道是否卫生专业技术人员：请在个人资料中选择行业');
      }
      return s.deem([a.year], ['public', 'professional'], `${a.year} 年公需课和专业课全部学时视同完成`);
    },
    'unit-approved': byDeadline('QH20-TRAIN', (a) =>
      a.category === 'public'
        ? publicNotUnitApproved('QH20-ONLINE', '公需科目按完成网络课程的时长认定（五(一)）')
        : statedHours('QH20-TRAIN', a, {
            unitApproval: '单位认定的学时须经单位管理员上传材料、逐级审验后计入学习档案',
          }),
    ),
  },
};
