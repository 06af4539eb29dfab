/**
 * Which notice a person probably follows, from the platform sites they read (issue 12): only
 * where the site names its region beyond doubt. Anything else, or sites of two regions, is asked.
 */
import type { NoticeId } from '@xueshi/core';

// sdwh-gxk.yxlearning.com / sdwh.yxlearning.com: 山东 威海 (the 威海 notice names sdwh.yxlearning.com);
// nxzj.chinahrt.com: 宁夏 专技; qhjjglpt.com: 青海 继续教育管理平台 (the 青海 notice's platform).
const BY_LABEL: Record<string, NoticeId> = { sdwh: 'WH19', nxzj: 'NX19', qhjjglpt: 'QH20' };

export function suggestNotice(hosts: readonly string[]): NoticeId | null {
  const found = new Set<NoticeId>();
  for (const host of hosts) {
    for (const label of host.toLowerCase().split(/[.-]/)) {
      const notice = BY_LABEL[label];
      if (notice) found.add(notice);
    }
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
