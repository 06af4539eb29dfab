/**
 * 台账格式 v1（ledger format v1）：个人资料 + 学习活动 + 可选的“分享时的结果”。
 *
 * 这是公开接口：浏览器扩展导出的文件、网站计算器导入的文件都用这个格式。
 * v1 文件永远可以导入；新增字段只能是可选字段。
 */
import { z } from 'zod';
import {
  CATEGORY_LABELS,
  LEDGER_FORMAT_VERSION,
  NOTICE_IDS,
  TITLE_LEVEL_LABELS,
  TITLE_LEVELS,
  USER_NOTICE,
} from './constants.ts';
import { DATE_MAX, DATE_MIN } from './dates.ts';

export { CATEGORY_LABELS, LEDGER_FORMAT_VERSION, NOTICE_IDS, TITLE_LEVEL_LABELS, TITLE_LEVELS, USER_NOTICE };

/** 通知编号的 zod 模式。 */
export const NoticeIdSchema = z.enum(NOTICE_IDS).describe('适用的通知（地区政策）');
/** 通知编号：WH19 / LY17 / QD23 / QH20 / NX19。 */
export type NoticeId = z.infer<typeof NoticeIdSchema>;

/** 个人资料选的通知：收录的通知之一，或 `USER`（其他地区，按自己填写的要求）。 */
export const ProfileNoticeSchema = z
  .enum([...NOTICE_IDS, USER_NOTICE])
  .describe('适用的通知（地区政策）；USER 为其他地区，按自己填写的要求');
/** 个人资料选的通知。 */
export type ProfileNotice = z.infer<typeof ProfileNoticeSchema>;

/** 职称级别的 zod 模式。 */
export const TitleLevelSchema = z.enum(TITLE_LEVELS).describe('职称级别');
/** 职称级别。 */
export type TitleLevel = z.infer<typeof TitleLevelSchema>;

/** 学时类别的 zod 模式。 */
export const CategorySchema = z.enum(['public', 'professional']).describe('学时类别');
/** 学时类别：`public` 公需科目，`professional` 专业科目。 */
export type Category = z.infer<typeof CategorySchema>;

/**
 * 日期 YYYY-MM-DD：正则只接受 1990—2100 年间真实存在的日子（含闰年），生成的 JSON Schema 也就能单独判断日期是否有效。
 * formatMinimum / formatMaximum 写明范围（校验器据此说明“应在……之间”），判定靠正则。
 * 开始日期不晚于结束日期（自学、学历、课题）是字段之间的关系，模式表达不了，由 parseLedger 检查（如活动 id 不重复）。
 */
export const DateSchema = z
  .string()
  .regex(new RegExp(`^(?=(?:199\\d|20\\d\\d|2100)-)${z.regexes.date.source.slice(1)}`), {
    error: `不是 ${DATE_MIN.slice(0, 4)}—${DATE_MAX.slice(0, 4)} 年间的有效日期（应为 YYYY-MM-DD）`,
  })
  .meta({ format: 'date', formatMinimum: DATE_MIN, formatMaximum: DATE_MAX });
const isoDate = DateSchema;
const year = z.number().int().min(1990).max(2100);
const hours = z.number().min(0).max(10000);
/** 学分：只有通知给出学分与学时的折算时才能计入（WH19：100 学时 = 20 学分）。 */
const credits = z
  .number()
  .min(0)
  .max(2000)
  .optional()
  .describe('学分（记录上写的是学分而不是学时时填写；通知给出折算时换算为学时）');

/** 活动来源：学习平台（平台名、主机名、平台记录号）、手工录入、文件导入。 */
export const SourceSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('platform'),
      platform: z.string().min(1).describe('平台家族，如 yxlearning、chinahrt、upol'),
      host: z.string().optional().describe('读取时的主机名，如 sdwh-gxk.yxlearning.com'),
      externalId: z.string().min(1).describe('平台上的记录号'),
      readAt: z.string().optional().describe('读取时间（ISO 8601）'),
    }),
    z.object({ kind: z.literal('manual') }),
    z.object({ kind: z.literal('import'), file: z.string().optional() }),
  ])
  .describe('活动来源');
/** 活动来源。 */
export type Source = z.infer<typeof SourceSchema>;

