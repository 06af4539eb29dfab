/**
 * WH19 — 威海市人力资源和社会保障局《关于做好 2019 年度全市专业技术人员继续教育工作的通知》（2019-04-30）。
 */
import type { ActivityOf } from '../../ledger/schema.ts';
import { isResult, requirementFrom, Step, yearOf } from '../../policy/helpers.ts';
import {
  inForce,
  type Policy,
  type Requirement,
  type RuleContext,
  type RuleResult,
  valueAt,
} from '../../policy/types.ts';
import { askUnlessLocal, otherRegion, publicNotUnitApproved, statedHours } from '../common.ts';
import { handedYearHours, notAMakeup, publicMakeup, termWindow, unknownConversion } from '../past-years.ts';
import { header } from './header.ts';
import { params } from './params.ts';
import { termAverage } from './term-average.ts';

const LOCAL_HOSTS = [/^sdwh([.-][a-z]+)?\.yxlearning\.com$/];
const CONVERT_DOC = '威人社函〔2011〕24号';
const UNIT_APPROVAL = '线下培训、科研成果等学时须通过服务平台申报，经单位审核、主管部门审验';

/** 公需学习：本地平台、2019 年截止日期。 */
function publicStudy(
  a: { date: string; hours?: number | undefined; source: ActivityOf<'online-course'>['source'] },
  defaultHours?: number,
): RuleResult {
  const year = yearOf(a.date);
  const wrong = otherRegion('WH19-PUB', a, LOCAL_HOSTS, '公需科目须在“威海市专业技术人员继续教育服务平台”学习', '门课');
  if (wrong) return wrong;
  const deadline = valueAt(params.pubDeadline, year);
  if (typeof deadline === 'string' && a.date > deadline) {
    const s = new Step('WH19-PUB-DEADLINE', ['WH19-PUB', 'WH19-PUB-DEADLINE']);
    s.warn('deadline-passed', `${year} 年度公需科目学习截止到 ${deadline}`, ['WH19-PUB-DEADLINE']);
    return s.none('after-deadline', `完成于 ${a.date}，晚于 ${year} 年度公需科目截止日期 ${deadline}`);
  }
  // 没有从威海的平台读来（手工录入、多省共用的平台）：照计，但请用户确认（同 NX19-PUB、QH20-ONLINE）。
  return askUnlessLocal(
    statedHours('WH19-PUB', { ...a, hours: a.hours ?? defaultHours, category: 'public' }, { online: true }),
    a,
    LOCAL_HOSTS,
    'WH19-PUB',
    '公需科目须在“威海市专业技术人员继续教育服务平台”学习：请确认这门公需课是在该平台学的',
  );
}

