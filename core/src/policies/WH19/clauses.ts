/**
 * WH19 的条款：通知段落、白话摘要、是否编码及原因、用到的参数。政策页面逐条展示，条款覆盖测试逐条核对。
 * 核算用不到这些文字（计算器按通知下载的规则里不带它们）；核算时要说明的“本项目理解”在 index.ts 的 interpretations。
 */
import type { ClauseInfo } from '../../policy/types.ts';

export const clauses: readonly ClauseInfo[] = [
  {
    id: 'WH19-REQ',
    section: '二(一)',
    summary: '2018 年起每年不少于 90 学时，其中公需科目不少于 30 学时、专业科目不少于 60 学时。',
    status: 'implemented',
    params: ['WH19.req'],
  },
  {
    id: 'WH19-PRE2018',
    section: '二(一)',
    summary:
      '2018 年以前：申报评审的，任期内平均每年 100 学时（20 学分）；聘任的，上一聘期内平均每年 50 学时（10 学分）。',
    status: 'implemented',
    params: ['WH19.pre2018', 'WH19.hoursPerCredit'],
  },
  {
    id: 'WH19-PUB',
    section: '一(一)',
    summary:
      '公需科目在“威海市专业技术人员继续教育服务平台”在线学习，合计 30 学时，考试合格取得电子合格证书；两次考试不合格须重新学习。',
    status: 'implemented',
    params: ['WH19.pub.hours'],
  },
  {
    id: 'WH19-XXQG',
    section: '一(一)',
    summary:
      '申报本年度学时前“学习强国”积分达到 2000 分的，折算 5 学时，再选 25 学时的公需科目班级学习；由用人单位统计、批量申报。',
    status: 'implemented',
    params: ['WH19.xxqg.points', 'WH19.xxqg.hours'],
  },
  {
    id: 'WH19-PUB-DEADLINE',
    section: '一(一)',
    summary: '2019 年度公需科目学习截止到 2019 年 9 月 30 日。',
    status: 'implemented',
    params: ['WH19.pub.deadline'],
  },
  {
    id: 'WH19-MAKEUP',
    section: '一(一)',
    summary: '2015—2018 年度未完成公需科目的，可补学到 2019 年 9 月 30 日，以后不再提供往年补学内容。',
    status: 'implemented',
    params: ['WH19.makeup.years', 'WH19.makeup.deadline'],
  },
  {
    id: 'WH19-PRO',
    section: '一(二)',
    summary:
      '专业科目 60 学时：平台专业科目网络培训取得电子合格证书，或行业主管部门、继续教育基地组织的远程、面授、观摩等培训。',
    status: 'implemented',
    params: ['WH19.pro.hours'],
  },
  {
    id: 'WH19-PRO-CONVERT',
    section: '一(二)',
    summary: '学历教育、科研成果、论文著作按威人社函〔2011〕24号折算专业科目学时。',
    status: 'not-a-calculation',
    reason: '折算标准在威人社函〔2011〕24号中，通知没有给出数字；本项目不编造，用户可录入单位认定的学时。',
  },
  {
    id: 'WH19-AUTO',
    section: '二(二)、二(三)',
    summary: '平台线上学时自动记录；线下培训、科研成果等学时在平台申报，经单位审核、主管部门审验。',
    status: 'not-a-calculation',
    reason: '登记与审核程序，没有数字；核算时对需要单位审核的学时给出提示。',
  },
];
