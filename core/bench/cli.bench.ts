// `pnpm bench`: the HR batch (issue 11, points 2 and 3c) — 2,000 exported files of 100 activities each,
// checked end to end by the command line as HR staff run it (`node bin/xueshi.js check --csv …`, the compiled CLI:
// process start, reading, validating, evaluating, writing the CSV). Budget: at least 1,000 files per second;
// aim 2,000. Printed, not asserted. The bench compiles core first (`tsc -p tsconfig.build.json`, as `pnpm build`).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'vitest';
import { NOTICE_IDS } from '../src/index.ts';
import { makeLedger } from './ledgers.ts';

const CORE = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(CORE, 'bin/xueshi.js');
const FILES = 2_000;
const RUNS = 5;

/** 2,000 files, the five notices in turn, each applying for a title so the whole review window is evaluated. */
function writeFiles(dir: string): string[] {
  const ledgers = NOTICE_IDS.map((notice) => makeLedger(100, notice));
  return Array.from({ length: FILES }, (_, i) => {
    const ledger = ledgers[i % ledgers.length];
    const profile = { ...ledger?.profile, name: `员工${i}`, applyingFor: 'associate-senior', applicationYear: 2023 };
    const file = join(dir, `员工${String(i).padStart(4, '0')}.json`);
    writeFileSync(file, JSON.stringify({ ...ledger, profile }, null, 2));
    return file;
  });
}

test(`HR batch: ${FILES} files of 100 activities, end to end through the CLI (--csv)`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'xueshi-hr-bench-'));
  try {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', join(CORE, 'tsconfig.build.json')], { stdio: 'inherit' });
    const files = writeFiles(dir);
    const seconds: number[] = [];
    let rows = 0;
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      // Exit code 1 (some files incomplete) is expected; read stdout either way.
      let out: string;
      try {
        out = execFileSync(process.execPath, [CLI, 'check', '--csv', ...files], {
          maxBuffer: 64 << 20,
          stdio: ['ignore', 'pipe', 'ignore'],
        }).toString();
      } catch (e) {
        out = String((e as { stdout?: Buffer }).stdout ?? '');
      }
      seconds.push((performance.now() - t0) / 1000);
      rows = out.trimEnd().split('\n').length - 1;
    }
    seconds.sort((a, b) => a - b);
    const median = seconds[Math.floor(RUNS / 2)] ?? 0;
    const rate = FILES / median;
    console.info(
      `HR batch: ${FILES} files × 100 activities, ${rows} CSV rows; median of ${RUNS} runs ${median.toFixed(2)} s ` +
        `(${seconds.map((s) => s.toFixed(2)).join(' / ')} s) = ${Math.round(rate)} files/s ` +
        `(budget ≥ 1000: ${rate >= 1000 ? 'ok' : 'UNDER'}; aim 2000: ${rate >= 2000 ? 'met' : 'not yet'})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 600_000);
