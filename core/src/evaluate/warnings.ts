import type { EvalWarning } from '../policy/types.ts';

/** 核算中的提示：同一提示（种类、条款、文字都相同）只列一次，附上涉及的活动。 */
export class Warnings {
  /**
   * 按文字分组，再比较种类和条款：大台账里每条活动都可能提示一次，
   * 不为每次提示拼接一个“种类|条款|文字”的键。
   */
  private readonly byMessage = new Map<string, EvalWarning[]>();
  private readonly all: EvalWarning[] = [];
  add(w: Omit<EvalWarning, 'activityIds'>, activityId?: string): void {
    let same = this.byMessage.get(w.message);
    if (!same) {
      same = [];
      this.byMessage.set(w.message, same);
    }
    let cur = same.find((x) => x.code === w.code && sameList(x.clauses, w.clauses));
    if (!cur) {
      cur = { ...w };
      same.push(cur);
      this.all.push(cur);
    }
    if (activityId !== undefined) {
      if (!cur.activityIds) cur.activityIds = [];
      cur.activityIds.push(activityId);
    }
  }
  list(): EvalWarning[] {
    return [...this.all];
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}
