import { evaluate } from '../src/index.ts';
import { makeLedger } from './ledgers.ts';
const notice = (process.argv[2] ?? 'QD23') as 'QD23';
const trace = process.argv[3] !== 'fig';
const query = notice === 'QD23' ? { kind: 'application', level: 'associate-senior', year: 2023 } as const : { kind: 'application', level: 'associate-senior', year: 2020 } as const;
const med: number[] = [];
for (const n of [10_000, 100_000]) {
  const ledger = makeLedger(n, notice);
  for (let i = 0; i < 5; i++) evaluate(ledger, query, { trace });
  const ts: number[] = [];
  const t1 = performance.now();
  while (performance.now() - t1 < 3000 && ts.length < 200) { const t0 = performance.now(); evaluate(ledger, query, { trace }); ts.push(performance.now() - t0); }
  ts.sort((a, b) => a - b);
  const m = ts[ts.length >> 1]!;
  med.push(m);
  console.log(notice, trace ? 'trace' : 'fig', n, 'median', m.toFixed(2), 'min', ts[0]!.toFixed(2), 'n', ts.length);
}
console.log('ratio', (med[1]! / med[0]!).toFixed(1));
