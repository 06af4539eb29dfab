/** QH20 的参数：每个数字都引用条款编号。 */
import { defineParam } from '../../policy/types.ts';

const FROM = '2020-01-01';
/** 任现职期间的成果：不论取得年度，在 2020 年起的审验中都按本通知折算。 */
const IN_POST = '2000-01-01';
/** 2020 年申报高级的审验期从 2017 年开始。 */
const WINDOW = '2017-01-01';
/** 每天 7 学时出自 2020 年的通知：2020 年以外的培训（审验期 2017—2019 年等）也按此认定，是本项目的理解。 */
const RETRO_PER_DAY = '2020 年以外的培训也按每天 7 学时认定。';

export const params = {
  req: defineParam({
    id: 'QH20.req',
    label: '2020 年年内学时要求',
    unit: '学时/年',
    clauses: ['QH20-REQ'],
    values: [{ from: FROM, to: '2020-12-31', value: { public: 45, professional: 90, total: 135 } }],
    keyLabels: { public: '公需科目', professional: '专业科目', total: '合计' },
  }),
  titleYears: defineParam({
    id: 'QH20.title.years',
    label: '申报职称须具备的学时年数（含申报当年）',
    unit: '年',
    clauses: ['QH20-TITLE'],
    values: [{ from: FROM, value: { junior: 2, intermediate: 3, senior: 4, doctorFullSenior: 2 } }],
    keyLabels: {
      junior: '初级（当年或上一年）',
      intermediate: '中级（近 3 年）',
      senior: '副高级、正高级（近 4 年）',
      doctorFullSenior: '博士且已有副高级、申报正高级（近 2 年）',
    },
    interpretation: '“近 N 年”含申报当年：2020 年申报高级的审验 2017—2020 年。',
  }),
  recognizeYears: defineParam({
    id: 'QH20.recognize.years',
    label: '认定类职称：认定当年或上一年',
    unit: '年',
    clauses: ['QH20-RECOGNIZE'],
    values: [{ from: FROM, value: 2 }],
  }),
  switchYears: defineParam({
    id: 'QH20.switch.years',
    label: '转系列：当年或上一年的专业课学时',
    unit: '年',
    clauses: ['QH20-SWITCH'],
    values: [{ from: FROM, value: 2 }],
  }),
  trainingPerDay: defineParam({
    id: 'QH20.train.perDay',
    label: '培训进修未明确学时的，每天',
    unit: '学时/天',
    clauses: ['QH20-TRAIN'],
    values: [{ from: WINDOW, value: 7 }],
    interpretation: RETRO_PER_DAY,
  }),
  abroadPerDay: defineParam({
    id: 'QH20.abroad.perDay',
    label: '国（境）外培训每天',
    unit: '学时/天',
    clauses: ['QH20-ABROAD'],
    values: [{ from: WINDOW, value: 7 }],
    interpretation: RETRO_PER_DAY,
  }),
  selfStudyFrom: defineParam({
    id: 'QH20.self.from',
    label: '学历、资格考试视为专业课程培训的起始日期',
    unit: '日期',
    clauses: ['QH20-DEGREE', 'QH20-QUAL'],
    values: [{ from: FROM, value: '2020-01-01' }],
  }),
  mentoring: defineParam({
    id: 'QH20.mentor',
    label: '技术带教帮扶',
    unit: '学时',
    clauses: ['QH20-MENTOR'],
    values: [{ from: FROM, value: { perDay: 7, capPerYear: 30 } }],
    keyLabels: { perDay: '每天', capPerYear: '全年上限' },
  }),
  project: defineParam({
    id: 'QH20.proj',
    label: '任现职期间完成结题的课题（项目），每年',
    unit: '学时/年',
    clauses: ['QH20-PROJ'],
    values: [
      {
        from: IN_POST,
        value: {
          'national:lead': 90,
          'national:member': 60,
          'provincial:lead': 60,
          'provincial:member': 30,
          'prefecture:lead': 45,
          'prefecture:member': 25,
        },
      },
    ],
    keyLabels: {
      'national:lead': '国家级 第一主持人',
      'national:member': '国家级 其他成员',
      'provincial:lead': '省部级 第一主持人',
      'provincial:member': '省部级 其他成员',
      'prefecture:lead': '市州、厅（局）级 第一主持人',
      'prefecture:member': '市州、厅（局）级 其他成员',
    },
    interpretation:
      '第一主持人和国家级课题的其他成员“每年”计，按立项年至结题年中任现职的年度；省部级、市州级“其他参与成员”的学时通知未写“每年”，每项只在结题年计一次。',
  }),
  patent: defineParam({
    id: 'QH20.patent',
    label: '每项授权专利，按排序',
    unit: '学时/项',
    clauses: ['QH20-PATENT'],
    values: [
      {
        from: IN_POST,
        value: {
          'invention:1-3': 60,
          'invention:4-6': 50,
          'invention:7+': 40,
          'utility-model:1-3': 50,
          'utility-model:4-6': 40,
          'utility-model:7+': 30,
        },
      },
    ],
    keyLabels: {
      'invention:1-3': '发明专利 第 1—3 名',
      'invention:4-6': '发明专利 第 4—6 名',
      'invention:7+': '发明专利 第 7 名及以后',
      'utility-model:1-3': '实用新型 第 1—3 名',
      'utility-model:4-6': '实用新型 第 4—6 名',
      'utility-model:7+': '实用新型 第 7 名及以后',
    },
    interpretation:
      '“7 名之后”按第 7 名及以后理解（否则第 7 名没有规定）；任现职期间授权的专利，不论年度都按本表折算。',
  }),
  standard: defineParam({
    id: 'QH20.standard',
    label: '每项发布实施的标准，按排序',
    unit: '学时/项',
    clauses: ['QH20-STANDARD'],
    values: [
      {
        from: IN_POST,
        value: {
          'national:1-3': 90,
          'national:4-6': 80,
          'national:7+': 60,
          'industry:1-3': 80,
          'industry:4-6': 70,
          'industry:7+': 50,
          'provincial:1-3': 60,
          'provincial:4-6': 50,
          'provincial:7+': 40,
        },
      },
    ],
    keyLabels: {
      'national:1-3': '国家标准 第 1—3 名',
      'national:4-6': '国家标准 第 4—6 名',
      'national:7+': '国家标准 第 7 名及以后',
      'industry:1-3': '行业标准 第 1—3 名',
      'industry:4-6': '行业标准 第 4—6 名',
      'industry:7+': '行业标准 第 7 名及以后',
      'provincial:1-3': '省级标准 第 1—3 名',
      'provincial:4-6': '省级标准 第 4—6 名',
      'provincial:7+': '省级标准 第 7 名及以后',
    },
  }),
  report: defineParam({
    id: 'QH20.report',
    label: '专题调研报告获肯定性批示，每篇',
    unit: '学时/篇',
    clauses: ['QH20-REPORT'],
    values: [{ from: IN_POST, value: { 'provincial-leader': 60, 'department-or-prefecture': 30 } }],
    keyLabels: {
      'provincial-leader': '省委、政府领导批示',
      'department-or-prefecture': '省委政府组成部门（直属机构）或市州党委、政府主要领导批示',
    },
  }),
  covidYear: defineParam({
    id: 'QH20.covid.year',
    label: '疫情防控一线视同完成的年度',
    unit: '年度',
    clauses: ['QH20-COVID'],
    values: [{ from: FROM, to: '2020-12-31', value: 2020 }],
  }),
  makeupYears: defineParam({
    id: 'QH20.makeup.years',
    label: '2020 年网络学习多学部分可分散使用的年度',
    unit: '年度',
    clauses: ['QH20-MAKEUP'],
    values: [{ from: FROM, to: '2020-12-31', value: { first: 2017, last: 2019 } }],
    keyLabels: { first: '起', last: '止' },
  }),
  deadline: defineParam({
    id: 'QH20.deadline',
    label: '非申报人员完成当年培训的截止日期',
    unit: '日期',
    clauses: ['QH20-DEADLINE'],
    values: [{ from: FROM, to: '2020-12-31', value: '2020-11-30' }],
  }),
};
