#!/usr/bin/env node
// Runs the compiled CLI (`pnpm --filter @xueshi/core build` writes dist/): it starts ~0.2 s sooner
// than the TypeScript sources, which matters to a batch of files. But a dist/ older than the
// sources (a `git pull` without a rebuild) would answer with the rules as they were: a 完成 that
// the current rules no longer give. Then the sources run instead, where this Node strips types
// (22.18 and later), or the user is told to rebuild; old rules never answer.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const srcUrl = new URL('../src/', import.meta.url);
const builtUrl = new URL('../dist/cli.js', import.meta.url);
const src = fileURLToPath(srcUrl);
const built = fileURLToPath(builtUrl);

function newestSource() {
  let newest = 0;
  for (const f of readdirSync(src, { recursive: true }))
    if (String(f).endsWith('.ts')) newest = Math.max(newest, statSync(src + f).mtimeMs);
  return newest;
}

if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) await import(builtUrl.href);
else if (process.features.typescript) await import(new URL('cli.ts', srcUrl).href);
else {
  console.error(
    `xueshi：${existsSync(built) ? '编译结果比源代码旧（用它核算就是按过去的规则）' : '还没有编译'}。` +
      '请先运行 npx -y pnpm@10.34.9 --filter @xueshi/core build（或用 Node 22.18 以上版本直接运行）。',
  );
  process.exit(2);
}
