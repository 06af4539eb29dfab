/**
 * QD23 的条款：通知段落、白话摘要、是否编码及原因、用到的参数。政策页面逐条展示，条款覆盖测试逐条核对。
 * 核算用不到这些文字（计算器按通知下载的规则里不带它们）；核算时要说明的“本项目理解”在 index.ts 的 interpretations。
 */
import type { ClauseInfo } from '../../policy/types.ts';

export const clauses: readonly ClauseInfo[] = [
  {
    id: 'QD23-REQ',
    section: '一',
    summary: '每年累计不少于 90 学时，其中公需科目不少于 30 学时、专业科目不少于 60 学时。',
    status: 'implemented',
    params: ['QD23.req'],
  },
  {
    id: 'QD23-WINDOW',
    section: '四',
    summary:
      '学时实行近五年滚动管理，以申报职称年度界定（2023 年申报的为 2019—2023 年）；申报年限少于五年的按实际年限。',
    status: 'implemented',
    params: ['QD23.window.years'],
  },
  {
    id: 'QD23-PUB',
    section: '四(一)1',
    summary: '公需科目学习考试合格，按证书或合格通知登记学时，每年不超过 30 学时。',
    status: 'implemented',
    params: ['QD23.pub.cap'],
  },
  {
    id: 'QD23-TRAIN',
    section: '四(一)2',
    summary: '岗位培训、急需紧缺人才培训、高级研修：按实际学时，每天不超过 8 学时，往返和休息除外。',
    status: 'implemented',
    params: ['QD23.train.perDay'],
  },
  {
    id: 'QD23-EVENT',
    section: '四(一)3',
    summary: '学术会议、专题讲座、模拟实训、技术示范、新技术推广：按实际学时，每天不超过 8 学时。',
    status: 'implemented',
    params: ['QD23.event.perDay'],
  },
  {
    id: 'QD23-VISIT',
    section: '四(一)4',
    summary: '主管部门组织的业务进修、出国（境）学习或考察：每项 10 学时。',
    status: 'implemented',
    params: ['QD23.visit.perItem'],
  },
  {
    id: 'QD23-SELF',
    section: '四(二)',
    summary: '自学考试、在职学历教育、课程班：学期内每项每年 10 学时，每年累计不超过 40 学时。',
    status: 'implemented',
    params: ['QD23.self'],
  },
  {
    id: 'QD23-OUTPUT',
    section: '四(三)',
    summary:
      '科研成果（奖励、专利、课题、行业标准）和论文著作：每项（篇、本）10 学时，每年累计不超过 30 学时；同一项目成果不重复计算。',
    status: 'implemented',
    params: ['QD23.output'],
  },
  {
    id: 'QD23-EXPERT',
    section: '四(四)1',
    summary: '受邀专家（服务基层、职称评审、阅卷、技能评价、人才项目评审）：按实际工作时间，每天不超过 8 学时。',
    status: 'implemented',
    params: ['QD23.expert.perDay'],
  },
  {
    id: 'QD23-AID',
    section: '四(四)2',
    summary: '援派，到基层支教、支农、支医、扶贫：每年公需 30、专业 60 学时；不足一年按月份比例。',
    status: 'implemented',
    params: ['QD23.aid'],
  },
  {
    id: 'QD23-QUAL',
    section: '四(四)3',
    summary: '通过全国专业技术类职业资格考试或行业公认的国际注册类考试：每项（注册考试每门课程）16 学时。',
    status: 'implemented',
    params: ['QD23.qual.perItem'],
  },
  {
    id: 'QD23-LEAVE',
    section: '四(四)4',
    summary:
      '经单位批准：年度内公派境外工作超过 6 个月、伤病假超过 6 个月、女职工产假，每年公需 30、专业 60 学时；不足一年按月份比例。',
    status: 'implemented',
    params: ['QD23.leave', 'QD23.leave.moreThanMonths'],
  },
  {
    id: 'QD23-FL',
    section: '四(五)',
    summary:
      '职称外语成绩 60 分及以上：A、B、C 级分别认定当年公需 30、20、10 学时；计算机考试每个模块认定当年公需 5 学时。',
    status: 'implemented',
    params: ['QD23.fl.hours', 'QD23.fl.passScore', 'QD23.pc.perModule'],
  },
  {
    id: 'QD23-COVID',
    section: '四(六)1',
    summary: '参加新冠肺炎防控一线的，视同完成当年继续教育学时。',
    status: 'implemented',
  },
  {
    id: 'QD23-OWNRULES',
    section: '四(六)2',
    summary: '中小学教师、会计人员、社会工作者，省级及以上主管部门有规定的从其规定。',
    status: 'not-a-calculation',
    reason: '转引其他主管部门的规定，本通知没有这些人员的数字；核算时对这类人员给出提示。',
  },
  {
    id: 'QD23-MENTOR',
    section: '六(二)',
    summary: '继续教育导师制：项目结束、完成绩效评估后登记继续教育学时。',
    status: 'not-a-calculation',
    reason: '通知没有给出学时数。',
  },
  {
    id: 'QD23-ONLINE',
    section: '三(二)3',
    summary: '行业主管部门、继续教育基地或学习平台的线上学习（专业课）：按平台证书学时计。',
    status: 'implemented',
    projectAddition: true,
  },
  {
    id: 'QD23-OTHER',
    section: '四(四)5',
    summary: '其他可折算学时的，根据市人社部门年度继续教育工作通知认定。',
    status: 'implemented',
    projectAddition: true,
  },
];
