/**
 * 一个页面会下载的 JS（gzip 字节数，确定性，不需要浏览器）：基准测试打印它，预算测试检查它。
 *
 * 静态部分：<script src>、modulepreload、Astro 岛的 component-url / renderer-url、内联脚本，
 * 以及它们静态 import 的文件（递归）。按需载入的部分（`import(…)`）另算：每份通知的规则、计划。
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (p: string): number => gzipSync(readFileSync(p), { level: 9 }).length;

/** 文件静态或动态 import 的 JS（相对 dist 的绝对路径）。 */
function importsOf(dist: string, file: string, dynamic: boolean): string[] {
  const code = readFileSync(file, 'utf8');
  const out: string[] = [];
  // 静态：`from"./x.js"`、`import"./x.js"`；动态：`import("./x.js")`（打包工具可能用反引号）。
  const re = dynamic
    ? /import\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g
    : /(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
  for (const m of code.matchAll(re)) out.push(join(file, '..', m[1] ?? ''));
  if (dynamic) {
    // Vite 的预加载表：__vite__mapDeps([...,"_astro/x.js"])
    for (const m of code.matchAll(/["'](_astro\/[^"']+\.js)["']/g)) out.push(join(dist, m[1] ?? ''));
  }
  return out.filter((p) => existsSync(p));
}

/** 从 roots 出发，沿静态 import 收集的文件。 */
export function staticClosure(dist: string, roots: Iterable<string>, seen = new Set<string>()): Set<string> {
  const queue = [...roots].filter((p) => !seen.has(p));
  for (const p of queue) seen.add(p);
  while (queue.length) {
    const f = queue.pop() as string;
    for (const p of importsOf(dist, f, false)) {
      if (!seen.has(p)) {
        seen.add(p);
        queue.push(p);
      }
    }
  }
  return seen;
}

export interface PageJs {
  /** 打开页面就下载的文件。 */
  initial: Set<string>;
  /** 内联脚本的 gzip 字节数。 */
  inline: number;
  /** 按需载入的文件（不含已在 initial 中的），按文件名。 */
  onDemand: Map<string, Set<string>>;
}

/** 一个页面的 JS：打开时下载的，和按需载入的各块（各自连同它静态 import、而 initial 没有的文件）。 */
export function pageJs(dist: string, htmlPath: string): PageJs {
  const html = readFileSync(htmlPath, 'utf8');
  const roots: string[] = [];
  const add = (url: string) => {
    if (!url.startsWith('/')) return;
    const p = join(dist, url.replace(/^\//, '').split(/[?#]/)[0] ?? '');
    if (p.endsWith('.js') && existsSync(p)) roots.push(p);
  };
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) add(m[1] ?? '');
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) add(m[1] ?? '');
  for (const m of html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)) add(m[1] ?? '');
  let inline = 0;
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    const body = m[1] ?? '';
    if (body.trim()) inline += gzipSync(body, { level: 9 }).length;
  }
  const initial = staticClosure(dist, roots);
  const onDemand = new Map<string, Set<string>>();
  const queue = [...initial];
  while (queue.length) {
    const f = queue.pop() as string;
    for (const p of importsOf(dist, f, true)) {
      const name = relative(dist, p);
      if (initial.has(p) || onDemand.has(name)) continue;
      const chunk = staticClosure(dist, [p], new Set(initial));
      for (const x of initial) chunk.delete(x);
      onDemand.set(name, chunk);
      queue.push(p);
    }
  }
  return { initial, inline, onDemand };
}

export const bytesOf = (files: Iterable<string>): number => [...files].reduce((s, f) => s + gz(f), 0);

/** dist 下的全部 HTML 文件。 */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

/** 按需载入的块：通知的规则（选定后载入，算进一次访问）；计划（点“怎样补齐”后才载入，另报）。 */
export const NOTICE_CHUNK = /(^|\/)(WH19|LY17|QD23|QH20|NX19)\.[\w-]+\.js$/;
export const PLAN_CHUNK = /(^|\/)plan\.[\w-]+\.js$/;

/**
 * 计算器一次访问下载的 JS：打开时的 + 内联 + 最重的一份通知的规则。
 * 用户点了才载入的块（怎样补齐、导入导出文件、分享链接）不算在内，另列字节数。
 */
export function calculatorVisit(dist: string): { bytes: number; heaviestNotice: string; parts: string[] } {
  const js = pageJs(dist, join(dist, 'calculator', 'index.html'));
  let heaviest = { name: '', bytes: 0 };
  const onClick: string[] = [];
  for (const [name, files] of js.onDemand) {
    const b = bytesOf(files);
    if (NOTICE_CHUNK.test(name)) {
      if (b > heaviest.bytes) heaviest = { name, bytes: b };
    } else onClick.push(`${name.replace('_astro/', '')} ${b}`);
  }
  const initial = bytesOf(js.initial);
  return {
    bytes: initial + js.inline + heaviest.bytes,
    heaviestNotice: heaviest.name,
    parts: [
      `打开页面 ${initial}`,
      `内联 ${js.inline}`,
      `最重的通知规则 ${heaviest.name} ${heaviest.bytes}`,
      `另有点击后才载入的 ${onClick.join('、')}`,
    ],
  };
}