export const WH19: Policy = {
  ...header,
  title: '关于做好2019年度全市专业技术人员继续教育工作的通知',
  docNumber: null,
  issuer: '威海市人力资源和社会保障局',
  seedFile: '000_c9e1043dbf5b7e97.txt',
  platformHosts: LOCAL_HOSTS,
  parameters: Object.values(params),
  interpretations: {
    'WH19-PUB':
      '公需科目只认“威海市专业技术人员继续教育服务平台”的学习：其他地区平台的课程不计入；手工录入或多省共用平台上的公需课照计，但提示须是该平台的课程。',
    'WH19-MAKEUP':
      '“2015 年-2018 年度未完成当年公需科目学习的专业技术人员，可……补学”：补学只补足当年公需科目学习缺的部分——当年已有公需学时 r、补学 m，2018 年（公需要求 30）计 r + m 但不超过 30；2018 年以前只有任期内平均的合计、没有单列公需要求，补学的就是当年的课程，计 r 与 m 中较大的；当年已完成的，补学不再增加学时。',
    'WH19-PRE2018':
      '“任期内平均每年”：申报查询把 2018 年以前的年度合并检验（合计不少于年平均数 × 年数），2018 年起的年度逐年检验 90 学时（公需 30、专业 60）；任期取个人资料中填写的任期（聘期），没有填写时从取得现职称的年度算起；1 学分按 5 学时（由“100学时（20学分）”推出），只用于 2018 年以前的记录。',
  },
  yearRequirement(year: number, ctx?: RuleContext): Requirement | undefined {
    const r = requirementFrom(valueAt(params.req, year), ['WH19-REQ']);
    if (r) return r;
    const pre = valueAt(params.pre2018, year);
    if (!pre) return undefined;
    const appointment = ctx?.query.kind === 'application' && ctx.query.route === 'appointment';
    return {
      total: appointment ? (pre.appointment as number) : (pre.review as number),
      clauses: ['WH19-PRE2018'],
      averageOverTerm: true,
    };
  },
  creditRate(date) {
    const rate = valueAt(params.hoursPerCredit, date);
    return rate === undefined ? undefined : { hoursPerCredit: rate, clauses: ['WH19-PRE2018'] };
  },
  yearHours: handedYearHours,
  termAverage,
  applicationWindow: (query, profile) => termWindow(query, profile, ['WH19-REQ', 'WH19-PRE2018'], '（“任期内”）'),
  rules: {
    'online-course': (a) => {
      if (a.category === 'public') return publicStudy(a);
      return statedHours('WH19-PRO', a, { online: true });
    },
    'public-certificate': (a) => publicStudy(a, valueAt(params.publicCourse, a.date)),
    'xuexi-qiangguo': (a) => {
      const s = new Step('WH19-XXQG');
      const need = valueAt(params.xxqgPoints, a.year);
      const hours = valueAt(params.xxqgHours, a.year);
      if (need === undefined || hours === undefined) return s.none('not-in-force', `“学习强国”折算只适用于 2019 年度`);
      s.raw(`“学习强国”积分 ${a.points} 分`, { points: a.points });
      if (a.points < need) return s.none('below-score', `积分 ${a.points} 分，未达到 ${need} 分，不折算`);
      s.add('rate', `达到 ${need} 分，折算 ${hours} 学时`, { threshold: need, hours });
      s.warn('unit-approval', '“学习强国”折算的学时由用人单位统计、通过平台批量申报');
      // “折算为 5 学时”是一年的数：录入几条积分记录，一年也只有 5 学时。
      const cap = { id: 'WH19-XXQG', limit: hours, clauses: ['WH19-XXQG'], label: '“学习强国”积分折算' };
      return s.credit(a.year, 'public', hours, { cap });
    },
    training: (a) =>
      statedHours('WH19-PRO', a, {
        category: 'professional',
        unitApproval: UNIT_APPROVAL,
        clauses: ['WH19-PRO', 'WH19-AUTO'],
      }),
    makeup: (a) => {
      const s = new Step('WH19-MAKEUP');
      const own = notAMakeup(s, a, '补学');
      if (own) return own;
      const span = inForce(params.makeupYears, a.date);
      if (isResult(span)) return span;
      const deadline = inForce(params.makeupDeadline, a.date);
      if (isResult(deadline)) return deadline;
      if (a.category !== 'public') return s.none('not-recognised', '威海只安排公需科目补学');
      const wrong = otherRegion('WH19-MAKEUP', a, LOCAL_HOSTS, '补学须登录威海市专业技术人员继续教育服务平台');
      if (wrong) return wrong;
      if (a.forYear < (span.first as number) || a.forYear > (span.last as number)) {
        return s.none('not-applicable', `只能补 ${span.first}—${span.last} 年度，不能补 ${a.forYear} 年度`);
      }
      if (a.date > deadline) {
        s.warn('deadline-passed', `补学截止到 ${deadline}`);
        return s.none('after-deadline', `补学完成于 ${a.date}，晚于截止日期 ${deadline}`);
      }
      if (a.hours === undefined) return s.none('needs-input', '学时待补');
      s.raw(`补学 ${a.hours} 学时，完成于 ${a.date}`, { hours: a.hours });
      // “未完成当年公需科目学习的……可……补学”：补学只补足当年缺的部分，年度合计时扣掉（past-years.ts）。
      return publicMakeup(s, a.forYear, a.hours, '补学');
    },
    degree: (a) => unknownConversion('WH19-PRO-CONVERT', CONVERT_DOC, a),
    paper: (a) => unknownConversion('WH19-PRO-CONVERT', CONVERT_DOC, a),
    'research-project': (a) => unknownConversion('WH19-PRO-CONVERT', CONVERT_DOC, a),
    patent: (a) => unknownConversion('WH19-PRO-CONVERT', CONVERT_DOC, a),
    standard: (a) => unknownConversion('WH19-PRO-CONVERT', CONVERT_DOC, a),
    award: (a) => unknownConversion('WH19-PRO-CONVERT', CONVERT_DOC, a),
    'research-report': (a) => unknownConversion('WH19-PRO-CONVERT', CONVERT_DOC, a),
    'self-study': (a) => unknownConversion('WH19-PRO-CONVERT', CONVERT_DOC, a),
    // 二(二)“线下培训进修……按照威人社函〔2011〕24号有关规定……进行学时申报”。
    'study-visit': (a) => unknownConversion('WH19-PRO-CONVERT', CONVERT_DOC, a, ['WH19-PRO-CONVERT', 'WH19-AUTO']),
    'unit-approved': (a) =>
      a.category === 'public'
        ? publicNotUnitApproved(
            'WH19-PRO-CONVERT',
            '公需科目在服务平台在线学习取得（一(一)），按文件折算的只有专业科目学时（一(二)）',
          )
        : statedHours('WH19-AUTO', a, {
            clauses: ['WH19-AUTO', 'WH19-PRO-CONVERT'],
            unitApproval: `单位认定的学时须按${CONVERT_DOC}申报并经单位、主管部门审验`,
          }),
  },
};
