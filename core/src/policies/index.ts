/** 所有通知的注册表。 */
import type { NoticeId, ProfileNotice } from '../ledger/schema.ts';
import type { Policy } from '../policy/types.ts';
import { LY17 } from './LY17/index.ts';
import { NAT15 } from './NAT15/index.ts';
import { NX19 } from './NX19/index.ts';
import { QD23 } from './QD23/index.ts';
import { QH20 } from './QH20/index.ts';
import { USER } from './USER/index.ts';
import { WH19 } from './WH19/index.ts';

export { LY17, NAT15, NX19, QD23, QH20, USER, WH19 };

/** 可选的地区通知（不含国家基准）。 */
export const policies: Readonly<Record<NoticeId, Policy>> = { WH19, LY17, QD23, QH20, NX19 };

/** 全部政策，含国家基准 NAT15（网站的政策页面用）。 */
export const allPolicies: readonly Policy[] = [WH19, LY17, QD23, QH20, NX19, NAT15];

/** 按编号取政策（含 NAT15，以及按自己填写的要求核算的 USER）。 */
export function getPolicy(id: ProfileNotice | 'NAT15'): Policy {
  const p = id === 'NAT15' ? NAT15 : id === 'USER' ? USER : policies[id];
  if (!p) throw new Error(`未知的通知：${id}`);
  return p;
}
