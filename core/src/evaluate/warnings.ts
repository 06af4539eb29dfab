import type { EvalWarning } from '../policy/types.ts';

/** 核算中的提示：同一提示（种类、条款、文字都相同）只列一次，附上涉及的活动。 */
export class Warnings {
  private map = new Map<string, EvalWarning>();
  add(w: Omit<EvalWarning, 'activityIds'>, activityId?: string): void {
    const key = `${w.code}|${w.clauses.join(',')}|${w.message}`;
    let cur = this.map.get(key);
    if (!cur) {
      cur = { ...w };
      this.map.set(key, cur);
    }
    if (activityId !== undefined) {
      if (!cur.activityIds) cur.activityIds = [];
      cur.activityIds.push(activityId);
    }
  }
  list(): EvalWarning[] {
    return [...this.map.values()];
  }
}
