/**
 * 台账格式的常量与中文名，不依赖 zod：浏览器里的表单、校验和核算只需要这些。
 * `schema.ts` 的 zod 模式由这些常量构成，并原样导出它们。
 */

/** 当前台账格式版本。 */
export const LEDGER_FORMAT_VERSION = 1 as const;

/** 可选的通知（地区 + 年份）。 */
export const NOTICE_IDS = ['WH19', 'LY17', 'QD23', 'QH20', 'NX19'] as const;

/** 其他地区：通知不在学时通里，按使用者自己填写的要求（`profile.userRequirement`）核算。 */
export const USER_NOTICE = 'USER' as const;

/** 职称级别：初级（含员级、助理级）/ 中级 / 副高级 / 正高级。 */
export const TITLE_LEVELS = ['junior', 'intermediate', 'associate-senior', 'full-senior'] as const;

/** 职称级别的中文名。 */
export const TITLE_LEVEL_LABELS: Record<(typeof TITLE_LEVELS)[number], string> = {
  junior: '初级',
  intermediate: '中级',
  'associate-senior': '副高级',
  'full-senior': '正高级',
};

/** 学时类别的中文名。 */
export const CATEGORY_LABELS: Record<'public' | 'professional', string> = {
  public: '公需科目',
  professional: '专业科目',
};

/** 申报方式的中文名（认定、转系列只有 QH20 有规定）。 */
export const ROUTE_LABELS: Record<'review' | 'appointment' | 'recognition' | 'switch', string> = {
  review: '评审',
  appointment: '聘任',
  recognition: '认定',
  switch: '转系列',
};

/** 行业的中文名（会计、教师等另有规定）。 */
export const SECTOR_LABELS: Record<'general' | 'health' | 'teacher' | 'accountant' | 'social-worker', string> = {
  general: '一般专业技术人员',
  health: '卫生',
  teacher: '中小学教师',
  accountant: '会计',
  'social-worker': '社会工作者',
};

/**
 * 活动种类的中文名。核算的解释、表单、网站都用这一份；放在这里（不依赖校验模式），
 * 核算器才不必为了名字载入表单描述和校验模式。
 */
export const ACTIVITY_KIND_LABELS = {
  'online-course': '网络课程',
  'public-certificate': '公需科目合格证书',
  training: '培训、会议与讲座',
  'study-visit': '进修、出国（境）学习考察',
  'self-study': '自学考试、在职学历、课程班',
  degree: '学历、学位',
  paper: '论文、著作',
  'expert-work': '受邀专家工作',
  aid: '援派、支教支农支医扶贫',
  leave: '产假、病假、公派境外',
  'qualification-exam': '职业资格、注册考试',
  'foreign-language-exam': '职称外语考试',
  'computer-exam': '计算机应用能力考试模块',
  'covid-frontline': '新冠肺炎疫情防控一线',
  'xuexi-qiangguo': '“学习强国”积分',
  mentoring: '技术带教帮扶',
  'research-project': '科研课题（项目）',
  patent: '专利',
  standard: '标准',
  'research-report': '调研报告批示',
  award: '科技奖励',
  'study-tour': '考察、专业技术交流',
  teaching: '继续教育授课',
  makeup: '补学（往年）',
  'unit-approved': '单位认定学时',
} as const;
