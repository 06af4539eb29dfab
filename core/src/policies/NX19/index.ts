/**
 * NX19 — 宁夏回族自治区人力资源和社会保障厅《关于做好2019年全区专业技术人员继续教育工作的通知》宁人社函〔2019〕148号。
 */
import { Step, yearOf, yearRange } from '../../policy/helpers.ts';
import { type Policy, type RuleContext, type RuleResult, valueAt, type WindowSpec } from '../../policy/types.ts';
import { askUnlessLocal, computerModuleKey, languagePassed, lookup, otherRegion, statedHours } from '../common.ts';
import { header } from './header.ts';
import { params } from './params.ts';

const LOCAL_HOSTS = [/^nxzj\.chinahrt\.com$/];

/** 代替公需课的学时：申报查询计入审验期累计，年度查询计入考试年度。 */
function replacesPublic(
  rule: string,
  s: Step,
  date: string,
  hours: number,
  ctx: RuleContext,
  dedupe: string | undefined,
): RuleResult | undefined {
  // 三(四)“凡以往参加过”：申报年度之后的考试不算。
  if (yearOf(date) > ctx.query.year)
    return s.none('not-applicable', `${yearOf(date)} 年的考试晚于 ${ctx.query.year} 年申报，不是“以往”参加的`);
  const requires = ctx.profile.seriesRequiresExams;
  if (requires === undefined) {
    s.warn('needs-input', '请在个人资料中说明所在职称系列是否要求职称外语和计算机考试', [rule]);
    return s.none('needs-input', '不知道所在职称系列是否要求外语和计算机考试');
  }
  if (requires) return s.none('not-applicable', '所在职称系列要求外语和计算机考试，不能代替公需课');
  // 申报查询：整个审验期只代替一次；年度查询：该年度只代替一次。
  const period = ctx.window ? 'window' : yearOf(date);
  return s.credit(period, 'public', hours, { dedupe: dedupe === undefined ? undefined : `${dedupe}|${period}` });
}

/**
 * 三(三)“参加国内外考察和专业技术交流活动的,依据考察或培训的有关文件,按实际考察培训时间(路程时间除外), 每天以 6 学时
 * 折合计算专业课程培训学时”：考察和境外培训都按实际天数每天 6 学时，不按证书学时；“依据……有关文件”，文件载明的学时
 * 更少时按文件计——两种读法（按天折合 / 按证书学时）里取不多计的一个。
 */
function tour(a: { days?: number | undefined; hours?: number | undefined; date: string }): RuleResult {
  const s = new Step('NX19-TOUR');
  const per = valueAt(params.tourPerDay, a.date);
  if (per === undefined) return s.none('not-in-force', '本通知的折算标准不适用该日期');
  if (!a.days) {
    s.warn('needs-input', '考察、境外培训和专业技术交流活动按实际天数折合学时：请填写实际天数（不含路程）');
    return s.none('needs-input', '国内外考察和专业技术交流活动按实际天数（不含路程）每天 6 学时折合：请填写实际天数');
  }
  s.raw(`考察培训 ${a.days} 天（不含路程）`, { days: a.days });
  s.add('rate', `每天 ${per} 学时：${per}×${a.days}`, { perDay: per, days: a.days });
  if (a.hours === undefined || a.hours >= per * a.days) return s.credit(yearOf(a.date), 'professional', per * a.days);
  s.add('note', `有关文件载明 ${a.hours} 学时，少于按天折合的学时，按文件计`, { hours: a.hours });
  return s.credit(yearOf(a.date), 'professional', a.hours);
}

const PLATFORM_ONLY =
  '公需课须在宁夏专业技术人员继续教育服务平台学习、由系统自动审核登记：手工录入的公需课请确认来自该平台';

/** 三(五)：公需课只认宁夏平台上由系统登记的学习，其他凭证不能代替。 */
function notOnPlatform(what: string): RuleResult {
  return new Step('NX19-PUB').none(
    'not-applicable',
    `${what}不计入：公需课必须在宁夏专业技术人员继续教育服务平台上学习、由系统自动审核登记（平台上的课程请按“网络课程”录入或用扩展读取）`,
  );
}

