// `pnpm bench`: the evaluator's budgets (issue 11, point 3), printed, not asserted — a benchmark is not a timed test.
// (a) a person's ledger: 300 activities over ten years, with trace: median <= 1 ms (aim 0.3 ms);
// (b) figures only (`trace: false`): 10k activities <= 10 ms, 100k within 12x of 10k (linear growth).
// The HR batch through the command line is in cli.bench.ts.
import { test } from 'vitest';
import * as core from '../src/index.ts';
import { makeLedger } from './ledgers.ts';

// A local binding: reading the module's export through its getter inside the timed loop costs time of its own.
const evaluate = core.evaluate;
const NOTICES = ['QD23', 'QH20'] as const;
const queryFor = (notice: (typeof NOTICES)[number]) =>
  ({ kind: 'application', level: 'associate-senior', year: notice === 'QD23' ? 2023 : 2020 }) as const;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');

test("(a) a person's ledger: 300 activities over ten years (2014-2023), with trace", async ({ bench }) => {
  for (const notice of NOTICES) {
    const ledger = makeLedger(300, notice);
    const { p50, mean } = (await bench(`${notice} 300 with trace`, () => evaluate(ledger, queryFor(notice))).run())
      .latency;
    console.info(
      `${notice} 300 activities with trace: median ${p50.toFixed(3)} ms, mean ${mean.toFixed(3)} ms ` +
        `(budget 1 ms: ${verdict(p50 <= 1)}; aim 0.3 ms: ${p50 <= 0.3 ? 'met' : 'not yet'})`,
    );
  }
});

test('(b) figures only (trace: false): 10k and 100k activities over ten years', async ({ bench }) => {
  for (const notice of NOTICES) {
    const medians: number[] = [];
    for (const n of [10_000, 100_000]) {
      const ledger = makeLedger(n, notice);
      const run = () => evaluate(ledger, queryFor(notice), { trace: false });
      const { p50, mean } = (await bench(`${notice} ${n} figures only`, run).run()).latency;
      medians.push(p50);
      console.info(
        `${notice} figures only: ${String(n).padStart(6)} activities: median ${p50.toFixed(2)} ms, mean ${mean.toFixed(2)} ms`,
      );
    }
    const [m10k = 0, m100k = 0] = medians;
    console.info(
      `${notice} figures only: 10k median ${m10k.toFixed(2)} ms (budget 10 ms: ${verdict(m10k <= 10)}); ` +
        `100k / 10k = ${(m100k / m10k).toFixed(1)}x (budget 12x: ${verdict(m100k / m10k <= 12)})`,
    );
  }
});

// Steady state: evaluate each size repeatedly until one million activities have been evaluated, so that
// garbage collection is paid in full at every size. Linear growth shows as a constant cost per activity.
const SIZES = [1_000, 10_000, 100_000] as const;
test('steady-state cost per activity (1,000,000 activities per size, with trace)', () => {
  for (const notice of NOTICES) {
    const query = queryFor(notice);
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
