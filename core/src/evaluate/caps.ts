/**
 * 第 3 步：年度上限。同一年、同一上限组、同一类别的学时合计不超过上限，按日期（同日按标识）先后分配，
 * 与活动在文件中的顺序无关。
 *
 * 受上限约束的输出（“上限项”）在各自的上限组里按第一遍遇到的顺序编号；第二次套用规则时按同样的顺序取回。
 * 只存数字：大台账里规则结果若留到后面，会熬过多次新生代回收、被搬进老生代后再死去，耗时随规模超线性增长。
 */
import type { Activity } from '../ledger/schema.ts';
import { round2 } from '../policy/helpers.ts';
import type { RuleOutput } from '../policy/types.ts';

/** 排序用的日期：有日期的用日期，只有年度的用该年最后一天。 */
export function sortKey(a: Activity): string {
  if ('date' in a) return a.date;
  return `${a.year}-12-31`;
}

type Credit = Extract<RuleOutput, { type: 'credit' }>;

/**
 * 一个上限组（同一上限组、同一年、同一类别）的上限项，按第一遍遇到的顺序，每项一个下标。
 * 分组存放而不是全部排成一列：V8 里超过约 16k 项的数组每加一项都慢几十倍，十万条的台账里上限项有几万个。
 */
class Group {
  readonly idx: number[] = [];
  readonly hours: number[] = [];
  readonly limit: number[] = [];
  /** 该输出参与“只计一次”时，它那一项的最优记录（分配时排除重复的）。 */
  readonly best: ({ idx: number } | undefined)[] = [];
  /** 被上限削减的上限项：计入的学时（未削减为 -1）和此前已计的学时。 */
  readonly granted: number[] = [];
  readonly usedBefore: number[] = [];
  /** 第二遍取回到了第几项。 */
  next = 0;
}

export class CapItems {
  /**
   * 上限组：上限组 → 年度 → 类别。
   * 分层而不拼接“组|年|类别”的键：大台账里每个上限项都要找一次它的组。
   */
  private readonly groups = new Map<string, Map<number | 'window', Map<string, Group>>>();

  private group(capId: string, out: Credit): Group {
    const byYear = getOrAdd(this.groups, capId, () => new Map());
    const byCategory = getOrAdd(byYear, out.year, () => new Map());
    return getOrAdd(byCategory, out.category, () => new Group());
  }

  /** 第一遍：记下第 idx 条活动的一个上限项。 */
  add(idx: number, out: Credit, best: { idx: number } | undefined): void {
    const cap = out.cap;
    if (!cap) return;
    const g = this.group(cap.id, out);
    g.idx.push(idx);
    g.hours.push(out.hours);
    g.limit.push(cap.limit);
    g.best.push(best);
    g.granted.push(-1);
    g.usedBefore.push(0);
  }

  /**
   * 再次套用规则时按顺序取回这个上限项的分配结果（不受上限约束的输出为 undefined）：`granted` 为 -1 表示没有被削减。
   * 规则两次给出的上限项对不上时抛错（规则必须是纯函数）。
   */
  take(idx: number, out: Credit): { granted: number; usedBefore: number } | undefined {
    if (!out.cap) return undefined;
    const g = this.group(out.cap.id, out);
    const item = g.next++;
    if (g.idx[item] !== idx) throw new Error('规则不是纯函数');
    return { granted: g.granted[item] as number, usedBefore: g.usedBefore[item] as number };
  }

  /** 分配各上限组；合计未超过上限的组不必排序。 */
  allocate(acts: readonly Activity[]): void {
    for (const g of this.eachGroup()) {
      const counted = (item: number): boolean => g.best[item] === undefined || g.best[item].idx === g.idx[item];
      const items: number[] = [];
      for (let item = 0; item < g.idx.length; item++) if (counted(item)) items.push(item);
      const first = items[0];
      if (first === undefined) continue;
      const limit = g.limit[first] as number;
      let sum = 0;
      for (const item of items) sum += g.hours[item] as number;
      if (round2(sum) > limit) fill(acts, g, items, limit);
    }
  }

  private *eachGroup(): Iterable<Group> {
    for (const byYear of this.groups.values()) for (const byCategory of byYear.values()) yield* byCategory.values();
  }
}

/**
 * 按日期分桶，只给分满之前的那几天按标识排序：分满之后每一条都“不再计入”、此前已计的学时都一样，先后无关。
 * （大台账里一组有上万条，全部排序的开销随规模超线性增长。）
 */
function fill(acts: readonly Activity[], g: Group, items: number[], limit: number): void {
  const byId = (x: number, y: number): number => {
    const ix = (acts[g.idx[x] as number] as Activity).id;
    const iy = (acts[g.idx[y] as number] as Activity).id;
    return ix < iy ? -1 : ix > iy ? 1 : 0;
  };
  const byDate = new Map<string, number[]>();
  for (const item of items) {
    const key = sortKey(acts[g.idx[item] as number] as Activity);
    const bucket = byDate.get(key);
    if (bucket) bucket.push(item);
    else byDate.set(key, [item]);
  }
  let used = 0;
  for (const key of [...byDate.keys()].sort()) {
    const bucket = byDate.get(key) as number[];
    if (round2(limit - used) > 0) bucket.sort(byId);
    for (const item of bucket) {
      const hours = g.hours[item] as number;
      const room = Math.max(0, round2(limit - used));
      if (hours > room) {
        g.granted[item] = room;
        g.usedBefore[item] = round2(used);
      }
      used = round2(used + Math.min(hours, room));
    }
  }
}

/** 表中 key 对应的值，没有时用 make() 新建并放入。 */
function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}