export const NX19: Policy = {
  ...header,
  title: '关于做好2019年全区专业技术人员继续教育工作的通知',
  docNumber: '宁人社函〔2019〕148号',
  issuer: '宁夏回族自治区人力资源和社会保障厅',
  seedFile: '004_a20fe8ffc42cad29.txt',
  platformHosts: LOCAL_HOSTS,
  parameters: Object.values(params),
  interpretations: {
    'NX19-PUB':
      '公需课只认宁夏平台上的学习记录：其他地区平台的课程、证书和单位认定的公需学时都不计入；手工录入的网络公需课照计，但提示须是宁夏平台的课程。',
    'NX19-TEACH':
      '通知说 2019 年“继续按照”授课 1 学时授予 3 学时的标准，即此前已在执行：审验期（2014—2018 年）内的授课也按此折算。',
    'NX19-DEGREE-SPAN': '“跨审验期”按入学早于审验期、毕业在审验期内理解；院校证明的学时计入专业课。',
    'NX19-FL': '申报查询时计入审验期累计（不论考试年度）；职称外语只代替一次，同一计算机模块只计一次。',
    'NX19-TOUR':
      '境外培训和学术会议、讲座等活动（“专业技术交流活动”）也按本条：实际天数每天 6 学时，不按证书学时；有关文件载明的学时更少时按文件计。',
    'NX19-PRO':
      '本项目补充的条款（通知三(一)、三(五)没有单列学时办法）：专业课按结业证书等载明的学时计入，须经评委会和用人单位审核。',
  },
  yearRequirement: () => undefined,
  /**
   * 一(二)“……作为年度公需课学习的必要任务”：每年都须学公需课，却没有每年的学时数。退回国家规定（90 学时、
   * 没有公需下限）会把一年 0 公需学时判为完成，所以年度查询无法判断；使用者知道当年要求时可以自己填写（USER-REQ）。
   * 更细的做法（有公需学时时仍按国家规定）要让这个钩子看到年度合计，须改核算器（evaluate/verdict.ts）。
   */
  unstatedYear: (year, ctx) =>
    ctx.query.kind === 'year'
      ? {
          // no-rule：和没有规定的申报一样，网站随即提供“按你所在地区的要求继续核算”（填写每年的要求）。
          code: 'no-rule',
          clauses: ['NX19-YEAR'],
          message: `通知把公需课作为“年度公需课学习的必要任务”，但没有规定每年的学时数：无法判断 ${year} 年是否达标`,
        }
      : undefined,
  applicationWindow(query): WindowSpec | undefined {
    if (query.route !== 'review') return undefined;
    const senior = query.level === 'associate-senior' || query.level === 'full-senior';
    const p = senior ? params.senior : query.level === 'intermediate' ? params.intermediate : undefined;
    const t = p && valueAt(p, query.year);
    if (!p || !t) return undefined;
    const first = lookup(t, 'first');
    const last = lookup(t, 'last');
    return {
      years: yearRange(first, last),
      test: 'total',
      clauses: p.clauses,
      requirement: { total: lookup(t, 'total'), public: lookup(t, 'public'), clauses: p.clauses },
    };
  },
  rules: {
    'online-course': (a) => {
      if (a.category === 'public') {
        const wrong = otherRegion('NX19-PUB', a, LOCAL_HOSTS, '公需课须在宁夏专业技术人员继续教育服务平台学习', '门课');
        if (wrong) return wrong;
        return askUnlessLocal(statedHours('NX19-PUB', a, { online: true }), a, LOCAL_HOSTS, 'NX19-PUB', PLATFORM_ONLY);
      }
      return statedHours('NX19-PRO', a, { online: true, unitApproval: '专业课学时由评委会和用人单位审核' });
    },
    'public-certificate': () => notOnPlatform('公需课证书'),
    // 三(三)“参加国内外考察和专业技术交流活动的……每天以 6 学时折合”：境外培训和学术会议、讲座等交流活动都按天折合。
    training: (a) =>
      a.format === 'abroad' || a.format === 'event'
        ? tour(a)
        : statedHours('NX19-PRO', a, {
            category: 'professional',
            unitApproval: '专业课学时凭结业证书等由评委会和用人单位审核',
          }),
    'unit-approved': (a) =>
      a.category === 'public'
        ? notOnPlatform('单位认定的公需学时')
        : statedHours('NX19-PRO', a, { unitApproval: '专业课学时由评委会和用人单位审核' }),
    'study-tour': tour,
    teaching: (a, ctx) => {
      const s = new Step('NX19-TEACH');
      if (ctx.profile.sector === undefined) {
        s.warn('needs-input', '授课折算：继续医学教育等另有规定，请在个人资料中选择行业');
        return s.none('needs-input', '不知道行业：继续医学教育等另有规定的按原规定执行，请先选择行业');
      }
      if (ctx.profile.sector === 'health')
        return s.none(
          'not-encoded',
          '继续医学教育另有规定，按原规定执行：该规定的折算标准不在通知中，未计入；可录入单位认定的学时',
        );
      // “继续医学教育等有另行规定的”：“等”里还有哪些行业，通知没有列出。本行业继续教育自成体系的
      // （中小学教师、会计、社会工作者）不按 1:3 径直计入，请用户确认（没有另行规定的可按单位认定的学时录入）。
      if (ctx.profile.sector !== 'general') {
        s.warn('needs-input', '授课折算：继续医学教育等另有规定的按原规定执行，请确认本行业有没有另行规定');
        return s.none(
          'needs-input',
          '本行业继续教育可能另有规定（按原规定执行）：未按 1:3 计入；没有另行规定的，请按单位认定的学时录入',
        );
      }
      const f = valueAt(params.teachingFactor, a.date);
      if (f === undefined) return s.none('not-in-force', '通知只规定 2019 年担任师资的授课折算');
      s.raw(`授课 ${a.hoursTaught} 学时`, { hoursTaught: a.hoursTaught });
      s.add('rate', `授课 1 学时记 ${f} 学时：${a.hoursTaught}×${f}`, { factor: f });
      return s.credit(yearOf(a.date), 'professional', a.hoursTaught * f);
    },
    degree: (a, ctx) => {
      const w = ctx.window;
      const y0 = yearOf(a.startDate);
      const y1 = yearOf(a.date);
      const what = { higher: '高一级学历', second: '第二学历', academic: '学位' }[a.degreeType];
      if (!w) return new Step('NX19-DEGREE-IN').none('not-applicable', '学历教育只在申报职称的审验期内核算');
      if (a.degreeType === 'academic')
        return new Step('NX19-DEGREE-IN').none('not-recognised', '通知只说高一级学历或第二学历');
      if (y1 < w.first || y1 > w.last) {
        return new Step('NX19-DEGREE-IN').none('out-of-window', `${y1} 年毕业，不在审验期 ${w.first}—${w.last} 年内`);
      }
      if (y0 >= w.first) {
        const s = new Step('NX19-DEGREE-IN');
        s.raw(`${what}：${y0} 年入学、${y1} 年毕业，都在审验期 ${w.first}—${w.last} 年内`);
        return s.deem('window', ['public', 'professional'], '视同完成审验期继续教育任务（只需提交学历证明）');
      }
      const s = new Step('NX19-DEGREE-SPAN');
      s.raw(`${what}：${y0} 年入学（审验期前）、${y1} 年毕业`);
      if (a.schoolHours === undefined) {
        s.warn('needs-input', '跨审验期的学历须由院校出具学时证明');
        return s.none('needs-input', '请填写院校出具的学时证明');
      }
      s.add('note', '审验期内的公需课仍须完成');
      return s.credit('window', 'professional', a.schoolHours);
    },
    'foreign-language-exam': (a, ctx) => {
      const s = new Step('NX19-FL');
      const h = valueAt(params.languageHours, ctx.query.year);
      const pass = valueAt(params.languagePass, ctx.query.year);
      if (h === undefined || pass === undefined) return s.none('not-in-force', '本通知只适用于 2019 年');
      s.raw(`职称外语 ${a.grade} 级${a.score !== undefined ? `，成绩 ${a.score} 分` : ''}`);
      const ok = languagePassed(a, pass, true);
      if (ok === undefined) return s.none('needs-input', '请填写成绩或是否达到合格标准');
      if (!ok) return s.none('below-score', '未达到合格标准');
      s.add('rate', `以往职称外语考试合格，可代替公需课 ${h} 学时`, { hours: h });
      return replacesPublic('NX19-FL', s, a.date, h, ctx, 'NX19-FL') ?? s.done();
    },
    'computer-exam': (a, ctx) => {
      const s = new Step('NX19-FL');
      const h = valueAt(params.computerModule, ctx.query.year);
      if (h === undefined) return s.none('not-in-force', '本通知只适用于 2019 年');
      s.raw(`计算机应用能力考试模块${a.module ? `“${a.module}”` : ''}合格`);
      s.add('rate', `每个模块代替公需课 ${h} 学时`, { hours: h });
      return replacesPublic('NX19-FL', s, a.date, h, ctx, computerModuleKey('NX19-FL', a, s)) ?? s.done();
    },
  },
};
