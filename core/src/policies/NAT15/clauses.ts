/**
 * NAT15 的条款：通知段落、白话摘要、所依据的原文（quote）、是否编码及原因、用到的参数。政策页面逐条展示，条款覆盖测试逐条核对。
 * 核算用不到这些文字（计算器按通知下载的规则里不带它们）；核算时要说明的“本项目理解”在 index.ts 的 interpretations。
 *
 * 引文都是 `null`：人社部令第25号的条文不在本项目收到的任何文件里（本文件夹没有 notice.txt），
 * 摘要来自本项目起初的条款清单，无法逐字核对，所以不写引文，也不编造。
 */
import type { ClauseInfo } from '../../policy/types.ts';

export const clauses: readonly ClauseInfo[] = [
  {
    id: 'NAT15-REQ',
    section: '第八条',
    summary: '每年参加继续教育的时间累计不少于 90 学时，其中专业科目一般不少于总学时的三分之二。',
    quote: null,
    status: 'implemented',
    params: ['NAT15.req.total', 'NAT15.req.professional'],
  },
  {
    id: 'NAT15-FORMS',
    section: '第九条',
    summary: '继续教育的形式：培训、研修、进修；相关实践；远程教育；学术会议、讲座、访问；其他符合规定的形式。',
    quote: null,
    status: 'not-a-calculation',
    reason: '只列举继续教育的形式，折算学时由各省规定，本条没有数字。',
  },
];
