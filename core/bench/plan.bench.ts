// `pnpm bench`: 怎样补齐 (planShortfalls) on ledgers of 0, 100 and 500 activities; it evaluates the ledger
// once per candidate item, so its time grows with the ledger. Figures are printed, not asserted.
import { test } from 'vitest';
import { getPolicy, type Ledger, parseLedger, planShortfalls } from '../src/index.ts';

function ledger(n: number): Ledger {
  const activities = Array.from({ length: n }, (_, i) => ({
    id: `b${i}`,
    kind: 'online-course',
    title: `课程 ${i}`,
    category: i % 3 ? 'professional' : 'public',
    hours: 0.1,
    date: `2023-${String((i % 12) + 1).padStart(2, '0')}-15`,
  }));
  const r = parseLedger({ formatVersion: 1, profile: { notice: 'QD23' }, activities });
  if (!r.ok) throw new Error('bad ledger');
  return r.ledger;
}

test('planShortfalls QD23 2023: 0 / 100 / 500 activities', async ({ bench }) => {
  for (const n of [0, 100, 500]) {
    const l = ledger(n);
    const result = await bench(`plan ${n}`, () => {
      planShortfalls(getPolicy('QD23'), l, { kind: 'year', year: 2023 }, { today: '2026-12-02' });
    }).run();
    console.info(`plan QD23 2023, ${String(n).padStart(3)} activities: median ${result.latency.p50.toFixed(1)} ms`);
  }
});
