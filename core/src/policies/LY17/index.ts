/**
 * LY17 — 临沂市人力资源和社会保障局《关于做好2017年度全市专业技术人员继续教育工作的通知》临人社办发〔2017〕58号。
 */
import { isResult, requirementFrom, Step, yearOf } from '../../policy/helpers.ts';
import { type Cap, inForce, type Policy, type Requirement, type RuleResult, valueAt } from '../../policy/types.ts';
import {
  computerModuleKey,
  languagePassed,
  lookup,
  otherRegion,
  publicNotUnitApproved,
  statedHours,
} from '../common.ts';
import {
  handed,
  handedYearHours,
  notAMakeup,
  publicMakeup,
  termWindow,
  unknownConversion,
  withUnknownHours,
} from '../past-years.ts';
import { header } from './header.ts';
import { params } from './params.ts';

const CONVERT_DOC = '临人社办发〔2016〕55号';
/** 二(一)1：职称外语、计算机考试成绩登记公需科目学时的依据；本通知只给出 2017 年度考试的学时。 */
const EXAM_DOC = '鲁人社字〔2016〕269号';
const LOCAL_HOSTS = [/(^|\.)upol\.cn$/];

/**
 * 四(二)“县区专业技术人员专业科目的补修工作，按照县区人力资源和社会保障部门的规定执行”：
 * 县区的规定不在通知中——不拒绝也不计入，交给年度合计：这些学时决定该年是否达标时为“无法判断”。
 * 不知道是市属还是县区人员时也是这样：市属的计入与否看 2017 年度，县区的看县区的规定。
 */
function pendingMakeup(s: Step, forYear: number, hours: number, county: boolean): RuleResult {
  const message = county
    ? `县区人员为 ${forYear} 年度补修的专业科目 ${hours} 学时：按县区人社部门的规定执行，该规定不在本通知中，请向县区人社部门确认`
    : `为 ${forYear} 年度补修的专业科目 ${hours} 学时：市属人员在 2017 年度达标时计入，县区人员按县区的规定；请在个人资料中选择“市属”或“县区”`;
  const res = s.none(
    'needs-input',
    county
      ? '县区专业技术人员专业科目的补修按县区人社部门的规定执行，该规定不在本通知中，暂不计入'
      : '不知道是市属还是县区人员：专业科目补修只适用于市属人员，暂不计入',
  );
  return {
    ...res,
    warnings: [
      ...(res.warnings ?? []),
      {
        code: 'needs-input',
        clauses: ['LY17-MAKEUP'],
        message,
        hours: handed(forYear, 'professional', hours, 'pending'),
      },
    ],
  };
}

/**
 * 二(二)3 的折算（临人社办发〔2016〕55号，不在通知中）：学时数不明，交给年度合计。四(二)：2017 年内取得的还可能
 * 补齐 2015、2016 年度的专业类学时（“综合运用……论文著作形式等补齐每年60个学时的基本要求”；县区人员按县区的
 * 规定，同样不明），所以那两年也记下。
 */
function conversion(a: { date: string; startDate?: string }): RuleResult {
  const res = unknownConversion('LY17-PRO', CONVERT_DOC, a);
  const span = valueAt(params.makeupYears, a.date);
  const deadline = valueAt(params.makeupDeadline, a.date);
  if (!span || !deadline || a.date > deadline) return res;
  const years = { startDate: `${span.first}-01-01`, date: `${span.last}-12-31` };
  return withUnknownHours(res, years, 'professional', CONVERT_DOC, ['LY17-PRO', 'LY17-MAKEUP']);
}