const base = {
  id: z.string().min(1).describe('活动的稳定标识'),
  title: z.string().optional().describe('名称'),
  note: z.string().optional().describe('备注'),
  source: SourceSchema.default({ kind: 'manual' }),
  planned: z.boolean().optional().describe('计划中的活动，不计入真实结果'),
};
const dated = { ...base, date: isoDate.describe('完成日期（证书、授权、结题、发布日期）') };

const onlineCourse = z.object({
  ...base,
  kind: z.literal('online-course'),
  title: z.string().min(1).describe('课程名称'),
  category: z.enum(['public', 'professional', 'unknown']).describe('公需 / 专业 / 未知（需用户确认）'),
  hours: hours.optional().describe('学时；缺失表示“学时待补”'),
  credits,
  date: isoDate.describe('完成（通过考核）日期'),
});
const publicCertificate = z.object({
  ...dated,
  kind: z.literal('public-certificate'),
  hours: hours.optional().describe('证书上的学时'),
  credits,
});
const training = z.object({
  ...dated,
  kind: z.literal('training'),
  format: z
    .enum(['training', 'event', 'abroad', 'base'])
    .describe('培训进修 / 学术会议讲座等活动 / 境外培训 / 继续教育基地课程'),
  days: z.number().int().min(0).max(366).optional().describe('实际天数（不含往返）'),
  hours: hours.optional().describe('文件或证书载明的学时'),
  credits,
});
const studyVisit = z.object({ ...dated, kind: z.literal('study-visit') });
const selfStudy = z.object({
  ...base,
  kind: z.literal('self-study'),
  startDate: isoDate.describe('学期开始'),
  date: isoDate.describe('学期结束（毕业或结业）'),
});
const degree = z.object({
  ...base,
  kind: z.literal('degree'),
  degreeType: z.enum(['higher', 'second', 'academic']).describe('高一级学历 / 第二学历 / 学位'),
  startDate: isoDate.describe('入学日期'),
  date: isoDate.describe('毕业或取得证书日期'),
  schoolHours: hours.optional().describe('院校出具的学时证明'),
});
const resultGroup = z
  .string()
  .optional()
  .describe('同一成果的标识：通知规定同一成果只计一次的（如 QD23），相同标识只计一次');
