/**
 * 通知目录与按需载入。
 *
 * 网站计算器只载入用户所选通知的规则（每份通知一个文件）；选择通知的界面只需要目录里的出处。
 * 命令行、扩展和测试用 `./index.ts` 的注册表，一次载入全部。
 */
import type { ProfileNotice } from '../ledger/schema.ts';
import type { NoticeHeader, Policy } from '../policy/types.ts';
import { header as LY17 } from './LY17/header.ts';
import { header as NAT15 } from './NAT15/header.ts';
import { header as NX19 } from './NX19/header.ts';
import { header as QD23 } from './QD23/header.ts';
import { header as QH20 } from './QH20/header.ts';
import { header as USER } from './USER/header.ts';
import { header as WH19 } from './WH19/header.ts';

/** 各通知的出处（地区、标题、文号、发文机关、日期），按 NOTICE_IDS 的顺序，最后是国家基准。 */
export const NOTICE_HEADERS: Readonly<Record<ProfileNotice | 'NAT15', NoticeHeader>> = {
  WH19,
  LY17,
  QD23,
  QH20,
  NX19,
  NAT15,
  USER,
};

/** 载入一份通知的规则。动态导入让打包工具把每份通知放进单独的文件。 */
export function loadPolicy(id: ProfileNotice | 'NAT15'): Promise<Policy> {
  switch (id) {
    case 'WH19':
      return import('./WH19/index.ts').then((m) => m.WH19);
    case 'LY17':
      return import('./LY17/index.ts').then((m) => m.LY17);
    case 'QD23':
      return import('./QD23/index.ts').then((m) => m.QD23);
    case 'QH20':
      return import('./QH20/index.ts').then((m) => m.QH20);
    case 'NX19':
      return import('./NX19/index.ts').then((m) => m.NX19);
    case 'USER':
      return import('./USER/index.ts').then((m) => m.USER);
    case 'NAT15':
      // 核算器静态引用的只是 NAT15 的数字（NAT15/params.ts）；政策对象（说明文字）和各地通知一样按需载入。
      return import('./NAT15/index.ts').then((m) => m.NAT15);
    default:
      return Promise.reject(new Error(`未知的通知：${String(id)}`));
  }
}
