// `pnpm start`: after the build, serve the built site and say where the extension is.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir, extensionOutput, siteDist } from './paths.ts';
import { startStaticServer } from './static-server.ts';

if (!existsSync(join(siteDist, 'index.html')) || !existsSync(join(extensionDir, 'manifest.json'))) {
  console.error('找不到构建结果，请先运行 pnpm build。 (Build output missing: run `pnpm build` first.)');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const site = await startStaticServer({ rootFor: () => siteDist, port, notFoundPage: (root) => join(root, '404.html') });
const zip = readdirSync(extensionOutput).find((name) => name.endsWith('-chrome.zip'));

console.log(`
学时通已构建完成 / Xueshi is built.

  网站 (site):            http://localhost:${site.port}/
  扩展文件夹 (unpacked):  ${extensionDir}
  扩展压缩包 (zip):       ${zip ? join(extensionOutput, zip) : '(none)'}

在 Chrome / Edge 打开 chrome://extensions （Edge: edge://extensions），打开“开发者模式”，
点击“加载已解压的扩展程序”，选择上面的扩展文件夹。按 Ctrl+C 停止网站。
`);
