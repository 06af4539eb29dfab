/**
 * 活动种类的中文说明与表单字段描述。网站计算器和扩展的面板据此生成录入表单。
 *
 * 字段的类型、是否必填、取值范围取自校验用的精简模式（由 zod 模式生成，与校验同源），
 * 标签与单位在这里补充。本文件不载入 zod。
 */
import { ACTIVITY_KIND_LABELS } from './constants.ts';
import type { ActivityKind } from './schema.ts';
import type { JsonSchema } from './validate.ts';
import { SCHEMAS } from './validation.generated.ts';

/** 表单字段的类型。 */
export type FieldType = 'text' | 'date' | 'number' | 'integer' | 'boolean' | 'enum';

/** 一个表单字段的描述。 */
export interface FieldSpec {
  /** 活动对象中的属性名。 */
  name: string;
  /** 中文标签。 */
  label: string;
  type: FieldType;
  /** 单位（学时、天、月、分……）。 */
  unit?: string;
  /** 是否必填（有默认值的字段不必填）。 */
  required: boolean;
  /** 取值提示。 */
  help?: string;
  min?: number;
  max?: number;
  /** 枚举字段的选项（值 + 中文）。 */
  options?: { value: string; label: string }[];
  /** 默认值。 */
  default?: unknown;
}

/** 一种活动的说明。 */
export interface ActivityKindInfo {
  kind: ActivityKind;
  /** 中文名称。 */
  label: string;
  /** 一句话说明：什么算这种活动、各地怎么算。 */
  description: string;
  /** 表单字段（不含 id、kind、source）。 */
  fields: FieldSpec[];
}

interface KindText {
  description: string;
  fields: Record<string, { label: string; unit?: string; help?: string; options?: Record<string, string> }>;
}

const common = {
  title: { label: '名称' },
  note: { label: '备注' },
  date: { label: '日期', help: '完成、发证、授权、结题或发布的日期' },
};
const credits = {
  label: '学分',
  unit: '学分',
  help: '记录上只有学分时填写；通知给出折算（如威海 1 学分 = 5 学时）才计入',
};
const resultGroup = {
  label: '同一成果标识',
  // 只有通知有此规定时才只计一次（青岛 2023）；青海 2020 的专利、标准各自计（五(二)5），不能一律承诺。
  help: '同一项成果的多种形式（如专利与论文）填同一标识：通知规定只计一次的，只计一次',
};
const rank = { label: '排序', unit: '名' };
const monthFields = {
  months: { label: '当年月数', unit: '月', help: '或填写起止日期，按日期精确计算' },
  startDate: { label: '开始日期' },
  endDate: { label: '结束日期', help: '含当日' },
};

