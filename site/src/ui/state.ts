/** 计算器的状态：个人资料、活动、查询；与台账文件互相转换。 */
import {
  type Activity,
  defaultQuery,
  LEDGER_FORMAT_VERSION,
  type Ledger,
  type Profile,
  type ProfileNotice,
  type Query,
} from './core.ts';

export interface CalcState {
  profile: Profile;
  activities: Activity[];
  query: Query;
  /** 导入文件中附带的“分享时的结果”；用户改动任何内容后丢弃。 */
  sharedResult?: Ledger['sharedResult'];
}

export function emptyState(notice: ProfileNotice = 'QD23', year = new Date().getFullYear()): CalcState {
  return { profile: { notice, doctorate: false }, activities: [], query: { kind: 'year', year } };
}

/** 状态 → 台账（导出、分享、核算都用它）。 */
export function toLedger(s: CalcState): Ledger {
  const ledger: Ledger = { formatVersion: LEDGER_FORMAT_VERSION, profile: s.profile, activities: s.activities };
  if (s.sharedResult) ledger.sharedResult = s.sharedResult;
  return ledger;
}

/** 申报查询时把级别、年度写进个人资料，导出的文件打开时回到同一查询。 */
export function withQueryInProfile(s: CalcState): CalcState {
  if (s.query.kind !== 'application') return s;
  return { ...s, profile: { ...s.profile, applyingFor: s.query.level, applicationYear: s.query.year } };
}

/** 台账 → 状态（导入文件时）。 */
export function fromLedger(ledger: Ledger, fallbackYear = new Date().getFullYear()): CalcState {
  const s: CalcState = {
    profile: ledger.profile,
    activities: ledger.activities,
    query: defaultQuery(ledger, fallbackYear),
  };
  if (ledger.sharedResult) s.sharedResult = ledger.sharedResult;
  return s;
}

/** 保存与分享用的形式：台账（含查询）。 */
export interface Snapshot {
  ledger: unknown;
  query: unknown;
}

export function snapshot(s: CalcState): Snapshot {
  return { ledger: toLedger(s), query: s.query };
}

/** 从保存或分享的内容恢复；内容不合格时给出中文说明。校验按需载入（validation.ts）。 */
export async function restore(snap: unknown): Promise<{ ok: true; state: CalcState } | { ok: false; message: string }> {
  if (typeof snap !== 'object' || snap === null) return { ok: false, message: '内容不是学时通的数据' };
  const { ledger, query } = snap as Partial<Snapshot>;
  const { parseLedger, parseQuery } = await import('./validation.ts');
  const parsed = parseLedger(ledger);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    return { ok: false, message: `数据不合格：${first ? `${first.path || '文件'}：${first.message}` : '未知原因'}` };
  }
  const state = fromLedger(parsed.ledger);
  const q = parseQuery(query);
  if (q.ok) state.query = q.query;
  return { ok: true, state };
}

/** 活动的内容（不含标识，字段顺序无关）：判断“同一条活动”用。 */
function contentKey(a: Activity): string {
  const { id: _id, ...rest } = a as Activity & Record<string, unknown>;
  return JSON.stringify(Object.entries(rest).sort(([x], [y]) => (x < y ? -1 : 1)));
}

/**
 * 合并导入的活动：与已有的内容相同的（标识可以不同）视为同一条，不重复加入；文件里自己内容相同的几条都保留
 * （核心各算一条，如两门相同的 2 学时课程）。标识被占用的，给导入的那条换一个新标识（不丢任何一条）。
 */
export function mergeActivities(
  current: readonly Activity[],
  incoming: readonly Activity[],
): { activities: Activity[]; added: number; same: number } {
  const ids = new Set(current.map((a) => a.id));
  const contents = new Set(current.map(contentKey));
  const out = [...current];
  let same = 0;
  for (const a of incoming) {
    if (contents.has(contentKey(a))) {
      same++;
      continue;
    }
    let id = a.id;
    for (let n = 2; ids.has(id); n++) id = `${a.id}-${n}`;
    ids.add(id);
    out.push(id === a.id ? a : { ...a, id });
  }
  return { activities: out, added: out.length - current.length, same };
}
