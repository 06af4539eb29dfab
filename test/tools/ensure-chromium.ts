// The end-to-end tests need Debian's Chromium and a CJK font (so screenshots show Chinese, not boxes).
// Like Playwright's install-deps, this installs them when it can, and otherwise stops with the exact
// command: it never lets the browser tests be skipped silently.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-noto-cjk'];
const COMMAND = `apt-get update && apt-get install -y ${PACKAGES.join(' ')}`;

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

if (existsSync(CHROMIUM) && hasCjkFont()) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `端到端测试需要 Chromium 和中文字体。请运行 (the e2e tests need Chromium and a CJK font; run):\n\n  sudo sh -c '${COMMAND}'\n`,
  );
  process.exit(1);
}
console.log(`Installing Debian packages for the browser tests: ${PACKAGES.join(', ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', ...PACKAGES]]) {
  const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed; run it by hand: ${COMMAND}`);
    process.exit(1);
  }
}
if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is still missing after installing ${PACKAGES.join(', ')}.`);
  process.exit(1);
}
