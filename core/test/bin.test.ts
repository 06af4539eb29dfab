import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';

// bin/xueshi.js in a folder of its own, with stand-ins for src/ and dist/ that say which one ran.
const BIN = fileURLToPath(new URL('../bin/xueshi.js', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function layout(opts: { dist: 'none' | 'older' | 'newer' }) {
  const root = mkdtempSync(join(tmpdir(), 'xueshi-bin-'));
  dirs.push(root);
  for (const d of ['bin', 'src/policies', 'dist']) mkdirSync(join(root, d), { recursive: true });
  copyFileSync(BIN, join(root, 'bin/xueshi.js'));
  writeFileSync(join(root, 'src/cli.ts'), "const from: string = 'source';\nconsole.log(from);\n");
  writeFileSync(join(root, 'src/policies/rules.ts'), 'export const x: number = 1;\n');
  const sourceTime = new Date('2026-12-03T08:00:00Z');
  utimesSync(join(root, 'src/cli.ts'), sourceTime, new Date('2026-12-01T00:00:00Z'));
  // The newest source is deep in src/: a changed rule, not the entry point.
  utimesSync(join(root, 'src/policies/rules.ts'), sourceTime, sourceTime);
  if (opts.dist !== 'none') {
    writeFileSync(join(root, 'dist/cli.js'), "console.log('dist');\n");
    const t = new Date(opts.dist === 'newer' ? '2026-12-03T09:00:00Z' : '2026-12-02T16:53:00Z');
    utimesSync(join(root, 'dist/cli.js'), t, t);
  }
  return join(root, 'bin/xueshi.js');
}

const run = (bin: string, nodeFlags: string[] = []) =>
  spawnSync(process.execPath, [...nodeFlags, bin], { encoding: 'utf8' });

describe('bin/xueshi.js: never the rules as they were', () => {
  test('dist/ built after the last change of src/: the compiled CLI runs', () => {
    const r = run(layout({ dist: 'newer' }));
    expect(r.stdout.trim()).toBe('dist');
  });

  test('a rule changed after dist/ was built (a pull without a rebuild): the sources run', () => {
    const r = run(layout({ dist: 'older' }));
    expect(r.stdout.trim()).toBe('source');
  });

  test('never built: the sources run', () => {
    expect(run(layout({ dist: 'none' })).stdout.trim()).toBe('source');
  });

  test('stale dist/ on a Node that cannot run TypeScript: exit 2, and says to rebuild', () => {
    const r = run(layout({ dist: 'older' }), ['--no-experimental-strip-types']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('编译结果比源代码旧');
    expect(r.stderr).toContain('--filter @xueshi/core build');
  });
});
