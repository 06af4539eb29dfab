/** 各通知的原文（core/src/policies/<ID>/notice.txt：第一行是说明出处的头，其后是收到的原文）。 */
const texts = import.meta.glob('../../../core/src/policies/*/notice.txt', {
  eager: true,
  query: '?raw',
  import: 'default',
});

export interface NoticeText {
  /** 头一行（发文机关｜文号｜日期｜SHA-256）。 */
  header: string;
  /** 原文。 */
  body: string;
}

export const noticeTexts: ReadonlyMap<string, NoticeText> = new Map(
  Object.entries(texts).map(([path, raw]) => {
    const text = raw as string;
    const nl = text.indexOf('\n');
    const id = /policies\/([^/]+)\/notice\.txt$/.exec(path)?.[1] ?? '';
    return [id, { header: text.slice(0, nl).replace(/^#\s*/, ''), body: text.slice(nl + 1) }];
  }),
);

/** 全文页的路径：`/policy/qd23/text/`。 */
export const textPath = (id: string): string => `/policy/${id.toLowerCase()}/text/`;
