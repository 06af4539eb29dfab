/**
 * QD23 — 青岛市人力资源和社会保障局《关于做好专业技术人员继续教育工作有关问题的通知》青人社字〔2023〕14号（2023-02-20）。
 */
import type { ActivityOf } from '../../ledger/schema.ts';
import {
  isResult,
  monthsInYear,
  requirementFrom,
  round1,
  round2,
  Step,
  yearOf,
  yearRange,
} from '../../policy/helpers.ts';
import {
  type Cap,
  inForce,
  type Parameter,
  type Policy,
  type Requirement,
  type RuleResult,
  valueAt,
} from '../../policy/types.ts';
import { computerModuleKey, languagePassed, lookup, statedHours } from '../common.ts';
import { header } from './header.ts';
import { params } from './params.ts';

const pubCap = (limit: number): Cap => ({ id: 'QD23-PUB', limit, clauses: ['QD23-PUB'], label: '公需科目学习' });

/** 按实际学时、每天不超过 N 学时。 */
function perDay(
  rule: string,
  param: Parameter<number>,
  a: { hours?: number | undefined; days?: number | undefined; date: string },
): RuleResult {
  const perDayLimit = inForce(param, a.date);
  if (isResult(perDayLimit)) return perDayLimit;
  const s = new Step(rule);
  if (a.hours === undefined) return s.none('needs-input', '按实际学时认定：请填写实际学时');
  // 不超过一天的上限时，无论几天都不会被削减，不必问天数。
  if (!a.days && a.hours <= perDayLimit) {
    s.raw(`实际 ${a.hours} 学时，不超过每天 ${perDayLimit} 学时`, { hours: a.hours });
    return s.credit(yearOf(a.date), 'professional', a.hours, { cap: sameDay(rule, a.date, perDayLimit) });
  }
  if (!a.days) {
    return s.none('needs-input', `实际 ${a.hours} 学时超过每天 ${perDayLimit} 学时：请填写实际天数（不含往返和休息）`);
  }
  s.raw(`实际 ${a.hours} 学时、${a.days} 天`, { hours: a.hours, days: a.days });
  const limit = perDayLimit * a.days;
  let h = a.hours;
  if (h > limit) {
    s.add('limit', `每天不超过 ${perDayLimit} 学时，${a.days} 天最多 ${limit} 学时`, {
      perDay: perDayLimit,
      days: a.days,
      before: h,
      after: limit,
    });
    h = limit;
  }
  return s.credit(yearOf(a.date), 'professional', h, a.days === 1 ? { cap: sameDay(rule, a.date, perDayLimit) } : {});
}

/**
 * “不超过8学时/天”（四(一)2、3，四(四)1）说的是一天，不是一条记录：同一天的几条（培训、会议、专家服务）合计
 * 不超过 8 学时。只有一天的记录知道是哪一天；几天的记录只有一个日期，按它自己的天数封顶。
 */
function sameDay(rule: string, date: string, limit: number): Cap {
  return { id: `QD23-DAY|${date}`, limit, clauses: [rule], label: '培训、会议和专家服务', period: 'day' };
}

/** 当年月数：填了起止日期按日期精确计算（不足一月按天数比例），否则用填写的月数；都没有时请用户补上。 */
function monthsOf(
  s: Step,
  a: { year: number; months?: number | undefined; startDate?: string | undefined; endDate?: string | undefined },
  asOf: string,
): number | RuleResult {
  if (a.startDate !== undefined && a.endDate !== undefined) {
    if (a.startDate > a.endDate) return s.none('needs-input', `开始日期 ${a.startDate} 晚于结束日期 ${a.endDate}`);
    // 截至核算日期：还没过去的日子不算。
    const end = a.endDate < asOf ? a.endDate : asOf;
    const m = a.startDate > end ? 0 : monthsInYear(a.startDate, end, a.year);
    const cut = end !== a.endDate ? `（截至 ${asOf}）` : '';
    s.raw(`${a.startDate} 至 ${a.endDate}${cut}，在 ${a.year} 年内 ${round2(m)} 个月`, { months: round2(m) });
    return m;
  }
  if (a.months === undefined) return s.none('needs-input', '请填写当年月数，或起止日期');
  const passed = asOf < `${a.year}-12-31` ? monthsInYear(`${a.year}-01-01`, asOf, a.year) : 12;
  if (a.months <= passed) return a.months;
  s.add('note', `截至 ${asOf}，${a.year} 年只过去了 ${round2(passed)} 个月，按已过去的月数计`);
  return passed;
}

