/**
 * LY17 的条款：通知段落、白话摘要、是否编码及原因、用到的参数。政策页面逐条展示，条款覆盖测试逐条核对。
 * 核算用不到这些文字（计算器按通知下载的规则里不带它们）；核算时要说明的“本项目理解”在 index.ts 的 interpretations。
 */
import type { ClauseInfo } from '../../policy/types.ts';

export const clauses: readonly ClauseInfo[] = [
  {
    id: 'LY17-REQ',
    section: '二',
    summary: '每年累计不少于 90 学时：公需类 30 学时、专业类 60 学时，两类同时达标才算完成年度要求。',
    status: 'implemented',
    params: ['LY17.req'],
  },
  {
    id: 'LY17-FL',
    section: '二(一)1',
    summary: '2017 年度职称外语考试成绩达到 60 分或全国通用标准的，一次性计公需学时：A 级 30、B 级 20、C 级 10。',
    status: 'implemented',
    params: ['LY17.fl.hours', 'LY17.fl.passScore'],
  },
  {
    id: 'LY17-PC',
    section: '二(一)1',
    summary: '计算机应用能力考试每个合格模块一次性计 5 学时，累计不超过 30 学时。',
    status: 'implemented',
    params: ['LY17.pc.perModule', 'LY17.pc.cap'],
  },
  {
    id: 'LY17-EXAM-YEAR',
    section: '二(一)1',
    summary: '职称外语、计算机考试折算的学时只在考试当年度有效。',
    status: 'implemented',
    params: ['LY17.fl.hours', 'LY17.pc.perModule'],
  },
  {
    id: 'LY17-PUB',
    section: '二(一)2',
    summary: '公需科目网上培训考核合格计 30 学时，视为完成公需类学时。',
    status: 'implemented',
    params: ['LY17.pub.hours'],
  },
  {
    id: 'LY17-PRO',
    section: '二(二)',
    summary:
      '专业类不少于 60 学时：平台专业课、专项业务培训，以及培训进修、自学、科研成果和论文著作的折算（标准见临人社办发〔2016〕55号）。',
    status: 'implemented',
  },
  {
    id: 'LY17-MAKEUP',
    section: '四',
    summary: '2015、2016 年度缺少的公需、专业学时可补修到 2017 年 12 月 31 日；已完成的年度不必补修。',
    status: 'implemented',
    params: ['LY17.makeup.years', 'LY17.makeup.deadline'],
  },
  {
    id: 'LY17-NO-MAKEUP-2018',
    section: '四',
    summary: '2018 年起不再安排补修，公需、专业学时都须当年完成。',
    status: 'implemented',
    params: ['LY17.makeup.deadline'],
  },
];
