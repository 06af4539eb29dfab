/**
 * 核算结果的指纹：重构核算器前后各跑一次，SHA-256 相同即输出逐字节相同。
 *
 * 覆盖：scenarios/、examples/、基准台账（各通知 1k），以及 fast-check 按固定种子生成的随机台账
 * （每份配几种查询、带解释和只算数字各一次、几种个人资料）。核算截止日期固定，结果不随运行日期变化。
 *
 * 用法：node scripts/hash-results.ts [随机台账份数，默认 3000]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { makeLedger } from '../bench/ledgers.ts';
import { type Evaluation, evaluate, type Ledger, NOTICE_IDS, parseLedger, type QueryInput } from '../src/index.ts';
import { ScenarioSchema } from '../src/scenario.ts';
import { activity, notice, query, toLedger } from '../test/arbitrary.ts';

const AS_OF = '2026-12-01';
const root = join(import.meta.dirname, '..');
const hash = createHash('sha256');
let results = 0;

function add(ledger: Ledger, q: QueryInput): void {
  for (const trace of [true, false]) {
    let ev: Evaluation | string;
    try {
      ev = evaluate(ledger, { ...q, asOf: AS_OF }, { trace });
    } catch (e) {
      ev = `threw: ${(e as Error).message}`;
    }
    hash.update(JSON.stringify(ev));
    results++;
  }
}

for (const f of readdirSync(join(root, 'scenarios')).sort()) {
  const s = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'scenarios', f), 'utf8')));
  const r = parseLedger(s.ledger);
  if (r.ok) add(r.ledger, s.query);
}
for (const f of readdirSync(join(root, 'examples'))
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  const r = parseLedger(JSON.parse(readFileSync(join(root, 'examples', f), 'utf8')));
  if (!r.ok) continue;
  add(r.ledger, { kind: 'year', year: 2019 });
  if (r.ledger.sharedResult) add(r.ledger, r.ledger.sharedResult.query);
  const p = r.ledger.profile;
  if (p.applyingFor && p.applicationYear)
    add(r.ledger, { kind: 'application', level: p.applyingFor, year: p.applicationYear });
}
for (const n of NOTICE_IDS) {
  const l = makeLedger(1000, n);
  add(l, { kind: 'year', year: 2019 });
  add(l, { kind: 'application', level: 'associate-senior', year: 2020 });
}
const profiles = [
  {},
  { currentTitle: { level: 'intermediate', since: 2016 }, affiliation: 'city', doctorate: true },
  {
    currentTitle: { level: 'associate-senior', since: 2019 },
    term: { firstYear: 2015, lastYear: 2019 },
    sector: 'health',
  },
];
const routes = ['review', 'appointment', 'recognition', 'switch'] as const;
const count = Number(process.argv[2] ?? 3000);
const samples = fc.sample(
  fc.record({ n: notice, acts: fc.array(activity, { maxLength: 40 }), q: query, p: fc.nat(2), r: fc.nat(3) }),
  { numRuns: count, seed: 20261202 },
);
for (const { n, acts, q, p, r } of samples) {
  const ledger = toLedger(n, acts, profiles[p]);
  add(ledger, q.kind === 'application' ? { ...q, route: routes[r] } : q);
  add(ledger, { kind: 'year', year: 2020 });
}
console.log(`${results} results, sha256 ${hash.digest('hex')}`);
