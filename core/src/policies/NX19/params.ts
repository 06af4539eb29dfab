/** NX19 的参数：每个数字都引用条款编号。 */
import { defineParam } from '../../policy/types.ts';

const Y2019 = { from: '2019-01-01', to: '2019-12-31' } as const;

export const params = {
  senior: defineParam({
    id: 'NX19.senior',
    label: '2019 年申报副高级及以上：审验年度与累计学时',
    unit: '学时',
    clauses: ['NX19-SENIOR'],
    values: [{ ...Y2019, value: { first: 2014, last: 2018, total: 396, public: 132 } }],
    keyLabels: { first: '审验起始年', last: '审验截止年', total: '总学时不少于', public: '其中公需课不少于' },
  }),
  intermediate: defineParam({
    id: 'NX19.mid',
    label: '2019 年申报中级：审验年度与累计学时',
    unit: '学时',
    clauses: ['NX19-MID'],
    values: [{ ...Y2019, value: { first: 2015, last: 2018, total: 324, public: 108 } }],
    keyLabels: { first: '审验起始年', last: '审验截止年', total: '总学时不少于', public: '其中公需课不少于' },
  }),
  tourPerDay: defineParam({
    id: 'NX19.tour.perDay',
    label: '国内外考察和专业技术交流，每天',
    unit: '学时/天',
    clauses: ['NX19-TOUR'],
    values: [{ from: '2014-01-01', value: 6 }],
    interpretation: '通知未限定考察发生的年度，2019 年申报的审验期（2014 年起）内的考察都按此折算。',
  }),
  teachingFactor: defineParam({
    id: 'NX19.teach.factor',
    label: '担任继续教育师资，授课 1 学时折合',
    unit: '学时',
    clauses: ['NX19-TEACH'],
    values: [{ from: '2014-01-01', to: '2019-12-31', value: 3 }],
    interpretation:
      '通知说 2019 年“继续按照”授课 1 学时授予 3 学时的标准，即此前已在执行：2019 年申报的审验期（2014 年起）内的授课也按此折算。',
  }),
  languageHours: defineParam({
    id: 'NX19.fl.hours',
    label: '以往职称外语考试合格，可代替公需课',
    unit: '学时',
    clauses: ['NX19-FL'],
    values: [{ from: '2019-01-01', value: 40 }],
  }),
  computerModule: defineParam({
    id: 'NX19.pc.perModule',
    label: '计算机应用能力考试每个合格模块，可代替公需课',
    unit: '学时',
    clauses: ['NX19-FL'],
    values: [{ from: '2019-01-01', value: 10 }],
  }),
  languagePass: defineParam({
    id: 'NX19.fl.passScore',
    label: '职称外语合格分数（或达到合格标准）',
    unit: '分',
    clauses: ['NX19-FL'],
    values: [{ from: '2019-01-01', value: 60 }],
    interpretation: '通知只说“达到合格标准”，填写成绩时按 60 分判断。',
  }),
};
