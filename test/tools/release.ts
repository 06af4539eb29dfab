// `pnpm release`: the full test command, then the packages a store or a web host takes, in release/<version>/:
//   xueshi-<v>-chrome.zip (also for 360 / QQ), xueshi-<v>-edge.zip (the same MV3 package), xueshi-<v>-firefox.zip
//   (after `web-ext lint` finds no errors), xueshi-<v>-sources.zip (Firefox asks for sources), site/ (the static
//   site, ready to copy to any host), CHANGELOG.md (this version's entry), SHA256SUMS (every file above).
// The version comes from one place: the root package.json; the extension's manifest reads it (wxt.config.ts).
// `--skip-tests` only for trying the packaging itself; a release that ships runs the tests.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { readListing, writeListing } from './listing.ts';
import { extensionOutput, repoRoot, siteDist } from './paths.ts';

const pnpm = ['-y', 'pnpm@10.34.9'];
const version: string = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
const out = join(repoRoot, 'release', version);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd: repoRoot, stdio: 'inherit', env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
}

/** 本版本的更新说明：CHANGELOG.md 里 “## <version>” 到下一个 “## ” 之间；没有就停下，不发布。 */
function changelogEntry(): string {
  const text = readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8');
  const start = text.indexOf(`## ${version}`);
  if (start < 0) throw new Error(`CHANGELOG.md 没有 ${version} 的条目：先写好这一版的更新说明（## ${version}）`);
  const next = text.indexOf('\n## ', start + 1);
  return text.slice(start, next < 0 ? undefined : next).trim();
}

/** Firefox 包：web-ext lint 报错就停下（警告照常打印）。 */
function lintFirefox(): void {
  const dir = join(extensionOutput, 'firefox-mv2');
  const json = execFileSync(
    join(repoRoot, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  const report = JSON.parse(json) as {
    summary: { errors: number; warnings: number };
    errors: { code: string; file?: string; message: string }[];
  };
  console.log(`web-ext lint：${report.summary.errors} 个错误，${report.summary.warnings} 个警告`);
  if (report.summary.errors > 0) {
    for (const e of report.errors) console.error(`  ${e.code} ${e.file ?? ''} ${e.message}`);
    throw new Error('Firefox 包没有通过 web-ext lint，不发布');
  }
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const entry = changelogEntry();
readListing(); // the listing's text is checked before the long test run, not after it
// The tests serve the site from the host's root: they run on a root build, and the packages are built
// afterwards for the address asked for (XUESHI_BASE, XUESHI_SITE), which a root build's tests would not find.
if (!process.argv.includes('--skip-tests')) {
  const { XUESHI_BASE: _base, XUESHI_SITE: _site, ...rootEnv } = process.env;
  run('npx', [...pnpm, 'test'], rootEnv);
}
run('npx', [...pnpm, 'build']);
lintFirefox();

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const zip = (browser: string) => join(extensionOutput, `xueshi-${version}-${browser}.zip`);
for (const browser of ['chrome', 'firefox', 'sources']) {
  if (!existsSync(zip(browser))) throw new Error(`找不到 ${zip(browser)}：扩展没有按版本 ${version} 构建`);
  copyFileSync(zip(browser), join(out, `xueshi-${version}-${browser}.zip`));
}
// Edge 加载项商店收 Chrome 的 MV3 包，原样一份，名字写明给 Edge。
copyFileSync(zip('chrome'), join(out, `xueshi-${version}-edge.zip`));
cpSync(siteDist, join(out, 'site'), { recursive: true });
writeFileSync(join(out, 'CHANGELOG.md'), `${entry}\n`);
writeListing(join(out, 'store'));

const sums = files(out)
  .filter((p) => !p.endsWith('SHA256SUMS'))
  .sort()
  .map((p) => `${createHash('sha256').update(readFileSync(p)).digest('hex')}  ${relative(out, p)}`);
writeFileSync(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
console.log(`\n学时通 ${version} 已打包：${relative(repoRoot, out)}/（${sums.length} 个文件，校验和在 SHA256SUMS）`);