const TEXT: Record<ActivityKind, KindText> = {
  'online-course': {
    description: '在学习平台上完成并通过考核的公需课或专业课，按课程学时计。',
    fields: {
      ...common,
      title: { label: '课程名称' },
      category: {
        label: '类别',
        options: { public: '公需科目', professional: '专业科目', unknown: '未知（请确认）' },
      },
      hours: { label: '学时', unit: '学时', help: '平台未显示学时时留空，记为“学时待补”' },
      credits,
      date: { label: '完成日期', help: '通过考核的日期' },
    },
  },
  'public-certificate': {
    description: '当年公需科目学习并考试合格取得的证书。',
    fields: { ...common, hours: { label: '证书学时', unit: '学时' }, credits, date: { label: '发证日期' } },
  },
  training: {
    description: '线下培训进修、学术会议、专题讲座、技术示范、境外培训、继续教育基地课程。',
    fields: {
      ...common,
      format: {
        label: '形式',
        options: {
          training: '培训进修、研修',
          event: '学术会议、讲座、实训、技术示范与推广',
          abroad: '境外培训',
          base: '继续教育基地课程',
        },
      },
      days: { label: '实际天数', unit: '天', help: '不含往返和休息' },
      hours: { label: '载明学时', unit: '学时', help: '主办单位文件或证书载明的学时' },
      credits,
      date: { label: '结束日期' },
    },
  },
  'study-visit': {
    description: '主管部门组织的业务进修、出国（境）学习或考察，每项计学时。',
    fields: { ...common, date: { label: '结束日期' } },
  },
  'self-study': {
    description: '学期内每年计学时（青岛）。',
    fields: { ...common, startDate: { label: '开始日期' }, date: { label: '结束日期' } },
  },
  degree: {
    description: '取得高一级学历、第二学历或学位证书。',
    fields: {
      ...common,
      degreeType: { label: '类型', options: { higher: '高一级学历', second: '第二学历', academic: '学位' } },
      startDate: { label: '入学日期' },
      date: { label: '毕业（取得证书）日期' },
      schoolHours: { label: '院校证明学时', unit: '学时', help: '跨审验期的学历由院校出具学时证明（宁夏）' },
    },
  },
  paper: {
    description: '公开发表的论文、学术会议交流论文、出版著作、译著。',
    fields: {
      ...common,
      paperType: {
        label: '类型',
        options: { paper: '学术技术论文', 'conference-paper': '学术会议交流论文', book: '著作', translation: '译著' },
      },
      date: { label: '发表（出版）日期' },
      resultGroup,
    },
  },
  'expert-work': {
    description: '专家服务基层、职称评审、人事考试阅卷、技能等级评价、人才项目评审。',
    fields: {
      ...common,
      days: { label: '工作天数', unit: '天', help: '不含往返和休息' },
      hours: { label: '实际工作学时', unit: '学时' },
      date: { label: '结束日期' },
    },
  },
  aid: {
    description: '党委、政府组织的援派或到基层的支教、支农、支医、扶贫，按当年月数折算。',
    fields: { ...common, year: { label: '年度' }, ...monthFields },
  },
  leave: {
    description: '经单位批准：产假；伤病假超过 6 个月；公派境外工作超过 6 个月。按当年月数折算。',
    fields: {
      ...common,
      leaveType: {
        label: '类型',
        options: { maternity: '产假', sick: '因伤病请病假', abroad: '因公派境外工作' },
      },
      year: { label: '年度' },
      ...monthFields,
      unitApproved: { label: '单位已批准' },
    },
  },
  'qualification-exam': {
    description: '全国专业技术类职业资格考试，或行业公认的国际注册类考试（按通过科目计）。',
    fields: {
      ...common,
      examType: { label: '类型', options: { qualification: '职业资格考试', registration: '国际注册类考试' } },
      courses: { label: '通过科目数', unit: '门', help: '注册类考试按科目计；资格考试填 1' },
      date: { label: '取得证书日期' },
    },
  },
  'foreign-language-exam': {
    description: '全国职称外语等级考试。',
    fields: {
      ...common,
      grade: { label: '级别', options: { A: 'A 级', B: 'B 级', C: 'C 级' } },
      score: { label: '成绩', unit: '分' },
      passedNationalStandard: { label: '达到全国通用合格标准' },
      date: { label: '考试日期' },
    },
  },
  'computer-exam': {
    description: '全国专业技术人员计算机应用能力考试，每个合格模块录入一条。',
    fields: { ...common, module: { label: '模块名称' }, date: { label: '考试日期' } },
  },
  'covid-frontline': {
    description: '经主管部门确定的疫情防控一线工作年度。',
    fields: { ...common, year: { label: '年度' } },
  },
  'xuexi-qiangguo': {
    description: '申报本年度学时前达到的“学习强国”积分（威海）。',
    fields: { ...common, year: { label: '年度' }, points: { label: '积分', unit: '分' } },
  },
  mentoring: {
    description: '作为带教老师或帮扶导师赴企事业单位、基层一线开展技术指导、培训。',
    fields: { ...common, days: { label: '实际天数', unit: '天', help: '不含在途' }, date: { label: '结束日期' } },
  },
  'research-project': {
    description: '任现职期间完成并结题的课题（项目）。',
    fields: {
      ...common,
      level: { label: '级别', options: { national: '国家级', provincial: '省部级', prefecture: '市州、厅（局）级' } },
      role: { label: '角色', options: { lead: '第一主持人', member: '其他参与成员' } },
      startDate: { label: '立项日期' },
      date: { label: '结题日期' },
      completedOnTime: { label: '按期结题' },
      resultGroup,
    },
  },
  patent: {
    description: '任现职期间获得授权的专利。',
    fields: {
      ...common,
      patentType: {
        label: '类型',
        options: { invention: '发明专利', 'utility-model': '实用新型专利', design: '外观设计专利' },
      },
      rank,
      date: { label: '授权日期' },
      resultGroup,
    },
  },
  standard: {
    description: '制定并发布实施的标准。',
    fields: {
      ...common,
      level: { label: '级别', options: { national: '国家标准', industry: '行业标准', provincial: '省级标准' } },
      rank,
      date: { label: '发布日期' },
      resultGroup,
    },
  },
  'research-report': {
    description: '本人主持的专题调研报告得到领导肯定性批示。',
    fields: {
      ...common,
      instructedBy: {
        label: '批示来源',
        options: {
          'provincial-leader': '省委、省政府领导',
          'department-or-prefecture': '省委省政府组成部门（直属机构）或市州党委、政府主要领导',
        },
      },
      date: { label: '批示日期' },
    },
  },
  award: {
    description: '科研成果奖励。',
    fields: {
      ...common,
      awardType: {
        label: '奖项',
        options: {
          'national-stp': '国家科学技术进步奖',
          'qinghai-stp': '青海省科学技术进步奖',
          'provincial-social-science': '省部级哲学社会科学优秀成果奖',
          other: '其他科研成果奖励',
        },
      },
      date: { label: '获奖日期' },
      resultGroup,
    },
  },
  'study-tour': {
    description: '国内外考察和专业技术交流活动，按实际考察天数计（宁夏）。',
    fields: { ...common, days: { label: '实际天数', unit: '天', help: '不含路程' }, date: { label: '结束日期' } },
  },
  teaching: {
    description: '担任继续教育培训师资，按授课学时折算（宁夏）。',
    fields: { ...common, hoursTaught: { label: '授课学时', unit: '学时' }, date: { label: '授课日期' } },
  },
  makeup: {
    description: '为往年补学的公需课或专业课，在规定期限内完成。',
    fields: {
      ...common,
      category: { label: '类别', options: { public: '公需科目', professional: '专业科目' } },
      hours: { label: '学时', unit: '学时' },
      credits,
      date: { label: '完成日期' },
      forYear: { label: '补学年度' },
    },
  },
  'unit-approved': {
    description: '按通知引用的折算文件、由单位审核认定的学时（本项目没有该文件的折算标准时使用）。',
    fields: {
      ...common,
      category: { label: '类别', options: { public: '公需科目', professional: '专业科目' } },
      hours: { label: '认定学时', unit: '学时' },
      basis: { label: '依据' },
      date: { label: '认定日期' },
    },
  },
};