const paper = z.object({
  ...dated,
  kind: z.literal('paper'),
  paperType: z.enum(['paper', 'conference-paper', 'book', 'translation']),
  resultGroup,
});
const expertWork = z.object({
  ...dated,
  kind: z.literal('expert-work'),
  days: z.number().int().min(1).max(366).describe('工作天数（不含往返）'),
  hours: hours.optional().describe('实际工作学时'),
});
/** 援派、请假：某年度的月数，或起止日期（“超过6个月”、不足一月的部分按日期精确计算）。 */
const monthsInYear = {
  year: year.describe('年度'),
  months: z.number().int().min(0).max(12).optional().describe('当年月数（填了起止日期时按日期计算）'),
  startDate: isoDate.optional().describe('开始日期'),
  endDate: isoDate.optional().describe('结束日期（含当日）'),
};
const aid = z.object({ ...base, kind: z.literal('aid'), ...monthsInYear });
const leave = z.object({
  ...base,
  kind: z.literal('leave'),
  leaveType: z.enum(['maternity', 'sick', 'abroad']).describe('产假 / 伤病假 / 公派境外'),
  ...monthsInYear,
  unitApproved: z.boolean().optional().describe('所在单位是否批准'),
});
const qualificationExam = z.object({
  ...dated,
  kind: z.literal('qualification-exam'),
  examType: z.enum(['qualification', 'registration']).describe('职业资格考试 / 国际注册类考试'),
  courses: z.number().int().min(1).max(20).default(1).describe('通过的科目数（注册类）'),
});
const foreignLanguage = z.object({
  ...dated,
  kind: z.literal('foreign-language-exam'),
  grade: z.enum(['A', 'B', 'C']),
  score: z.number().min(0).max(100).optional().describe('成绩'),
  passedNationalStandard: z.boolean().optional().describe('是否达到全国通用合格标准'),
});
const computerExam = z.object({
  ...dated,
  kind: z.literal('computer-exam'),
  module: z.string().optional().describe('模块名称'),
});
const covid = z.object({ ...base, kind: z.literal('covid-frontline'), year: year.describe('年度') });
const xxqg = z.object({
  ...base,
  kind: z.literal('xuexi-qiangguo'),
  year: year.describe('年度'),
  points: z.number().int().min(0).describe('申报前的积分'),
});
const mentoring = z.object({
  ...dated,
  kind: z.literal('mentoring'),
  days: z.number().int().min(1).max(366).describe('实际天数（不含在途）'),
});
const projectLevel = z.enum(['national', 'provincial', 'prefecture']);
const researchProject = z.object({
  ...base,
  kind: z.literal('research-project'),
  level: projectLevel.describe('国家级 / 省部级 / 市州厅局级'),
  role: z.enum(['lead', 'member']).describe('第一主持人 / 其他成员'),
  startDate: isoDate.describe('立项日期'),
  date: isoDate.describe('结题日期'),
  completedOnTime: z.boolean().optional().describe('是否在规定时间内完成并结题（不填时会被问到）'),
  resultGroup,
});
const patent = z.object({
  ...dated,
  kind: z.literal('patent'),
  patentType: z.enum(['invention', 'utility-model', 'design']),
  rank: z.number().int().min(1).max(100).describe('发明人排序'),
  resultGroup,
});
const standard = z.object({
  ...dated,
  kind: z.literal('standard'),
  level: z.enum(['national', 'industry', 'provincial']),
  rank: z.number().int().min(1).max(100).describe('起草人排序'),
  resultGroup,
});
const researchReport = z.object({
  ...dated,
  kind: z.literal('research-report'),
  instructedBy: z.enum(['provincial-leader', 'department-or-prefecture']).describe('批示来源'),
});
const award = z.object({
  ...dated,
  kind: z.literal('award'),
  awardType: z.enum(['national-stp', 'qinghai-stp', 'provincial-social-science', 'other']),
  resultGroup,
});
const studyTour = z.object({
  ...dated,
  kind: z.literal('study-tour'),
  days: z.number().int().min(1).max(366).describe('实际考察天数（不含路程）'),
});
const teaching = z.object({
  ...dated,
  kind: z.literal('teaching'),
  hoursTaught: hours.describe('授课学时'),
});
const makeup = z.object({
  ...base,
  kind: z.literal('makeup'),
  category: CategorySchema,
  hours: hours.optional().describe('学时'),
  credits,
  date: isoDate.describe('补学完成日期'),
  forYear: year.describe('补学所属年度'),
});
const unitApproved = z.object({
  ...dated,
  kind: z.literal('unit-approved'),
  category: CategorySchema,
  hours: hours.describe('单位认定的学时'),
  basis: z.string().optional().describe('依据（如 威人社函〔2011〕24号 折算）'),
});

/** 一条学习活动：按 `kind` 区分的联合类型。 */
export const ActivitySchema = z.discriminatedUnion('kind', [
  onlineCourse,
  publicCertificate,
  training,
  studyVisit,
  selfStudy,
  degree,
  paper,
  expertWork,
  aid,
  leave,
  qualificationExam,
  foreignLanguage,
  computerExam,
  covid,
  xxqg,
  mentoring,
  researchProject,
  patent,
  standard,
  researchReport,
  award,
  studyTour,
  teaching,
  makeup,
  unitApproved,
]);
/** 一条学习活动（校验后）。 */
export type Activity = z.infer<typeof ActivitySchema>;
/** 一条学习活动（写入文件前，可省略有默认值的字段）。 */
export type ActivityInput = z.input<typeof ActivitySchema>;
/** 活动种类。 */
export type ActivityKind = Activity['kind'];
/** 某一种活动的类型。 */
export type ActivityOf<K extends ActivityKind> = Extract<Activity, { kind: K }>;

/** 使用者自己填写的某段年度的学时要求（其他地区，或通知没有规定的年度）。 */
const UserYearSchema = z.object({
  from: year.describe('起始年度'),
  to: year.optional().describe('结束年度（不填为一直适用）'),
  public: hours.optional().describe('公需科目不少于'),
  professional: hours.optional().describe('专业科目不少于'),
  elective: hours.optional().describe('选修不少于（公需、专业以外的学时，如广东）'),
  total: hours.optional().describe('合计不少于'),
});
/** 使用者自己填写的申报审验办法。 */
const UserWindowSchema = z.object({
  levels: z.array(TitleLevelSchema).describe('适用的职称级别'),
  years: z.number().int().min(1).max(10).describe('审验几年'),
  includeApplicationYear: z.boolean().describe('是否含申报当年'),
  test: z.enum(['per-year', 'total']).describe('逐年达标 / 累计达标'),
  public: hours.optional().describe('累计达标时：公需不少于'),
  professional: hours.optional().describe('累计达标时：专业不少于'),
  total: hours.optional().describe('累计达标时：合计不少于'),
});
/** 使用者自己填写的要求：结果会标明“按你填写的要求核算”，并写出填写的出处。 */
export const UserRequirementSchema = z
  .object({
    region: z.string().min(1).describe('地区'),
    source: z.string().optional().describe('依据（文号或说明）'),
    years: z.array(UserYearSchema).describe('每年的要求（可分几段年度）'),
    windows: z.array(UserWindowSchema).optional().describe('申报职称的审验办法'),
  })
  .describe('自己填写的要求');
