/** 全部条款的白话摘要（条款编号 → 摘要），政策页面和条款覆盖测试用。 */
import { summaries as LY17 } from './LY17/summaries.ts';
import { summaries as NAT15 } from './NAT15/summaries.ts';
import { summaries as NX19 } from './NX19/summaries.ts';
import { summaries as QD23 } from './QD23/summaries.ts';
import { summaries as QH20 } from './QH20/summaries.ts';
import { summaries as WH19 } from './WH19/summaries.ts';

export const CLAUSE_SUMMARIES: Readonly<Record<string, string>> = {
  ...WH19,
  ...LY17,
  ...QD23,
  ...QH20,
  ...NX19,
  ...NAT15,
};