// planned（计划中）由界面单独处理：表单的“作为计划添加”，不是每种活动的字段。
const SKIP = new Set(['id', 'kind', 'source', 'planned']);

/** 跟随 `$ref`（只指向 `$defs`）。 */
function resolve(s: JsonSchema): JsonSchema {
  return s.$ref === undefined ? s : (SCHEMAS.$defs[s.$ref.replace(/^#\/\$defs\//, '')] ?? {});
}

function fieldsOf(kind: ActivityKind, schema: JsonSchema): FieldSpec[] {
  const properties = schema.properties ?? {};
  const text = TEXT[kind];
  const required = new Set(schema.required ?? []);
  const out: FieldSpec[] = [];
  // 名称在前，种类特有的字段居中，日期随后，备注最后。
  const own = Object.keys(text.fields).filter((n) => n in properties && !['title', 'date', 'note'].includes(n));
  const rest = Object.keys(properties).filter((n) => !(n in text.fields));
  const names = ['title', ...own, 'date', ...rest, 'note'].filter((n) => n in properties);
  for (const name of names) {
    if (SKIP.has(name)) continue;
    const p = resolve(properties[name] ?? {});
    const t = text.fields[name];
    let type: FieldType = 'text';
    if (p.enum) type = 'enum';
    else if (p.format === 'date') type = 'date';
    else if (p.type === 'integer') type = 'integer';
    else if (p.type === 'number') type = 'number';
    else if (p.type === 'boolean') type = 'boolean';
    const spec: FieldSpec = { name, label: t?.label ?? name, type, required: required.has(name) };
    if (t?.unit) spec.unit = t.unit;
    if (t?.help) spec.help = t.help;
    if (p.minimum !== undefined) spec.min = p.minimum;
    if (p.maximum !== undefined) spec.max = p.maximum;
    if (p.default !== undefined) spec.default = p.default;
    if (p.enum) spec.options = p.enum.map((v) => ({ value: String(v), label: t?.options?.[String(v)] ?? String(v) }));
    out.push(spec);
  }
  return out;
}

/** 所有活动种类的中文说明和表单字段，顺序即建议的显示顺序。 */
export const ACTIVITY_KINDS: readonly ActivityKindInfo[] = (resolve(SCHEMAS.activity).oneOf ?? []).map((branch) => {
  const schema = resolve(branch);
  const kind = schema.properties?.kind?.const as ActivityKind;
  const text = TEXT[kind];
  return { kind, label: ACTIVITY_KIND_LABELS[kind], description: text.description, fields: fieldsOf(kind, schema) };
});

/** 按种类查找说明。 */
export function activityKindInfo(kind: ActivityKind): ActivityKindInfo {
  const info = ACTIVITY_KINDS.find((k) => k.kind === kind);
  if (!info) throw new Error(`未知的活动种类：${kind}`);
  return info;
}
