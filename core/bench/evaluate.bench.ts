// `pnpm bench`: evaluate ledgers of 1k, 10k and 100k activities over ten years and print the figures.
// Budget (issue 3): 10k activities under 20 ms median; 100k within 12x of 10k (linear growth).
// Figures are printed, not asserted: a benchmark is not a timed test.
import { test } from 'vitest';
import { evaluate } from '../src/index.ts';
import { makeLedger } from './ledgers.ts';

const SIZES = [1_000, 10_000, 100_000] as const;

for (const notice of ['QD23', 'QH20'] as const) {
  test(`evaluate ${notice}: ten years (2014-2023), ${SIZES.join(' / ')} activities`, async ({ bench }) => {
    const query =
      notice === 'QD23'
        ? ({ kind: 'application', level: 'associate-senior', year: 2023 } as const)
        : ({ kind: 'application', level: 'associate-senior', year: 2020 } as const);
    for (const trace of [true, false]) {
      const label = trace ? 'with trace' : 'figures only (trace: false)';
      const medians: number[] = [];
      for (const n of SIZES) {
        const ledger = makeLedger(n, notice);
        const result = await bench(`${notice} ${n} ${label}`, () => {
          evaluate(ledger, query, { trace });
        }).run();
        const { p50, mean } = result.latency;
        medians.push(p50);
        console.info(
          `${notice} ${label}: ${String(n).padStart(6)} activities: median ${p50.toFixed(2)} ms, mean ${mean.toFixed(2)} ms`,
        );
      }
      const [, m10k = 0, m100k = 0] = medians;
      console.info(
        `${notice} ${label}: 10k median ${m10k.toFixed(2)} ms (budget 20 ms: ${m10k < 20 ? 'ok' : 'OVER'}); ` +
          `100k / 10k = ${(m100k / m10k).toFixed(1)}x (budget 12x: ${m100k / m10k <= 12 ? 'ok' : 'OVER'})`,
      );
    }
  });
}

// Steady state: evaluate each size repeatedly until one million activities have been evaluated, so that
// garbage collection is paid in full at every size. Linear growth shows as a constant cost per activity.
test('steady-state cost per activity (1,000,000 activities per size, with trace)', () => {
  for (const notice of ['QD23', 'QH20'] as const) {
    const query = { kind: 'application', level: 'associate-senior', year: notice === 'QD23' ? 2023 : 2020 } as const;
    const perActivity: number[] = [];
    for (const n of SIZES) {
      const ledger = makeLedger(n, notice);
      evaluate(ledger, query);
      const t0 = performance.now();
      for (let done = 0; done < 1_000_000; done += n) evaluate(ledger, query);
      perActivity.push(((performance.now() - t0) * 1000) / 1_000_000);
    }
    console.info(
      `${notice} steady state: ${SIZES.map((n, i) => `${n}: ${(perActivity[i] ?? 0).toFixed(2)} µs/activity`).join(', ')}`,
    );
  }
}, 600_000);
