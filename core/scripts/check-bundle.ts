/**
 * 浏览器打包检查：只用 parseLedger / parseQuery / parseActivity / ACTIVITY_KINDS / evaluatePolicy / loadPolicy
 * 的页面，打包后不应含有 zod（zod 只在 Node 端生成 JSON Schema 和类型时用）。
 *
 * 用 esbuild（核心的开发依赖）打包，和网站的打包工具一样按 package.json 的 sideEffects 摇树。
 * 用法：`pnpm run check:bundle`。
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

const INDEX = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const GENERATED = fileURLToPath(new URL('../src/ledger/validation.generated.ts', import.meta.url));
const VALIDATE = fileURLToPath(new URL('../src/ledger/validate.ts', import.meta.url));

/** 打包的结果：每个输出文件的大小（压缩前、gzip 后）和是否含有 zod。 */
export interface BundleFile {
  name: string;
  bytes: number;
  gzip: number;
  zod: boolean;
}

function bundle(entry: string, splitting: boolean): BundleFile[] {
  const dir = mkdtempSync(join(tmpdir(), 'xueshi-bundle-'));
  try {
    const file = join(dir, 'entry.ts');
    writeFileSync(file, entry);
    const { outputFiles } = buildSync({
      entryPoints: [file],
      bundle: true,
      minify: true,
      charset: 'utf8',
      format: 'esm',
      splitting,
      outdir: join(dir, 'out'),
      write: false,
      logLevel: 'error',
    });
    return outputFiles.map((o) => ({
      name: basename(o.path),
      bytes: o.contents.length,
      gzip: gzipSync(o.contents, { level: 9 }).length,
      zod: /\$ZodType|ZodError|zod\.dev/.test(o.text),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 计算器页面用到的核心接口，按网站的方式（代码分割）打包。 */
export function browserBundle(): BundleFile[] {
  const names = ['parseLedger', 'parseQuery', 'parseActivity', 'ACTIVITY_KINDS', 'evaluatePolicy', 'loadPolicy'];
  return bundle(
    `import { ${names.join(', ')} } from ${JSON.stringify(INDEX)};\nconsole.log(${names.join(', ')});\n`,
    true,
  );
}

/** 只打包校验器和精简模式，看它们的大小。 */
export function validatorBundle(): BundleFile {
  return bundle(
    `import { SCHEMAS } from ${JSON.stringify(GENERATED)};\nimport { validate } from ${JSON.stringify(VALIDATE)};\nconsole.log(SCHEMAS, validate);\n`,
    false,
  )[0] as BundleFile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = browserBundle();
  for (const f of files) console.log(`${f.name}\t${f.bytes} B\tgzip ${f.gzip} B${f.zod ? '\t含 zod！' : ''}`);
  console.log(`合计 gzip ${files.reduce((s, f) => s + f.gzip, 0)} B`);
  const v = validatorBundle();
  console.log(`校验器 + 精简模式：${v.bytes} B，gzip ${v.gzip} B`);
  if (files.some((f) => f.zod)) process.exit(1);
}
