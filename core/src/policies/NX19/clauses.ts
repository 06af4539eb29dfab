/**
 * NX19 的条款：通知段落、白话摘要、是否编码及原因、用到的参数。政策页面逐条展示，条款覆盖测试逐条核对。
 * 核算用不到这些文字（计算器按通知下载的规则里不带它们）；核算时要说明的“本项目理解”在 index.ts 的 interpretations。
 */
import type { ClauseInfo } from '../../policy/types.ts';

export const clauses: readonly ClauseInfo[] = [
  {
    id: 'NX19-PUB',
    section: '三(一)、三(五)',
    summary: '公需课在“宁夏专业技术人员继续教育培训网”网络学习，由系统自动审核登记。',
    status: 'implemented',
  },
  {
    id: 'NX19-SENIOR',
    section: '三(二)1',
    summary:
      '2019 年申报副高级及以上：审验近 5 年（2014—2018 年），总学时累计不少于 396 学时，其中公需课不少于 132 学时。',
    status: 'implemented',
    params: ['NX19.senior'],
  },
  {
    id: 'NX19-MID',
    section: '三(二)2',
    summary: '2019 年申报中级：审验近 4 年（2015—2018 年），总学时累计不少于 324 学时，其中公需课不少于 108 学时。',
    status: 'implemented',
    params: ['NX19.mid'],
  },
  {
    id: 'NX19-DEGREE-IN',
    section: '三(三)',
    summary: '审验期内入学并毕业取得高一级学历或第二学历的，视同完成审验期继续教育任务，只需提交学历证明。',
    status: 'implemented',
  },
  {
    id: 'NX19-DEGREE-SPAN',
    section: '三(三)',
    summary: '跨审验期入学并毕业的，学时由院校出具证明，并须完成审验期内的公需课学习。',
    status: 'implemented',
  },
  {
    id: 'NX19-TOUR',
    section: '三(三)',
    summary: '国内外考察和专业技术交流：按实际考察时间（路程除外），每天 6 学时折合专业课学时。',
    status: 'implemented',
    params: ['NX19.tour.perDay'],
  },
  {
    id: 'NX19-TEACH',
    section: '三(三)',
    summary: '2019 年担任继续教育培训师资的，授课 1 学时记 3 学时（继续医学教育等另有规定的按原规定）。',
    status: 'implemented',
    params: ['NX19.teach.factor'],
  },
  {
    id: 'NX19-FL',
    section: '三(四)',
    summary:
      '不要求外语和计算机考试的职称系列：以往职称外语考试合格的可代替公需课 40 学时；计算机考试每个合格模块代替公需课 10 学时。',
    status: 'implemented',
    params: ['NX19.fl.hours', 'NX19.pc.perModule', 'NX19.fl.passScore'],
  },
  {
    id: 'NX19-PRO',
    section: '三(一)',
    summary:
      '专业课可通过专项知识考试、培训班、学术会议、网络远程教育、实践活动等途径学习，由评委会和用人单位审核学时。',
    status: 'implemented',
    projectAddition: true,
  },
];
