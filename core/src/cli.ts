#!/usr/bin/env node
/** `xueshi` 命令行入口（bin/xueshi.js 载入编译后的本文件；比源代码旧时载入源代码本身）。用法见 `xueshi --help`。 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { main } from './cli-main.ts';
import { MAX_LEDGER_FILE_BYTES } from './ledger/file.ts';

/** 至多读 5 MB + 1 个字节：更大的文件不必整个读进来，就能说它太大。 */
function readHead(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = Math.min(fstatSync(fd).size, MAX_LEDGER_FILE_BYTES + 1);
    const buf = Buffer.allocUnsafe(size);
    let done = 0;
    while (done < size) {
      const n = readSync(fd, buf, done, size - done, done);
      if (n === 0) break;
      done += n;
    }
    return buf.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

// 输出接到 head 之类提前关闭的管道时，安静地结束，不打印堆栈。
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = main(process.argv.slice(2), {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
    readFile: readHead,
    currentYear: () => new Date().getFullYear(),
    progress: process.stderr.isTTY ? (s) => process.stderr.write(`\r${s}\x1b[K`) : undefined,
  });
} catch (e) {
  // main 不该抛出；万一抛出，也只说一句中文，不打印堆栈。
  process.stderr.write(`xueshi：程序出错（请报告）：${e instanceof Error ? e.message.slice(0, 200) : String(e)}\n`);
  process.exitCode = 2;
}
