/**
 * 公需 or 专业, from the evidence (issue 12): the course's own words first, then the platform's
 * own category column, then the host (`gxk` / `zyk`). Where they disagree on equal footing, or
 * nothing says, or the words are 必修 / 选修 (whose relation to 公需 / 专业 nobody has seen,
 * platforms.md), the user chooses. Pure and zod-free: it runs in content scripts and pages.
 */
import type { Category, PlatformRecord } from './contract.ts';

export type CategoryBasis = 'title' | 'column' | 'host';

export interface CategoryDecision {
  category: Category | null;
  /** The evidence that decided; null when nothing did. */
  basis: CategoryBasis | null;
  /** The user must choose (shown in the 待补充 list and the bulk editor). */
  ask: boolean;
  /** A pre-selected choice when asking (weaker evidence), never applied by itself. */
  suggestion?: Category;
  /** Chinese, one line: why it is asked, or which weaker evidence was overruled. */
  note: string | null;
}

export const CATEGORY_TEXT: Record<Category, string> = { public: '公需', professional: '专业' };

/**
 * gxk hosts carry 公需课, zyk hosts 专业课 [seen]; the separator is "-" or ".". Any other host
 * (sdwh.yxlearning.com, hnzj.user.ghlearning.com) is unknown.
 */
export function categoryFromHost(host: string): Category | null {
  const labels = host.toLowerCase().split(/[.-]/);
  const gxk = labels.includes('gxk');
  const zyk = labels.includes('zyk');
  if (gxk === zyk) return null;
  return gxk ? 'public' : 'professional';
}

// 专业 alone is not evidence: 专业技术人员 (the people) appears in public courses' titles.
const PUBLIC_WORDS = /公需/;
const PROFESSIONAL_WORDS = /专业课|专业科目/;
const UNMAPPED_WORDS = /必修|选修/;

export function titleCategory(title: string): { category: Category | null; ask?: 'both' | '必修' | '选修' } {
  const pub = PUBLIC_WORDS.test(title);
  const pro = PROFESSIONAL_WORDS.test(title);
  if (pub && pro) return { category: null, ask: 'both' };
  if (pub || pro) return { category: pub ? 'public' : 'professional' };
  const unmapped = UNMAPPED_WORDS.exec(title)?.[0] as '必修' | '选修' | undefined;
  return unmapped ? { category: null, ask: unmapped } : { category: null };
}

const hostLabel = (c: Category) => (c === 'public' ? 'gxk（公需）' : 'zyk（专业）');

export function decideCategory(e: {
  title: string;
  column?: Category | null;
  host?: Category | null;
}): CategoryDecision {
  const t = titleCategory(e.title);
  const ask = (note: string, suggestion?: Category | null): CategoryDecision => ({
    category: null,
    basis: null,
    ask: true,
    note,
    ...(suggestion ? { suggestion } : {}),
  });
  if (t.ask === 'both') return ask('课程名称同时写有“公需”和“专业”，请选择类别。', e.column ?? e.host);
  if (t.category) {
    if (e.column && e.column !== t.category)
      return ask(
        `课程名称写的是${CATEGORY_TEXT[t.category]}，平台的类别列写的是${CATEGORY_TEXT[e.column]}，两者不一致，请选择。`,
      );
    const overruled = !e.column && e.host && e.host !== t.category;
    return {
      category: t.category,
      basis: 'title',
      ask: false,
      note: overruled
        ? `按课程名称计为${CATEGORY_TEXT[t.category]}科目（网址是 ${hostLabel(e.host as Category)}，与名称不一致）。`
        : null,
    };
  }
  if (e.column) return { category: e.column, basis: 'column', ask: false, note: null };
  if (t.ask) return ask(`课程名称写“${t.ask}”，平台没有说明${t.ask}课对应公需还是专业科目，请选择。`, e.host);
  if (e.host)
    return {
      category: e.host,
      basis: 'host',
      ask: false,
      note: `类别只是按网址 ${hostLabel(e.host)} 推断的，平台没有写明。`,
    };
  return ask('平台没有说明这门课是公需还是专业科目，请选择。');
}

/**
 * The decision for a record as read: what each platform's stored `category` means differs
 * (yxlearning: derived from the host, so the host is re-read instead; generic tables: the
 * table's own category column; chinahrt: nothing). Recomputed on display, so records stored by
 * an older version are decided by the same evidence.
 */
export function evidenceOf(r: Pick<PlatformRecord, 'platform' | 'host' | 'title' | 'category'>): CategoryDecision {
  if (r.platform === 'yxlearning' || r.platform === 'ghlearning')
    return decideCategory({ title: r.title, host: categoryFromHost(r.host) });
  if (r.platform === 'generic') return decideCategory({ title: r.title, column: r.category });
  return decideCategory({ title: r.title });
}
