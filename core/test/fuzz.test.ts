/**
 * 模糊测试（issue 11 第 1 点）：一万份改坏的台账文件，每一份都得到中文答复，永不抛异常；
 * 消息长度有界（不照抄用户的输入）；JSON 语法的判断与 JSON.parse 一致。固定种子，几秒内跑完。
 *
 * 改坏的方式：在真实的示例台账里换值（嵌套上万层的种类、5 MB 的文字、越界的日期、重复的 id……）、
 * 增删字段，再在文字上删字、插入标点、截断，最后在字节上加 BOM 或坏字节。
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { readLedgerFile } from '../src/index.ts';
import { jsonSyntaxError } from '../src/ledger/json-syntax.ts';

const DIR = new URL('../examples/', import.meta.url);
const EXAMPLES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as unknown);

/** 太大或嵌套太深、不能放进对象再 JSON.stringify 的值：先放占位符，写成文字后再换进去。 */
const SPLICED: Record<string, string> = {
  '\u0000deep-array': `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
  '\u0000deep-object': `${'{"kind":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
  '\u0000huge-string': JSON.stringify('学'.repeat(100_000)),
};

const HOSTILE: unknown[] = [
  ...Object.keys(SPLICED),
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  -1e-308,
  '',
  'x'.repeat(200),
  '😀'.repeat(40),
  '\u202e\u0000\ufeff',
  '=cmd|calc',
  '0001-01-01',
  '9999-12-31',
  '2100-12-31',
  '1990-01-01',
  '2023-02-29',
  'online-course',
  'platform',
  'a0',
  [],
  {},
  { kind: 'platform' },
  { kind: ['manual'] },
  [{ id: 'a', kind: 'self-study', startDate: '2022-01-01', date: '2020-01-01' }],
];

/** 改一个值：节点、键按序号取模选出。 */
const valueOp = fc.record({
  node: fc.nat(),
  key: fc.nat(),
  op: fc.constantFrom('set', 'set', 'add', 'delete'),
  // 大的值（上万层、十万字）慢，少用一些：每种约占 1%。
  value: fc.oneof(
    { arbitrary: fc.nat({ max: Object.keys(SPLICED).length - 1 }), weight: 1 },
    { arbitrary: fc.integer({ min: Object.keys(SPLICED).length, max: HOSTILE.length - 1 }), weight: 10 },
  ),
});
/** 改文字：删一段、插入一个常见的错字符、截断。 */
const textOp = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  op: fc.constantFrom('delete', 'insert', 'truncate'),
  text: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\n', '“', '，', "'", '/', 'x', '\u0000', '0'),
});
/** 改字节：加 UTF-8 BOM、换成不合法的字节、改成 UTF-16。 */
const byteOp = fc.constantFrom('none', 'none', 'bom', 'bad-byte', 'utf16');

function mutateValue(root: { root: unknown }, m: { node: number; key: number; op: string; value: number }) {
  const nodes: (Record<string, unknown> | unknown[])[] = [];
  const walk = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    nodes.push(v as Record<string, unknown>);
    for (const c of Object.values(v)) walk(c);
  };
  walk(root);
  const node = nodes[m.node % nodes.length] as Record<string, unknown> | unknown[];
  const value = structuredClone(HOSTILE[m.value]);
  const keys = Object.keys(node);
  if (m.op === 'add' || keys.length === 0) (node as Record<string, unknown>)[`extra${m.key % 3}`] = value;
  else if (m.op === 'delete') delete (node as Record<string, unknown>)[keys[m.key % keys.length] as string];
  else (node as Record<string, unknown>)[keys[m.key % keys.length] as string] = value;
}

function mutateText(text: string, m: { at: number; op: string; text: string }): string {
  const i = Math.floor(m.at * text.length);
  if (m.op === 'truncate') return text.slice(0, i);
  if (m.op === 'delete') return text.slice(0, i) + text.slice(i + 1 + (i % 7));
  return text.slice(0, i) + m.text + text.slice(i);
}

function toBytes(text: string, op: string, at: number): Uint8Array {
  if (op === 'utf16') {
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      out[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    return out;
  }
  const utf8 = new TextEncoder().encode(text);
  if (op === 'bom') {
    const out = new Uint8Array(3 + utf8.length);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(utf8, 3);
    return out;
  }
  if (op === 'bad-byte' && utf8.length) utf8[Math.floor(at * (utf8.length - 1))] = 0xff;
  return utf8;
}

/** 改坏的文件数；FUZZ_RUNS 可以调大做更长的模糊测试。 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const ENGLISH = /Unexpected|position|is not valid|RangeError|TypeError|undefined|\[object/;
/** 一条消息最多这么长：足够写清字段、期望和实际，又不会照抄成段的输入。 */
const MAX_MESSAGE = 200;

test(`${RUNS} mutated ledger files: never a throw, always Chinese, messages bounded, syntax verdict = JSON.parse`, () => {
  let longest = 0;
  let accepted = 0;
  let syntaxChecked = 0;
  fc.assert(
    fc.property(
      fc.nat({ max: EXAMPLES.length - 1 }),
      fc.array(valueOp, { minLength: 1, maxLength: 3 }),
      fc.array(textOp, { maxLength: 2 }),
      byteOp,
      (example, values, texts, bytes) => {
        const root = { root: structuredClone(EXAMPLES[example]) };
        for (const m of values) mutateValue(root, m);
        let text = JSON.stringify(root.root) ?? '';
        for (const [marker, spliced] of Object.entries(SPLICED))
          text = text.replaceAll(JSON.stringify(marker), spliced);
        for (const m of texts) text = mutateText(text, m);
        if (text.length < 50_000) {
          let parses = true;
          try {
            JSON.parse(text);
          } catch {
            parses = false;
          }
          if ((jsonSyntaxError(text) === undefined) !== parses) expect({ text, parses }).toBe('与 JSON.parse 一致');
          syntaxChecked++;
        }
        const r = readLedgerFile(toBytes(text, bytes, texts[0]?.at ?? 0.5));
        if (r.ok) return void accepted++;
        if (r.errors.length === 0 || r.errors.length > 21) expect(r.errors).toHaveLength(21);
        for (const e of r.errors) {
          longest = Math.max(longest, e.message.length);
          // expect() 每条消息调用几次太慢；先用普通判断，有问题时再让 expect 说明。
          const bad =
            e.message.length > MAX_MESSAGE ||
            !/^[^a-zA-Z]*[\u4e00-\u9fff]/.test(e.message) ||
            ENGLISH.test(e.message) ||
            e.path.length >= 100;
          if (bad)
            expect({ path: e.path, message: e.message.slice(0, 300), length: e.message.length }).toBe('有界的中文消息');
        }
      },
    ),
    { numRuns: RUNS, seed: 11 },
  );
  // Both outcomes are exercised, and most texts were also compared with JSON.parse.
  expect(accepted).toBeGreaterThan(RUNS / 100);
  expect(syntaxChecked).toBeGreaterThan(RUNS * 0.8);
  expect(longest).toBeGreaterThan(40);
}, 60_000);
