/** 各通知的条款（政策页面、条款覆盖测试用；核算不需要）。 */
import type { ProfileNotice } from '../ledger/schema.ts';
import type { ClauseInfo } from '../policy/types.ts';
import { clauses as LY17 } from './LY17/clauses.ts';
import { clauses as NAT15 } from './NAT15/clauses.ts';
import { clauses as NX19 } from './NX19/clauses.ts';
import { clauses as QD23 } from './QD23/clauses.ts';
import { clauses as QH20 } from './QH20/clauses.ts';
import { clauses as USER } from './USER/clauses.ts';
import { clauses as WH19 } from './WH19/clauses.ts';

export const CLAUSES: Readonly<Record<ProfileNotice | 'NAT15', readonly ClauseInfo[]>> = {
  WH19,
  LY17,
  QD23,
  QH20,
  NX19,
  NAT15,
  USER,
};