/** 按月份比例：全年公需 30、专业 60。 */
function monthly(
  s: Step,
  year: number,
  months: number,
  full: Readonly<Record<string, number>>,
  capId: string,
): RuleResult {
  const pub = lookup(full, 'public');
  const pro = lookup(full, 'professional');
  const shown = round2(months);
  s.raw(`${year} 年 ${shown} 个月`, { months: shown });
  const p = round1((pub * months) / 12);
  const q = round1((pro * months) / 12);
  if (months < 12)
    s.add('prorate', `不足一年按月份比例：公需 ${pub}×${shown}/12 = ${p}，专业 ${pro}×${shown}/12 = ${q}`, {
      months: shown,
      public: p,
      professional: q,
    });
  const cap = (limit: number): Cap => ({
    id: capId,
    limit,
    clauses: s.clauses,
    label: '援派与请假按月折算的学时（一年合计）',
  });
  s.credit(year, 'public', p, { cap: cap(pub) });
  return s.credit(year, 'professional', q, { cap: cap(pro) });
}

/** 四(一)4：每项 10 学时。 */
function visit(date: string, what: string, how = '', note?: string): RuleResult {
  const s = new Step('QD23-VISIT');
  const h = inForce(params.visit, date);
  if (isResult(h)) return h;
  if (note) s.warn('interpretation', note);
  s.raw(what);
  s.add('rate', `每项 ${h} 学时${how}`, { hours: h });
  return s.credit(yearOf(date), 'professional', h);
}

function output(a: { date: string; resultGroup?: string | undefined; id: string }, what: string): RuleResult {
  const s = new Step('QD23-OUTPUT');
  const t = inForce(params.output, a.date);
  if (isResult(t)) return t;
  const per = lookup(t, 'perItem');
  const cap = lookup(t, 'capPerYear');
  s.raw(what);
  s.add('rate', `每项 ${per} 学时`, { hours: per });
  return s.credit(yearOf(a.date), 'professional', per, {
    cap: { id: 'QD23-OUTPUT', limit: cap, clauses: ['QD23-OUTPUT'], label: '成果论文类' },
    dedupe: a.resultGroup !== undefined ? `QD23-OUTPUT|${a.resultGroup}` : undefined,
  });
}

function publicStudy(a: { date: string; hours?: number | undefined; title?: string | undefined }): RuleResult {
  const s = new Step('QD23-PUB');
  if (a.hours === undefined) {
    s.warn('needs-input', '有活动的学时待补，补上学时后才能计入', []);
    return s.none('needs-input', '学时待补：请按证书或合格通知填写学时');
  }
  // 2019 年以前没有哪次 QD23 审验期到得了（四：“2023年申报职称的，其近五年就是2019—2023年”）：那些年的要求退回
  // 国家规定（NAT15，标明）；证书、平台、单位载明的学时照计（同网络课程、单位认定学时），本通知自己的折算和上限
  // （每项、每天、按月、每年 30）从 2019 年起，此前的记录“不在适用期内”。国家规定不要求公需数，上限不影响达标。
  const limit = valueAt(params.publicCap, a.date);
  s.raw(`证书载明 ${a.hours} 学时`, { hours: a.hours });
  return s.credit(yearOf(a.date), 'public', a.hours, {
    cap: limit === undefined ? undefined : pubCap(limit),
    online: true,
  });
}

