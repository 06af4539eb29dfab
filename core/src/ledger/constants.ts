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
