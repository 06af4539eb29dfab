// Adds up the JSON reports of every vitest run of `pnpm test` into one closing line,
// "tests: N passed, N failed, N skipped", which CI reads. `--reset` forgets earlier runs.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

const REPORT = '.vitest-report.json';
const reports = ['core', 'extension', 'site', 'test'].flatMap((dir) =>
  [REPORT, '.vitest-e2e-report.json'].map((name) => join(repoRoot, dir, name)),
);

if (process.argv.includes('--reset')) {
  for (const file of reports) rmSync(file, { force: true });
  process.exit(0);
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports.filter((f) => existsSync(f))) {
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
