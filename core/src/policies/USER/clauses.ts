/**
 * USER（其他地区，自己填写的要求）的“条款”：说明学时通怎样使用使用者填写的数字。
 * 没有通知原文，所以没有引文（`quote: null`）；数字都来自使用者填写的要求。
 */
import type { ClauseInfo } from '../../policy/types.ts';

export const clauses: readonly ClauseInfo[] = [
  {
    id: 'USER-REQ',
    section: '个人资料',
    summary:
      '每年的公需、专业（以及选修、合计）要求按使用者填写的数字，可以分几段年度；结果开头写明“按你填写的要求核算”和依据。',
    quote: null,
    status: 'implemented',
  },
  {
    id: 'USER-WINDOW',
    section: '个人资料',
    summary: '申报职称时审验申报年度之前（可含当年）若干年，逐年达标或累计达标，按使用者填写的办法。',
    quote: null,
    status: 'implemented',
  },
  {
    id: 'USER-HOURS',
    section: '个人资料',
    summary:
      '网络课程、证书、载明学时的培训、单位认定的学时按载明的学时计；只有地区折算表才能换算的活动，请单位认定后录入。',
    quote: null,
    status: 'implemented',
  },
];
