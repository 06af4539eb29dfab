/** LY17 的参数：每个数字都引用条款编号。 */
import { defineParam } from '../../policy/types.ts';

export const params = {
  req: defineParam({
    id: 'LY17.req',
    label: '每年学时要求（公需、专业须同时达标）',
    unit: '学时/年',
    clauses: ['LY17-REQ'],
    values: [{ from: '2015-01-01', value: { public: 30, professional: 60, total: 90 } }],
    keyLabels: { public: '公需类', professional: '专业类', total: '合计' },
    interpretation:
      '通知写明“每年”，并按同一标准安排 2015、2016 年度补修、要求 2018 年起当年完成，故自 2015 年起适用。',
  }),
  languageHours: defineParam({
    id: 'LY17.fl.hours',
    label: '职称外语考试达标折算公需学时（一次性）',
    unit: '学时',
    clauses: ['LY17-FL', 'LY17-EXAM-YEAR'],
    values: [{ from: '2017-01-01', to: '2017-12-31', value: { A: 30, B: 20, C: 10 } }],
    keyLabels: { A: 'A 级', B: 'B 级', C: 'C 级' },
  }),
  languagePass: defineParam({
    id: 'LY17.fl.passScore',
    label: '职称外语合格分数（或达到全国通用标准）',
    unit: '分',
    clauses: ['LY17-FL'],
    values: [{ from: '2017-01-01', to: '2017-12-31', value: 60 }],
  }),
  computerModule: defineParam({
    id: 'LY17.pc.perModule',
    label: '计算机应用能力考试每个合格模块',
    unit: '学时',
    clauses: ['LY17-PC', 'LY17-EXAM-YEAR'],
    values: [{ from: '2017-01-01', to: '2017-12-31', value: 5 }],
  }),
  computerCap: defineParam({
    id: 'LY17.pc.cap',
    label: '计算机应用能力考试累计上限',
    unit: '学时',
    clauses: ['LY17-PC'],
    values: [{ from: '2017-01-01', to: '2017-12-31', value: 30 }],
    interpretation: '“累计不超过 30 学时”与“当年度有效”合起来，按每年 30 学时封顶。',
  }),
  publicCourse: defineParam({
    id: 'LY17.pub.hours',
    label: '公需科目培训考核合格',
    unit: '学时',
    clauses: ['LY17-PUB'],
    values: [{ from: '2017-01-01', to: '2017-12-31', value: 30 }],
  }),
  makeupYears: defineParam({
    id: 'LY17.makeup.years',
    label: '可补修的年度',
    unit: '年度',
    clauses: ['LY17-MAKEUP'],
    values: [{ from: '2017-01-01', value: { first: 2015, last: 2016 } }],
    keyLabels: { first: '起', last: '止' },
  }),
  makeupDeadline: defineParam({
    id: 'LY17.makeup.deadline',
    label: '补修截止日期（2018 年起不再安排补修）',
    unit: '日期',
    clauses: ['LY17-MAKEUP', 'LY17-NO-MAKEUP-2018'],
    values: [{ from: '2017-01-01', value: '2017-12-31' }],
  }),
};