/** 自己填写的要求。 */
export type UserRequirement = z.infer<typeof UserRequirementSchema>;

/** 个人资料：规则需要知道的信息。 */
export const ProfileSchema = z.object({
  name: z.string().optional().describe('姓名（可选）'),
  notice: ProfileNoticeSchema,
  applyingFor: TitleLevelSchema.optional().describe('拟申报的职称级别'),
  applicationYear: year.optional().describe('拟申报年度'),
  currentTitle: z
    .object({
      level: z.enum([...TITLE_LEVELS, 'none']).describe('现有职称级别'),
      since: year.optional().describe('取得现职称（任现职）的年度'),
    })
    .optional(),
  doctorate: z.boolean().default(false).describe('是否取得博士学位'),
  seriesRequiresExams: z.boolean().optional().describe('所在职称系列是否要求职称外语和计算机考试'),
  sector: z
    .enum(['general', 'health', 'teacher', 'accountant', 'social-worker'])
    .optional()
    .describe('行业（会计、教师等有另行规定）'),
  term: z
    .object({
      firstYear: year.describe('起始年度'),
      lastYear: year.describe('结束年度'),
    })
    .optional()
    .describe('任期（申报评审）或上一聘期（聘任）的起止年度；不填时按取得现职称年度至申报年度'),
  affiliation: z
    .enum(['city', 'county'])
    .optional()
    .describe('市属单位 / 县区所属单位（临沂：专业科目培训和补修按所属分别管理）'),
  userRequirement: UserRequirementSchema.optional(),
});
/** 个人资料（校验后）。 */
export type Profile = z.infer<typeof ProfileSchema>;

/** 核算截止日期：截至这一天已完成的才计入；不填时为核算当天。 */
const asOf = isoDate.optional().describe('核算截止日期（截至该日已完成、已结题的才计入）；不填为核算当天');

/** 查询：某一年度，或一次职称申报。 */
export const QuerySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year, asOf }),
  z.object({
    kind: z.literal('application'),
    level: TitleLevelSchema,
    year,
    asOf,
    route: z
      .enum(['review', 'appointment', 'recognition', 'switch'])
      .default('review')
      .describe('评审 / 聘任 / 认定（QH20-RECOGNIZE）/ 转系列（QH20-SWITCH）'),
  }),
]);
/** 查询（校验后，`route` 已填默认值）。 */
export type Query = z.infer<typeof QuerySchema>;
/** 查询（调用 `evaluate` 时可省略 `route`）。 */
export type QueryInput = z.input<typeof QuerySchema>;

/** 分享时附带的结果：打开文件的人会看到重新计算的结果，不一致时会提示。 */
export const SharedResultSchema = z.object({
  notice: ProfileNoticeSchema,
  query: QuerySchema,
  figures: z.object({
    public: z.number(),
    professional: z.number(),
    total: z.number(),
    complete: z.boolean(),
  }),
  evaluatorVersion: z.string(),
  sharedAt: z.string().optional(),
});
/** 分享时附带的结果。 */
export type SharedResult = z.infer<typeof SharedResultSchema>;

/** 台账：格式版本 + 个人资料 + 活动（+ 分享时的结果）。 */
export const LedgerSchema = z.object({
  formatVersion: z.literal(LEDGER_FORMAT_VERSION),
  profile: ProfileSchema,
  activities: z.array(ActivitySchema),
  sharedResult: SharedResultSchema.optional(),
});
/** 台账（校验后）。 */
export type Ledger = z.infer<typeof LedgerSchema>;
/** 写入文件前的形态（有默认值的字段可以省略）。 */
export type LedgerInput = z.input<typeof LedgerSchema>;
