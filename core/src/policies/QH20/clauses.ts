/**
 * QH20 的条款：通知段落、白话摘要、是否编码及原因、用到的参数。政策页面逐条展示，条款覆盖测试逐条核对。
 * 核算用不到这些文字（计算器按通知下载的规则里不带它们）；核算时要说明的“本项目理解”在 index.ts 的 interpretations。
 */
import type { ClauseInfo } from '../../policy/types.ts';

export const clauses: readonly ClauseInfo[] = [
  {
    id: 'QH20-REQ',
    section: '四(一)',
    summary: '2020 年须在年内完成不少于 135 学时，其中公需科目不少于 45 学时、专业科目不少于 90 学时。',
    status: 'implemented',
    params: ['QH20.req'],
  },
  {
    id: 'QH20-TITLE',
    section: '四(二)1',
    summary:
      '评审类：初级须有当年或上一年的学时；中级至少近 3 年；高级（含正高级）至少近 4 年；取得博士学位且已有副高级、申报正高级的至少近 2 年。',
    status: 'implemented',
    params: ['QH20.title.years'],
  },
  {
    id: 'QH20-RECOGNIZE',
    section: '四(二)2',
    summary: '认定类：须有认定当年或上一年的继续教育学时。',
    status: 'implemented',
    params: ['QH20.recognize.years'],
  },
  {
    id: 'QH20-SWITCH',
    section: '四(二)3',
    summary: '转系列：须有当年或上一年与拟转换专业相同相近的专业课学时。',
    status: 'implemented',
    params: ['QH20.switch.years'],
  },
  {
    id: 'QH20-ONLINE',
    section: '五(一)、五(二)1',
    summary: '公需科目和网络专业课程按完成的课程时长（学时）认定。',
    status: 'implemented',
  },
  {
    id: 'QH20-TRAIN',
    section: '五(二)2(1)',
    summary: '各级部门组织的业务培训进修：按主办、承办单位文件明确的学时；不明确的每天 7 学时，在途时间不计。',
    status: 'implemented',
    params: ['QH20.train.perDay'],
  },
  {
    id: 'QH20-ABROAD',
    section: '五(二)2(2)',
    summary: '国（境）外培训：按实际培训天数或学时认定，每天 7 学时，在途时间不计。',
    status: 'implemented',
    params: ['QH20.abroad.perDay'],
  },
  {
    id: 'QH20-BASE',
    section: '五(二)2(3)',
    summary: '继续教育基地组织的专业课程培训：按报备审定的培训学时。',
    status: 'implemented',
  },
  {
    id: 'QH20-DEGREE',
    section: '五(二)3(1)',
    summary: '2020 年起，取得高一级学历、第二学历或学位证书当年，一次性折算专业科目全部学时。',
    status: 'implemented',
    params: ['QH20.self.from'],
  },
  {
    id: 'QH20-QUAL',
    section: '五(二)3(2)',
    summary: '2020 年起，参加全国统一组织的专业技术类职业（执业）资格考试，取得合格证书当年折算专业科目全部学时。',
    status: 'implemented',
    params: ['QH20.self.from'],
  },
  {
    id: 'QH20-MENTOR',
    section: '五(二)4',
    summary: '2020 年起，赴企事业单位、基层一线技术带教帮扶：每天 7 学时，全年不超过 30 学时。',
    status: 'implemented',
    params: ['QH20.mentor'],
  },
  {
    id: 'QH20-PROJ',
    section: '五(二)5(1)-(3)',
    summary:
      '任现职期间完成结题的课题（项目）：国家级第一主持人每年 90、其他成员每年 60；省部级 60、30；市州厅（局）级 45、25 学时。',
    status: 'implemented',
    params: ['QH20.proj'],
  },
  {
    id: 'QH20-AWARD',
    section: '五(二)5(4)',
    summary: '任现职期间获国家或青海省科学技术进步奖、省部级哲学社会科学优秀成果奖的，折算任职期间全部专业课程学时。',
    status: 'implemented',
  },
  {
    id: 'QH20-PATENT',
    section: '五(二)5(5)',
    summary:
      '任现职期间每项授权专利，按排序：发明专利 1—3 名 60、4—6 名 50、7 名之后 40 学时；实用新型 50、40、30 学时。',
    status: 'implemented',
    params: ['QH20.patent'],
  },
  {
    id: 'QH20-STANDARD',
    section: '五(二)5(6)',
    summary:
      '任现职期间每项发布实施的标准，按排序（1—3 / 4—6 / 7 名之后）：国家标准 90/80/60，行业标准 80/70/50，省级标准 60/50/40 学时。',
    status: 'implemented',
    params: ['QH20.standard'],
  },
  {
    id: 'QH20-REPORT',
    section: '五(二)5(7)',
    summary:
      '本人主持的专题调研报告得到省委、政府领导肯定性批示的每篇 60 学时；省委政府组成部门或市州主要领导批示的 30 学时。',
    status: 'implemented',
    params: ['QH20.report'],
  },
  {
    id: 'QH20-COVID',
    section: '五(三)',
    summary:
      '参加新冠肺炎疫情防控一线工作的卫生专业技术人员（由省卫生健康委确定），视同完成当年公需课和专业课全部学时。',
    status: 'implemented',
    params: ['QH20.covid.year'],
  },
  {
    id: 'QH20-MAKEUP',
    section: '七(六)',
    summary: '2020 年内完成的线上公需、专业学时纳入 2020 年档案；审验时多学部分可分散在 2017、2018、2019 年度使用。',
    status: 'implemented',
    params: ['QH20.makeup.years'],
  },
  {
    id: 'QH20-DEADLINE',
    section: '八',
    summary: '申报职称的人员须在申报前完成；其余人员须在 2020 年 11 月底前完成当年培训；学时审验在 12 月 15 日前完成。',
    status: 'implemented',
    params: ['QH20.deadline'],
  },
  {
    id: 'QH20-ACCOUNTANT',
    section: '二',
    summary: '会计人员按省财政厅《青海省会计专业技术人员继续教育实施办法》参加继续教育。',
    status: 'not-a-calculation',
    reason: '会计人员的要求在青财会字〔2019〕1001号中，本通知没有数字；核算时对会计人员给出提示。',
  },
];