export const LY17: Policy = {
  ...header,
  title: '关于做好2017年度全市专业技术人员继续教育工作的通知',
  docNumber: '临人社办发〔2017〕58号',
  issuer: '临沂市人力资源和社会保障局',
  seedFile: '001_8eb06dd8169113dc.txt',
  platformHosts: LOCAL_HOSTS,
  parameters: Object.values(params),
  interpretations: {
    'LY17-PRO': '平台专业课和专项业务培训按证书学时计入；折算部分的标准不在通知中，未编码，用户可录入单位认定的学时。',
    'LY17-MAKEUP':
      '专业科目补修只计市属人员的，且只在 2017 年度本身达标（不算补修的学时）时计入；公需科目补修没有这两个条件，但补修的是那一年的公需课题，只补足当年公需科目缺的部分。',
  },
  profileWarnings(profile) {
    if (profile.affiliation !== 'county') return [];
    return [
      {
        code: 'unit-approval',
        clauses: ['LY17-PRO'],
        message:
          '县区所属单位的专业科目培训按县区人社部门的安排执行（二(二)）：这里按载明的学时计入专业科目，以县区的规定为准',
      },
    ];
  },
  yearRequirement(year: number): Requirement | undefined {
    return requirementFrom(valueAt(params.req, year), ['LY17-REQ']);
  },
  yearHours: handedYearHours,
  applicationWindow: (query, profile) => termWindow(query, profile, ['LY17-REQ'], ''),
  rules: {
    'online-course': (a) => {
      if (a.category !== 'public') return statedHours('LY17-PRO', a, { online: true });
      // 二(一)2：公需科目由市人社部门统一组织，在 upol.cn 学习；其他地区的已知平台上的不算。
      return (
        otherRegion('LY17-PUB', a, LOCAL_HOSTS, '公需科目须参加临沂市统一组织的培训', '门课') ??
        statedHours('LY17-PUB', a, { online: true })
      );
    },
    'public-certificate': (a) => {
      const s = new Step('LY17-PUB');
      const wrong = otherRegion('LY17-PUB', a, LOCAL_HOSTS, '公需科目须参加临沂市统一组织的培训');
      if (wrong) return wrong;
      const h = valueAt(params.publicCourse, a.date);
      // 证书写明了学时，就按证书（写的不是 30 学时的，不是“统一组织的公需科目培训”那一门）。
      if (h === undefined || a.hours !== undefined) return statedHours('LY17-PUB', { ...a, category: 'public' });
      s.raw('公需科目培训考核合格');
      s.add('rate', `考核合格计 ${h} 学时，视为完成公需类学时`, { hours: h });
      return s.credit(yearOf(a.date), 'public', h);
    },
    'foreign-language-exam': (a) => {
      const s = new Step('LY17-FL', ['LY17-FL', 'LY17-EXAM-YEAR']);
      const table = valueAt(params.languageHours, a.date);
      const pass = valueAt(params.languagePass, a.date);
      if (!table || pass === undefined)
        return withUnknownHours(
          s.none('not-in-force', `本通知只规定 2017 年度职称外语考试的学时；其他年度按${EXAM_DOC}登记`),
          a,
          'public',
          EXAM_DOC,
          ['LY17-FL'],
        );
      s.raw(
        `职称外语 ${a.grade} 级${a.score !== undefined ? `，成绩 ${a.score} 分` : ''}`,
        a.score !== undefined ? { score: a.score } : undefined,
      );
      const ok = languagePassed(a, pass, true);
      if (ok === undefined) return s.none('needs-input', '缺少成绩，请填写成绩或是否达到全国通用标准');
      if (!ok) return s.none('below-score', `成绩未达到 ${pass} 分，也未达到全国通用标准`);
      const h = lookup(table, a.grade);
      s.add('table', `${a.grade} 级一次性计 ${h} 学时，只在考试当年有效`, { hours: h });
      return s.credit(yearOf(a.date), 'public', h, { dedupe: `LY17-FL|${yearOf(a.date)}` });
    },
    'computer-exam': (a) => {
      const s = new Step('LY17-PC', ['LY17-PC', 'LY17-EXAM-YEAR']);
      const per = valueAt(params.computerModule, a.date);
      const cap = valueAt(params.computerCap, a.date);
      if (per === undefined || cap === undefined)
        return withUnknownHours(
          s.none('not-in-force', `本通知只规定 2017 年度计算机考试的学时；其他年度按${EXAM_DOC}登记`),
          a,
          'public',
          EXAM_DOC,
          ['LY17-PC'],
        );
      s.raw(`计算机应用能力考试模块${a.module ? `“${a.module}”` : ''}合格`);
      s.add('rate', `每个模块 ${per} 学时，只在考试当年有效`, { hours: per });
      const c: Cap = { id: 'LY17-PC', limit: cap, clauses: ['LY17-PC'], label: '计算机考试学时' };
      return s.credit(yearOf(a.date), 'public', per, { cap: c, dedupe: computerModuleKey('LY17-PC', a, s) });
    },
    training: (a) =>
      statedHours('LY17-PRO', a, {
        category: 'professional',
        unitApproval: '专项业务培训经考核合格后计入专业类学时，由单位人事部门登记备案',
      }),
    makeup: (a, ctx) => {
      const s = new Step('LY17-MAKEUP', ['LY17-MAKEUP', 'LY17-NO-MAKEUP-2018']);
      // 补修安排自本通知（2017 年）起：此前完成的不在本通知之下。
      const span = inForce(params.makeupYears, a.date);
      if (isResult(span)) return span;
      const deadline = inForce(params.makeupDeadline, '2017-12-31');
      if (isResult(deadline)) return deadline;
      // 当年的“补修”不是补修（与 WH19 同样处理）：按当年的学习录入才会经过平台等检查。
      const own = notAMakeup(s, a, '补修');
      if (own) return own;
      if (a.forYear > (span.last as number))
        return s.none('not-applicable', `2018 年起不再安排补修（${a.forYear} 年度的学时须当年完成）`);
      if (a.forYear < (span.first as number))
        return s.none('not-applicable', `只能补修 ${span.first}、${span.last} 年度`);
      if (a.category === 'public') {
        const wrong = otherRegion(
          'LY17-MAKEUP',
          a,
          LOCAL_HOSTS,
          '公需科目补修须在“中国石油大学教育发展中心”网站选取补修科目',
        );
        if (wrong) return wrong;
      }
      if (a.date > deadline) {
        s.warn('deadline-passed', `补修截止到 ${deadline}`);
        return s.none('after-deadline', `补修完成于 ${a.date}，晚于截止日期 ${deadline}`);
      }
      if (a.hours === undefined) return s.none('needs-input', '学时待补');
      if (a.category === 'professional') {
        // 四(二)：专业科目补修只是市属人员的安排，且须“在确保完成本年度继续教育学时要求的基础上”。
        const affiliation = ctx.profile.affiliation;
        if (affiliation !== 'city') return pendingMakeup(s, a.forYear, a.hours, affiliation === 'county');
      }
      s.raw(`为 ${a.forYear} 年度补修 ${a.hours} 学时，完成于 ${a.date}`, { hours: a.hours });
      // 四“可以不再补修已完成年度的课题”：补修的是那一年的公需课题，只补足当年缺的部分（past-years.ts）。
      if (a.category === 'public') return publicMakeup(s, a.forYear, a.hours, '补修');
      const thisYear = yearOf(deadline);
      s.add('note', `专业科目补修须在完成 ${thisYear} 年度学时要求的基础上计入`);
      return s.credit(a.forYear, 'professional', a.hours, { online: true, requiresComplete: thisYear });
    },
    degree: conversion,
    paper: conversion,
    'research-project': conversion,
    patent: conversion,
    standard: conversion,
    award: conversion,
    'research-report': conversion,
    'self-study': conversion,
    'study-visit': conversion,
    'unit-approved': (a) =>
      a.category === 'public'
        ? publicNotUnitApproved('LY17-PRO', '培训进修、自学及科研成果和论文著作等只折算专业类学时（二(二)3）')
        : statedHours('LY17-PRO', a, { unitApproval: `单位认定的学时按${CONVERT_DOC}折算，须由单位人事部门审核登记` }),
  },
};
