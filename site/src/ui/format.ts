/** 数字与文字的显示格式（学时最多两位小数）。 */
export function fmtHours(h: number): string {
  if (Number.isInteger(h)) return String(h);
  return h.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

/** 条款链接：给定站点根地址时链接到政策页的锚点；没有根地址（如离线面板）时不链接。 */
export type ClauseHref = (clauseId: string) => string | undefined;

/** 政策页的路径：`/policy/qd23/#QD23-REQ`。 */
export function policyPath(noticeId: string): string {
  return `/policy/${noticeId.toLowerCase()}/`;
}

/** `base` 为站点根地址（'' 表示同一站点，'https://…' 表示公开网站，null 表示不链接）。 */
export function clauseHrefFor(base: string | null | undefined): ClauseHref {
  if (base === null || base === undefined) return () => undefined;
  const root = base.replace(/\/$/, '');
  return (id) => {
    const notice = id.split('-')[0];
    // 自己填写的要求（USER-…）没有政策页：编号照写，不链接。
    if (!notice || notice === 'USER') return undefined;
    return `${root}${policyPath(notice)}#${id}`;
  };
}
