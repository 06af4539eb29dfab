#!/usr/bin/env node
/** `xueshi` 命令行入口（bin/xueshi.js 载入编译后的本文件）。用法见 `xueshi --help`。 */
import { readFileSync } from 'node:fs';
import { main } from './cli-main.ts';

process.exitCode = main(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  readFile: (p) => readFileSync(p, 'utf8'),
  currentYear: () => new Date().getFullYear(),
});
