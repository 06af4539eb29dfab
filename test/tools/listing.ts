// `pnpm listing`: the stores' listing material, rebuilt from the project, in release/<version>/store/:
//   description-short.zh-CN.txt, description-long.zh-CN.txt — from store/listing.md (the one source, kept in git),
//     checked against the stores' limits and for the promises the listing must state;
//   screenshot-{1-popup,2-dashboard,3-calculator}.png (1280×800) and icon-{16,32,48,128,300}.png — taken in Chromium
//     by test/e2e/store-listing.e2e.ts on the fixtures, from the built extension and site.
// Generated pictures go under release/ (ignored by git) so they never bloat the history; `pnpm release` runs this too.
// `--no-build` skips building the extension and the site first (release has just built them).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './paths.ts';

const pnpm = ['-y', 'pnpm@10.34.9'];
export const LISTING_SOURCE = join(repoRoot, 'store', 'listing.md');

/**
 * What the stores take: Chrome's summary at most 132 characters (Firefox allows 250); a long description of
 * at least 250 (Edge) and at most 10,000 (Edge; Chrome allows 16,000).
 */
const LIMITS = { short: { max: 132 }, long: { min: 250, max: 10_000 } };
/** Said plainly in both texts: read-only, never studies for you, nothing leaves the device. */
const MUST_SAY = ['只读', '不刷课', '浏览器里'];

export interface Listing {
  short: string;
  long: string;
}

/** The text under “## <heading>” up to the next “## ”. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`store/listing.md 缺少“## ${heading}”一节`);
  const body = text.slice(start + heading.length + 5);
  const next = body.indexOf('\n## ');
  return (next < 0 ? body : body.slice(0, next)).trim();
}

/** Reads store/listing.md and checks it; every problem is named, none is fixed silently. */
export function readListing(source = readFileSync(LISTING_SOURCE, 'utf8')): Listing {
  const listing = { short: section(source, '简短说明'), long: section(source, '详细说明') };
  const problems: string[] = [];
  const length = (s: string) => [...s].length;
  if (listing.short.includes('\n')) problems.push('简短说明应为一段，不能换行');
  if (length(listing.short) > LIMITS.short.max)
    problems.push(`简短说明 ${length(listing.short)} 个字符，Chrome 最多 ${LIMITS.short.max} 个`);
  if (length(listing.long) < LIMITS.long.min || length(listing.long) > LIMITS.long.max)
    problems.push(`详细说明 ${length(listing.long)} 个字符，应在 ${LIMITS.long.min}–${LIMITS.long.max} 之间（Edge）`);
  for (const [name, text] of Object.entries(listing))
    for (const phrase of MUST_SAY)
      if (!text.includes(phrase)) problems.push(`${name === 'short' ? '简短' : '详细'}说明没有写“${phrase}”`);
  if (problems.length) throw new Error(`store/listing.md 不合要求：\n  ${problems.join('\n  ')}`);
  return listing;
}

/** Chrome shows the manifest's description as the listing's summary (test/unit/listing.test.ts keeps them equal). */
export function manifestDescription(): string | undefined {
  const path = join(repoRoot, 'extension', 'public', '_locales', 'zh_CN', 'messages.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { extDescription?: { message: string } }).extDescription?.message;
}

function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
}

/** Writes the listing material into `out` (emptied first); returns the files written. */
export function writeListing(out: string): string[] {
  const listing = readListing();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'description-short.zh-CN.txt'), `${listing.short}\n`);
  writeFileSync(join(out, 'description-long.zh-CN.txt'), `${listing.long}\n`);
  run('node', ['test/tools/ensure-chromium.ts']);
  run(
    'npx',
    [
      ...pnpm,
      '--filter',
      '@xueshi/test',
      'exec',
      'vitest',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      'e2e/store-listing.e2e.ts',
    ],
    { XUESHI_STORE_OUT: out },
  );
  return readdirSync(out).sort();
}

if (import.meta.main) {
  const version: string = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
  const out = join(repoRoot, 'release', version, 'store');
  if (!process.argv.includes('--no-build')) run('npx', [...pnpm, 'build']);
  const written = writeListing(out);
  console.log(`\n商店材料已写入 ${relative(repoRoot, out)}/：`);
  for (const f of written) console.log(`  ${f}（${statSync(join(out, f)).size} 字节）`);
}
