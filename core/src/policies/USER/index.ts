/**
 * USER — 其他地区：学时通没有收录那里的通知，按使用者在个人资料里填写的要求（`userRequirement`）核算。
 *
 * 数字都是使用者的，不是学时通的：结果开头写明“按你填写的要求核算”和填写的依据；低于国家规定
 * （人社部令第25号：每年不少于 90 学时，专业科目一般不少于三分之二）时提示。
 * 活动按载明的学时计；只有地区折算表才能换算的种类（论文、专利、课题……）请单位认定后按“单位认定学时”录入。
 * 收录的通知没有规定某年度或某类申报时，核算器也用这里的函数接着按使用者填写的要求核算（同样标明）。
 */
import type { ActivityKind } from '../../ledger/schema.ts';
import { Step } from '../../policy/helpers.ts';
import type { Policy, RuleResult, RuleSet } from '../../policy/types.ts';
import { statedHours } from '../common.ts';
import { header } from './header.ts';
import { ELECTIVE_READING, REQ, userRequirementWarning, userWindow, userYearRequirement } from './requirement.ts';

export { belowBaseline, userRequirementWarning, userWindow, userYearRequirement } from './requirement.ts';

/** 只有地区折算表才能换算的活动：不编造，请单位认定后录入。 */
function regionalTable(): RuleResult {
  const s = new Step('USER-HOURS');
  s.warn('not-encoded', '论文、课题、专利、考试、援派等按所在地区的折算办法计算：请由单位认定后按“单位认定学时”录入');
  return s.none(
    'not-encoded',
    '这类活动按所在地区的折算办法计算，学时通没有那里的标准：请按单位认定的学时录入“单位认定学时”',
  );
}

const TABLE_KINDS: readonly ActivityKind[] = [
  'study-visit',
  'self-study',
  'degree',
  'paper',
  'expert-work',
  'aid',
  'leave',
  'qualification-exam',
  'foreign-language-exam',
  'computer-exam',
  'covid-frontline',
  'xuexi-qiangguo',
  'mentoring',
  'research-project',
  'patent',
  'standard',
  'research-report',
  'award',
  'study-tour',
  'teaching',
  'makeup',
];

const rules: RuleSet = {
  'online-course': (a) => statedHours('USER-HOURS', a, { online: true }),
  'public-certificate': (a) => statedHours('USER-HOURS', { ...a, category: 'public' }, { online: true }),
  training: (a) => statedHours('USER-HOURS', a, { category: 'professional' }),
  'unit-approved': (a) => statedHours('USER-HOURS', a, { unitApproval: '单位认定的学时以单位和主管部门的审核为准' }),
  ...Object.fromEntries(TABLE_KINDS.map((k) => [k, regionalTable])),
};

export const USER: Policy = {
  ...header,
  title: '自己填写的要求（不是学时通收录的通知）',
  docNumber: null,
  issuer: '使用者自己填写',
  seedFile: null,
  parameters: [],
  interpretations: {
    'USER-REQ': ELECTIVE_READING,
  },
  yearRequirement: (year, ctx) => userYearRequirement(ctx?.profile.userRequirement, year),
  applicationWindow: userWindow,
  rules,
  // 使用者填了要求、只是没包括这一年（或这一年都填了 0）：这一年的要求不知道，请补填，不拿国家规定替他定。
  unstatedYear(year, ctx) {
    if (!ctx.profile.userRequirement) return undefined;
    const message = `你填写的要求没有包括 ${year} 年（或这一年的学时数都是 0）：无法判断，请在“每年的要求”里补上这一年`;
    return { code: 'needs-input', clauses: REQ, message };
  },
  profileWarnings(profile) {
    const u = profile.userRequirement;
    if (!u)
      return [
        { code: 'needs-input', clauses: REQ, message: '选了“其他地区”，但还没有填写那里的学时要求：先按国家规定核算' },
      ];
    return [userRequirementWarning(u, '')];
  },
};