export const QD23: Policy = {
  ...header,
  title: '关于做好专业技术人员继续教育工作有关问题的通知',
  docNumber: '青人社字〔2023〕14号',
  issuer: '青岛市人力资源和社会保障局',
  seedFile: '002_d7cbf784762c584e.txt',
  parameters: Object.values(params),
  // 四(二)“以……学校出具的成绩单……为依据，在学期内每项每年登记10学时”：学期未结束也按已学的年度计。
  inProgressKinds: ['self-study', 'degree'],
  interpretations: {
    'QD23-WINDOW': '五年中逐年检验 90 学时（公需 30、专业 60）；“实际年限”从取得现职称的年度算起。',
    'QD23-TRAIN':
      '主管部门组织的业务进修每项 10 学时（四(一)4），不按实际学时：请录为“业务进修、出国（境）学习或考察”。',
    'QD23-AID': '按月折算保留一位小数（7 个月：公需 17.5、专业 35）；援派与请假同一年合计不超过全年的 30 + 60 学时。',
    'QD23-LEAVE':
      '公派境外、病假须在年度内超过 6 个月才认定：按起止日期多一天也算（1 月 1 日至 7 月 1 日），只填整月数时须 7 个月；产假不限月数。',
    'QD23-ONLINE':
      '本项目补充的条款：通知三(二)3 把线上学习列为继续教育方式，四没有给出折算办法，本项目按平台证书学时计入专业科目。',
    'QD23-OTHER':
      '本项目补充的条款（通知四(四)5）；年度通知的数字我们没有，只计入用户录入的“单位认定学时”并提示须经认定。',
  },
  yearRequirement(year: number): Requirement | undefined {
    return requirementFrom(valueAt(params.req, year), ['QD23-REQ']);
  },
  applicationWindow(query, profile) {
    // 一 说学时是“聘任专业技术职务或申报评定上一级资格的重要条件”，四 只为申报界定年度（“根据专业技术人员申报职称年度
    // 进行界定”）：聘任审验哪几年通知没有说，无法判断（同 QH20），网站也就不提供这一申报方式（plan/fit.ts）；
    // 认定、转系列是 QH20 的申报方式，本通知没有，同样无法判断。
    if (query.route !== undefined && query.route !== 'review') return undefined;
    const n = valueAt(params.windowYears, query.year);
    if (n === undefined) return undefined;
    const since = profile.currentTitle?.since;
    const first = Math.max(query.year - n + 1, since !== undefined && since <= query.year ? since : -Infinity);
    return {
      years: yearRange(first, query.year),
      test: 'per-year',
      clauses: ['QD23-WINDOW', 'QD23-REQ'],
      interpretation:
        '“近五年滚动管理”按五年中逐年检验每年 90 学时（公需 30、专业 60）核算；“实际年限”从取得现职称的年度算起',
    };
  },
  profileWarnings(profile) {
    if (profile.sector === 'teacher' || profile.sector === 'accountant' || profile.sector === 'social-worker') {
      return [
        {
          code: 'own-rules',
          clauses: ['QD23-OWNRULES'],
          message:
            '中小学教师、会计人员、社会工作者的继续教育，省级及以上主管部门已有规定的从其规定：学时通无法判断是否达标，下面的学时仅供参考',
        },
      ];
    }
    if (profile.sector === 'health') {
      return [
        {
          code: 'own-rules',
          clauses: ['QD23-OWNRULES'],
          message:
            '卫生系列的继续教育学时由市卫生健康委（市卫生健康人才发展中心）认定、登记并按其规定执行（通知五）：学时通无法判断是否达标，下面的学时仅供参考',
        },
      ];
    }
    return [];
  },
  rules: {
    'online-course': (a) => {
      if (a.category === 'public') return publicStudy(a);
      return statedHours('QD23-ONLINE', a, { online: true });
    },
    'public-certificate': (a) => publicStudy(a),
    training: (a) => {
      // 四(一)4“参加各主管部门组织的业务进修、出国（境）学习或考察的，……每项10学时。”境外培训就是出国（境）学习：
      // 按项计。用人单位在境外办的高级研修也可读作四(一)2 按实际学时——那是较宽的读法，结果里提示用户按主办方自己改录形式。
      if (a.format === 'abroad')
        return visit(
          a.date,
          '境外培训 1 项，按出国（境）学习计',
          '',
          '本项目理解：境外培训按出国（境）学习每项 10 学时计；用人单位、继续教育基地在境外办的研修若按实际学时认定（四(一)2），请把形式改为“培训进修、研修”',
        );
      if (a.format === 'event') return perDay('QD23-EVENT', params.eventPerDay, a);
      return perDay('QD23-TRAIN', params.trainingPerDay, a);
    },
    'study-visit': (a) => visit(a.date, '业务进修、出国（境）学习或考察 1 项'),
    'study-tour': (a) => visit(a.date, `考察学习 ${a.days} 天，按项计`, '（不按天数）'),
    'self-study': (a, ctx) => selfStudy(a, '自学考试、在职学历或课程班', ctx.asOf),
    degree: (a, ctx) => selfStudy(a, '在职学历（学位）教育', ctx.asOf),
    paper: (a) => output(a, '论文著作 1 篇（本）'),
    patent: (a) => output(a, '专利 1 项'),
    standard: (a) => {
      if (a.level === 'industry') return output(a, '行业标准 1 项');
      const res = output(a, `${a.level === 'national' ? '国家' : '省级'}标准 1 项`);
      const note = '通知写“行业标准等”，国家标准、省级标准按同类科研成果计入（本项目理解）';
      return {
        ...res,
        warnings: [...(res.warnings ?? []), { code: 'interpretation', clauses: ['QD23-OUTPUT'], message: note }],
      };
    },
    'research-project': (a) => output(a, '专业课题 1 项'),
    award: (a) => output(a, '科研成果奖励 1 项'),
    'expert-work': (a) => perDay('QD23-EXPERT', params.expertPerDay, a),
    aid: (a, ctx) => {
      const s = new Step('QD23-AID');
      const full = valueAt(params.aid, a.year);
      if (!full) return s.none('not-in-force', '本通知不适用该年度');
      const months = monthsOf(s, a, ctx.asOf);
      if (typeof months !== 'number') return months;
      if (months === 0) return s.none('below-threshold', '当年没有援派月数');
      return monthly(s, a.year, months, full, 'QD23-AID-LEAVE');
    },
    leave: (a, ctx) => {
      const s = new Step('QD23-LEAVE');
      const full = valueAt(params.leave, a.year);
      const min = valueAt(params.leaveMonths, a.year);
      if (!full || min === undefined) return s.none('not-in-force', '本通知不适用该年度');
      const label = { maternity: '产假', sick: '伤病假', abroad: '公派境外工作' }[a.leaveType];
      if (a.unitApproved === false) return s.none('not-applicable', `${label}未经所在单位批准`);
      if (a.unitApproved === undefined) {
        s.warn('needs-input', '产假、病假、公派境外折算学时须经本人所在单位批准：请说明单位是否已批准');
        return s.none('needs-input', `${label}折算学时须经本人所在单位批准：请填写单位是否已批准`);
      }
      const months = monthsOf(s, a, ctx.asOf);
      if (typeof months !== 'number') return months;
      if (months === 0) return s.none('below-threshold', `当年没有${label}月数`);
      if (a.leaveType !== 'maternity' && months <= min) {
        return s.none('below-threshold', `${label}须在年度内超过 ${min} 个月，当年只有 ${round2(months)} 个月`);
      }
      return monthly(s, a.year, months, full, 'QD23-AID-LEAVE');
    },
    'qualification-exam': (a) => {
      const s = new Step('QD23-QUAL');
      const per = inForce(params.qualification, a.date);
      if (isResult(per)) return per;
      const n = a.examType === 'registration' ? a.courses : 1;
      s.raw(a.examType === 'registration' ? `国际注册类考试通过 ${n} 门课程` : '通过职业资格考试 1 项');
      s.add('rate', `每项（注册考试每门课程）${per} 学时：${per}×${n}`, { perItem: per, items: n });
      return s.credit(yearOf(a.date), 'professional', per * n);
    },
    'foreign-language-exam': (a) => {
      const s = new Step('QD23-FL');
      const table = inForce(params.language, a.date);
      if (isResult(table)) return table;
      const pass = inForce(params.languagePass, a.date);
      if (isResult(pass)) return pass;
      s.raw(
        `职称外语 ${a.grade} 级${a.score !== undefined ? `，成绩 ${a.score} 分` : ''}`,
        a.score !== undefined ? { score: a.score } : undefined,
      );
      const ok = languagePassed(a, pass, false);
      if (ok === undefined) return s.none('needs-input', '请填写考试成绩');
      if (!ok) return s.none('below-score', `成绩低于 ${pass} 分`);
      const h = lookup(table, a.grade);
      s.add('table', `${a.grade} 级认定当年公需 ${h} 学时`, { hours: h });
      return s.credit(yearOf(a.date), 'public', h);
    },
    'computer-exam': (a) => {
      const s = new Step('QD23-FL');
      const h = inForce(params.computer, a.date);
      if (isResult(h)) return h;
      s.raw(`计算机应用能力考试模块${a.module ? `“${a.module}”` : ''}合格`);
      s.add('rate', `每个模块认定当年公需 ${h} 学时`, { hours: h });
      return s.credit(yearOf(a.date), 'public', h, { dedupe: computerModuleKey('QD23-FL', a, s) });
    },
    'covid-frontline': (a) => {
      const s = new Step('QD23-COVID');
      if (valueAt(params.covidYears, a.year) === undefined)
        return s.none('not-in-force', '新冠肺炎疫情防控一线自 2020 年开始：请核对年度');
      return s.deem([a.year], ['public', 'professional'], `参加新冠肺炎防控一线，视同完成 ${a.year} 年度继续教育学时`);
    },
    mentoring: () =>
      new Step('QD23-MENTOR').none('not-encoded', '导师制的学时在项目绩效评估后登记，通知没有给出学时数'),
    'unit-approved': (a) =>
      statedHours('QD23-OTHER', a, { unitApproval: '其他可折算学时须根据市人社部门年度继续教育工作通知认定' }),
  },
};

/** 四(二)：学期内每年 10 学时。学期未结束时按已学的年度计（成绩单也是依据），计至核算截止日所在年。 */
function selfStudy(a: ActivityOf<'self-study'> | ActivityOf<'degree'>, what: string, asOf: string): RuleResult {
  const s = new Step('QD23-SELF');
  const t = inForce(params.selfStudy, a.date);
  if (isResult(t)) return t;
  const per = lookup(t, 'perItemYear');
  const cap: Cap = { id: 'QD23-SELF', limit: lookup(t, 'capPerYear'), clauses: ['QD23-SELF'], label: '自学类' };
  const y0 = yearOf(a.startDate);
  const y1 = a.date > asOf ? yearOf(asOf) : yearOf(a.date);
  s.raw(`${what}，学期 ${a.startDate} 至 ${a.date}`);
  if (a.date > asOf) s.add('note', `截至 ${asOf} 学期尚未结束，按已学的 ${y0}—${y1} 年计`);
  s.add('rate', `学期内每年 ${per} 学时（${y0}—${y1} 年）`, { perYear: per, years: y1 - y0 + 1 });
  for (let y = y0; y < y1; y++) s.credit(y, 'professional', per, { cap });
  return s.credit(y1, 'professional', per, { cap });
}
