/** WH19 的参数：每个数字都引用条款编号。 */
import { defineParam } from '../../policy/types.ts';

export const params = {
  req: defineParam({
    id: 'WH19.req',
    label: '每年学时要求',
    unit: '学时/年',
    clauses: ['WH19-REQ'],
    values: [{ from: '2018-01-01', value: { public: 30, professional: 60, total: 90 } }],
    keyLabels: { public: '公需科目', professional: '专业科目', total: '合计' },
  }),
  pre2018: defineParam({
    id: 'WH19.pre2018',
    label: '2018 年以前任期内年平均学时',
    unit: '学时/年',
    clauses: ['WH19-PRE2018'],
    values: [{ from: '1990-01-01', to: '2017-12-31', value: { review: 100, appointment: 50 } }],
    keyLabels: { review: '申报评审（20 学分）', appointment: '聘任（10 学分）' },
  }),
  hoursPerCredit: defineParam({
    id: 'WH19.hoursPerCredit',
    label: '1 学分折合学时',
    unit: '学时/学分',
    clauses: ['WH19-PRE2018'],
    values: [{ from: '1990-01-01', to: '2017-12-31', value: 5 }],
    interpretation: '由“100 学时（20 学分）”“50 学时（10 学分）”推出。',
  }),
  publicCourse: defineParam({
    id: 'WH19.pub.hours',
    label: '公需科目在线学习（三个专题合计）',
    unit: '学时',
    clauses: ['WH19-PUB'],
    values: [{ from: '2019-01-01', to: '2019-12-31', value: 30 }],
  }),
  pubDeadline: defineParam({
    id: 'WH19.pub.deadline',
    label: '2019 年度公需科目学习截止日期',
    unit: '日期',
    clauses: ['WH19-PUB-DEADLINE'],
    values: [{ from: '2019-01-01', to: '2019-12-31', value: '2019-09-30' }],
  }),
  xxqgPoints: defineParam({
    id: 'WH19.xxqg.points',
    label: '“学习强国”积分门槛（申报本年度学时前）',
    unit: '分',
    clauses: ['WH19-XXQG'],
    values: [{ from: '2019-01-01', to: '2019-12-31', value: 2000 }],
  }),
  xxqgHours: defineParam({
    id: 'WH19.xxqg.hours',
    label: '“学习强国”积分折算公需学时',
    unit: '学时',
    clauses: ['WH19-XXQG'],
    values: [{ from: '2019-01-01', to: '2019-12-31', value: 5 }],
  }),
  makeupYears: defineParam({
    id: 'WH19.makeup.years',
    label: '可补学公需科目的年度',
    unit: '年度',
    clauses: ['WH19-MAKEUP'],
    values: [{ from: '2019-01-01', value: { first: 2015, last: 2018 } }],
    keyLabels: { first: '起', last: '止' },
  }),
  makeupDeadline: defineParam({
    id: 'WH19.makeup.deadline',
    label: '补学截止日期（以后不再提供）',
    unit: '日期',
    clauses: ['WH19-MAKEUP'],
    values: [{ from: '2019-01-01', value: '2019-09-30' }],
  }),
  professional: defineParam({
    id: 'WH19.pro.hours',
    label: '2019 年度专业科目学习',
    unit: '学时',
    clauses: ['WH19-PRO'],
    values: [{ from: '2019-01-01', to: '2019-12-31', value: 60 }],
  }),
};
