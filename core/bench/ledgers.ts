/** 基准测试用的台账：n 条活动，平均分布在 2014—2023 十年，多种活动混合。 */
import { type Ledger, LedgerSchema } from '../src/index.ts';

export function makeLedger(n: number, notice: Ledger['profile']['notice']): Ledger {
  const acts: Record<string, unknown>[] = [];
  let seed = 42;
  // ANSI C rand(): the low bits of this generator repeat with a short period (rnd(8) was always 0,
  // so every activity used to be the same kind); take bits 16–30 as C does.
  const rnd = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed >>> 16) % k;
  };
  for (let i = 0; i < n; i++) {
    const y = 2014 + (i % 10);
    const date = `${y}-${String(1 + rnd(12)).padStart(2, '0')}-${String(1 + rnd(28)).padStart(2, '0')}`;
    const id = `a${i}`;
    switch (rnd(8)) {
      case 0:
        acts.push({ id, kind: 'online-course', title: '公需课', category: 'public', hours: 1 + rnd(10), date });
        break;
      case 1:
        acts.push({ id, kind: 'online-course', title: '专业课', category: 'professional', hours: 1 + rnd(20), date });
        break;
      case 2:
        acts.push({ id, kind: 'training', format: 'training', days: 1 + rnd(3), hours: 4 + rnd(20), date });
        break;
      case 3:
        acts.push({ id, kind: 'paper', paperType: 'paper', date, resultGroup: `r${rnd(50)}` });
        break;
      case 4:
        acts.push({ id, kind: 'patent', patentType: 'invention', rank: 1 + rnd(9), date });
        break;
      case 5:
        acts.push({ id, kind: 'public-certificate', hours: 10, date });
        break;
      case 6:
        acts.push({ id, kind: 'mentoring', days: 1 + rnd(4), date });
        break;
      default:
        acts.push({ id, kind: 'computer-exam', date });
    }
  }
  return LedgerSchema.parse({
    formatVersion: 1,
    profile: { notice, currentTitle: { level: 'intermediate', since: 2014 } },
    activities: acts,
  });
}
