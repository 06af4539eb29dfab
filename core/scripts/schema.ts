/**
 * 由 zod 模式生成：
 * - 台账 JSON Schema（core/schema/ledger.v1.schema.json），给人看、给别的程序用；
 * - 运行时校验用的精简模式（core/src/ledger/validation.generated.ts）：只留校验关键字，
 *   重复的子模式提到 `$defs`，由 `validate.ts` 解释，浏览器里不必载入 zod。
 */
import { z } from 'zod';
import {
  ActivitySchema,
  DateSchema,
  LEDGER_FORMAT_VERSION,
  LedgerSchema,
  QuerySchema,
  SourceSchema,
} from '../src/ledger/schema.ts';

/** 生成 JSON Schema 文本（以换行结尾）。 */
export function ledgerJsonSchema(): string {
  const schema = z.toJSONSchema(LedgerSchema, { io: 'input', target: 'draft-2020-12', reused: 'ref' });
  const out = {
    $id: `https://xueshi.example/schema/ledger.v${LEDGER_FORMAT_VERSION}.schema.json`,
    title: `学时通台账 v${LEDGER_FORMAT_VERSION}`,
    description: '由 core/src/ledger/schema.ts 的 zod 模式生成，请勿手工修改（pnpm run schema）。',
    ...schema,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

type Node = Record<string, unknown>;

/** `validate.ts` 认识的关键字；zod 生成了别的关键字时脚本报错，而不是让校验器悄悄忽略它。 */
const VALIDATION_KEYWORDS = new Set([
  'type',
  'const',
  'enum',
  'required',
  'properties',
  'items',
  'oneOf',
  'minLength',
  'minimum',
  'maximum',
  'pattern',
  'format',
  'formatMinimum',
  'formatMaximum',
  'default',
]);
/** 只起说明作用、可以丢掉的关键字。 */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'examples']);

/** zod 生成的模式（所有 $ref 内联），只留校验关键字。 */
function stripped(schema: z.ZodType): Node {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', reused: 'inline' }) as Node;
  const defs = (json.$defs ?? {}) as Record<string, Node>;
  const walk = (node: Node, at: string): Node => {
    if (typeof node.$ref === 'string') {
      const name = /^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1];
      const target = name === undefined ? undefined : defs[name];
      if (!target) throw new Error(`${at}：无法解析 ${node.$ref}`);
      const { $ref: _, ...rest } = node;
      return walk({ ...target, ...rest }, at);
    }
    const out: Node = {};
    for (const [k, v] of Object.entries(node)) {
      if (ANNOTATIONS.has(k) || k === '$defs') continue;
      if (!VALIDATION_KEYWORDS.has(k)) throw new Error(`${at}：validate.ts 不支持关键字 ${k}`);
      if (k === 'format' && v !== 'date') throw new Error(`${at}：validate.ts 不支持 format ${String(v)}`);
      if (k === 'properties') {
        out[k] = Object.fromEntries(
          Object.entries(v as Record<string, Node>).map(([p, s]) => [p, walk(s, `${at}.${p}`)]),
        );
      } else if (k === 'items') out[k] = walk(v as Node, `${at}[]`);
      else if (k === 'oneOf') out[k] = (v as Node[]).map((s, i) => walk(s, `${at}|${i}`));
      else out[k] = v;
    }
    return out;
  };
  return walk(json, '');
}

/** 子模式的位置：根、properties 的值、items、oneOf 的分支。 */
function children(node: Node): { get: () => Node; set: (n: Node) => void }[] {
  const out: { get: () => Node; set: (n: Node) => void }[] = [];
  const props = node.properties as Record<string, Node> | undefined;
  if (props) for (const k of Object.keys(props)) out.push({ get: () => props[k] as Node, set: (n) => (props[k] = n) });
  if (node.items) out.push({ get: () => node.items as Node, set: (n) => (node.items = n) });
  const branches = node.oneOf as Node[] | undefined;
  if (branches)
    for (let i = 0; i < branches.length; i++)
      out.push({ get: () => branches[i] as Node, set: (n) => (branches[i] = n) });
  return out;
}

/** 有名字的公共子模式（其余的叫 d0、d1……）；`validate.ts` 据名字说“未知的活动种类”。 */
const NAMED: [string, z.ZodType][] = [
  ['Activity', ActivitySchema],
  ['Query', QuerySchema],
  // 活动里的来源带默认值 { kind: 'manual' }。
  ['Source', SourceSchema.default({ kind: 'manual' })],
  ['Date', DateSchema],
];

/** 把出现不止一次的子模式提到 `$defs`（先提最长的），其余原样留下。 */
function hoist(roots: Record<string, Node>): { $defs: Record<string, Node> } & Record<string, Node> {
  const names = new Map(NAMED.map(([name, schema]) => [JSON.stringify(stripped(schema)), name]));
  const defs: Record<string, Node> = {};
  const top: Record<string, Node> = { ...roots };
  let n = 0;
  for (;;) {
    const count = new Map<string, number>();
    const order: string[] = [];
    const visit = (node: Node) => {
      if (typeof node.$ref === 'string') return;
      const key = JSON.stringify(node);
      if (!count.has(key)) order.push(key);
      count.set(key, (count.get(key) ?? 0) + 1);
      for (const c of children(node)) visit(c.get());
    };
    for (const r of [...Object.values(top), ...Object.values(defs)]) visit(r);
    // 引用本身约 20 个字符：太短的子模式内联更省。
    const best = order.filter((k) => (count.get(k) ?? 0) > 1 && k.length >= 40).sort((a, b) => b.length - a.length)[0];
    if (best === undefined) break;
    const name = names.get(best) ?? `d${n++}`;
    const ref = { $ref: `#/$defs/${name}` };
    const replace = (node: Node) => {
      for (const c of children(node)) {
        if (JSON.stringify(c.get()) === best) c.set(ref);
        else replace(c.get());
      }
    };
    for (const [k, r] of Object.entries(top)) {
      if (JSON.stringify(r) === best) top[k] = ref;
      else replace(r);
    }
    for (const d of Object.values(defs)) replace(d);
    defs[name] = JSON.parse(best) as Node;
  }
  return { $defs: defs, ...top };
}

/** 运行时校验用的精简模式：台账、查询、单条活动共用一份 `$defs`。 */
export function validationSchemas(): { $defs: Record<string, Node> } & Record<string, Node> {
  return hoist({ ledger: stripped(LedgerSchema), query: stripped(QuerySchema), activity: stripped(ActivitySchema) });
}

/** 生成 core/src/ledger/validation.generated.ts 的文本（以换行结尾）。 */
export function validationModule(): string {
  return [
    '/**',
    ' * 运行时校验用的精简模式：core/src/ledger/schema.ts 的 zod 模式生成的 JSON Schema，只留校验关键字。',
    ' * 由 core/scripts/write-schema.ts 生成，请勿手工修改（pnpm run schema）。',
    ' */',
    "import type { SchemaSet } from './validate.ts';",
    '',
    '// biome-ignore format: 生成的文件',
    `export const SCHEMAS: SchemaSet = ${JSON.stringify(validationSchemas())};`,
    '',
  ].join('\n');
}
