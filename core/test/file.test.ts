/** 读取台账文件（issue 11 第 1 点）：字节或文字 → 台账，或说明错在哪里的中文。 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MAX_LEDGER_FILE_BYTES, readLedgerFile } from '../src/index.ts';

const EXAMPLE = readFileSync(new URL('../examples/LY17-李四-2017.json', import.meta.url), 'utf8');
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

function message(r: ReturnType<typeof readLedgerFile>): string {
  if (r.ok) throw new Error('应当不通过');
  expect(r.errors).toHaveLength(1);
  return r.errors[0]?.message ?? '';
}

describe('encodings', () => {
  test('UTF-8 with and without a BOM (Notepad writes one), as bytes or text', () => {
    expect(readLedgerFile(bytes(EXAMPLE)).ok).toBe(true);
    expect(readLedgerFile(bytes([0xef, 0xbb, 0xbf], EXAMPLE)).ok).toBe(true);
    expect(readLedgerFile(`\uFEFF${EXAMPLE}`).ok).toBe(true);
  });

  test('UTF-16 (Notepad’s “Unicode”) is not UTF-8: said so, not read as garbage', () => {
    const le = [0xff, 0xfe, ...[...EXAMPLE].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    expect(message(readLedgerFile(new Uint8Array(le)))).toBe('文件不是 UTF-8 编码，只能导入学时通导出的 .json 文件');
  });

  test('GBK bytes are not taken for UTF-8', () => {
    // “李四” in GBK: C0EE CBC4.
    const gbk = bytes(
      '{"formatVersion":1,"profile":{"notice":"LY17","name":"',
      [0xc0, 0xee, 0xcb, 0xc4],
      '"},"activities":[]}',
    );
    expect(message(readLedgerFile(gbk))).toBe('文件不是 UTF-8 编码，只能导入学时通导出的 .json 文件');
  });
});

describe('common wrong files are recognised by their first bytes', () => {
  const zip = (name: string) => bytes([0x50, 0x4b, 0x03, 0x04], new Array(26).fill(0), name, [0x00, 0x01, 0x02]);
  test.each([
    ['an Excel workbook', zip('xl/workbook.xml'), '这是 Excel 文件，只能导入学时通导出的 .json 文件'],
    ['a Word document', zip('word/document.xml'), '这是 Word 文件，只能导入学时通导出的 .json 文件'],
    ['another zip', zip('ledger.json'), '这是压缩文件，只能导入学时通导出的 .json 文件'],
    [
      'an old .xls',
      bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      '这是旧版 Excel 或 Word 文件，只能导入学时通导出的 .json 文件',
    ],
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ'), '这是 PDF 文件，只能导入学时通导出的 .json 文件'],
    [
      'a saved web page',
      bytes('\n  <!DOCTYPE html><html><head><title>学习记录</title>'),
      '这是网页（HTML）文件，只能导入学时通导出的 .json 文件',
    ],
  ])('%s', (_, input, expected) => {
    expect(message(readLedgerFile(input))).toBe(expected);
  });

  test('a web page given as text', () => {
    expect(message(readLedgerFile('<html><body>登录</body></html>'))).toContain('网页（HTML）文件');
  });
});

describe('size limit: 5 MB, the same message everywhere', () => {
  test('bytes and text over the limit; at the limit it is read', () => {
    const big = new Uint8Array(MAX_LEDGER_FILE_BYTES + 1).fill(0x20);
    expect(message(readLedgerFile(big))).toBe('文件超过 5 MB，不像是学时通台账文件');
    expect(message(readLedgerFile(' '.repeat(MAX_LEDGER_FILE_BYTES + 1)))).toBe('文件超过 5 MB，不像是学时通台账文件');
    expect(message(readLedgerFile(big.subarray(1)))).toBe('文件是空的');
  });
});

describe('JSON syntax errors: line, column and what is wrong, in Chinese', () => {
  test.each(
    [
      ['{\n  "formatVersion": 1\n  "profile": {}\n}', '第 3 行第 3 列，上一项后面缺少逗号'],
      ['{"a": 1,}', '第 1 行第 9 列，最后一项后面多了一个逗号'],
      ['[1, 2, ]', '第 1 行第 8 列，最后一项后面多了一个逗号'],
      ['{"a": }', '第 1 行第 7 列，这里缺少值'],
      ["{'a': 1}", '第 1 行第 2 列，要用英文双引号 "'],
      ['{"a": “x”}', '第 1 行第 7 列，要用英文双引号 "'],
      ['{"a"：1}', '第 1 行第 5 列，这里不应出现“：”'],
      ['{"a" 1}', '第 1 行第 6 列，字段名后面缺少冒号'],
      ['{a: 1}', '第 1 行第 2 列，这里不应出现“a”'],
      ['{1: 1}', '第 1 行第 2 列，字段名要用英文双引号'],
      ['{"a": [1, 2', '第 1 行第 12 列，文件在中途结束（不完整）'],
      ['{"a": "x\ny"}', '第 1 行第 7 列，文字没有正确结束（缺引号或含换行）'],
      ['{"a": "\\x"}', '第 1 行第 7 列，文字没有正确结束（缺引号或含换行）'],
      ['{"a": 1} x', '第 1 行第 10 列，结尾多出了内容'],
      ['{"a": [1}', '第 1 行第 9 列，括号不配对，应是“]”'],
      ['{"a": tru}', '第 1 行第 7 列，这里不应出现“t”'],
      ['{"a": 1 // 注释\n}', '第 1 行第 9 列，JSON 里不能写注释'],
      ['{"a": 1,\n "b": 2\n   "c": 3}', '第 3 行第 4 列，上一项后面缺少逗号'],
      ['['.repeat(100_000), '第 1 行第 100001 列，文件在中途结束（不完整）'],
    ].map(([text, where]) => [JSON.stringify(text).slice(0, 40), text, where]),
  )('%s', (_, text, where) => {
    expect(message(readLedgerFile(text as string))).toBe(`文件不是有效的 JSON：${where}`);
  });

  test('an empty file says so', () => {
    expect(message(readLedgerFile(new Uint8Array()))).toBe('文件是空的');
    expect(message(readLedgerFile('  \n'))).toBe('文件是空的');
  });
});

test('valid JSON goes on to parseLedger (its field paths), deep nesting included', () => {
  expect(readLedgerFile('[1]').ok).toBe(false);
  const deep = `{"formatVersion":1,"profile":{"notice":"QD23"},"activities":[{"id":"a","kind":${'['.repeat(10_000)}${']'.repeat(10_000)}}]}`;
  const r = readLedgerFile(bytes(deep));
  expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['activities[0].kind']);
});
