/**
 * 不依赖 zod 的小校验器：解释 zod 为台账生成的那一小部分 JSON Schema（validation.generated.ts），
 * 结果与 zod 的 `parse` 相同——丢掉未知字段、填上默认值、不改动输入——错误说明是中文。
 *
 * 支持的关键字：type（含 integer）、const、enum、required、properties、items、
 * oneOf（按各分支共有的常量字段选分支，如 `kind`）、minLength、minimum、maximum、
 * pattern、format（只用于说明日期）、formatMinimum / formatMaximum（只用于说明日期的范围，判定靠 pattern）、
 * default、指向 `$defs` 的 $ref。生成脚本遇到别的关键字会报错。
 *
 * 消息里引用用户的输入时至多引用几十个字符（`quote`），不把输入整个放进消息。
 */

/** 校验器认识的 JSON Schema 子集。 */
export interface JsonSchema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  const?: unknown;
  enum?: readonly unknown[];
  required?: readonly string[];
  properties?: Readonly<Record<string, JsonSchema>>;
  items?: JsonSchema;
  oneOf?: readonly JsonSchema[];
  minLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  formatMinimum?: string;
  formatMaximum?: string;
  default?: unknown;
  $ref?: string;
}

/** 生成的精简模式：台账、查询、单条活动，共用 `$defs`。 */
export interface SchemaSet {
  $defs: Readonly<Record<string, JsonSchema>>;
  ledger: JsonSchema;
  query: JsonSchema;
  activity: JsonSchema;
}

/** 一条校验错误：字段路径 + 中文说明。 */
export interface LedgerIssue {
  /** 字段路径，如 `activities[3].hours`；整个文件为空字符串。 */
  path: string;
  /** 中文说明。 */
  message: string;
}

/** 校验的选项。 */
export interface ValidateOptions {
  /** 枚举值的中文名：值、字段名、所在联合分支的种类（如活动的 `kind`）。 */
  label?: (value: string, field: string | undefined, kind: string | undefined) => string | undefined;
  /** 联合类型的称呼，按 `$defs` 的名字，如 `{ Activity: '活动种类' }`：“未知的活动种类“foo””。 */
  unionNames?: Readonly<Record<string, string>>;
  /** 最多列出几条错误，其余合成一句“还有 N 处”。缺省 20。 */
  maxIssues?: number;
}

/** 校验结果：通过时是填好默认值的新对象。 */
export type ValidateResult = { ok: true; value: unknown } | { ok: false; errors: LedgerIssue[] };

/** 把路径写成 `activities[3].hours`。 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

const FAIL: unique symbol = Symbol('fail');
type Out = unknown | typeof FAIL;

interface Ctx {
  opts: ValidateOptions;
  issues: LedgerIssue[];
}

const EXPECTED: Record<NonNullable<JsonSchema['type']>, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  boolean: '是/否（true 或 false）',
  object: '对象',
  array: '列表',
};

/** 引用一段用户输入：至多 `max` 个字符，多了截断加“…”（不切开一对代理项）。 */
export function quote(text: string, max = 24): string {
  if (text.length <= max) return `“${text}”`;
  const cut = /[\ud800-\udbff]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return `“${text.slice(0, cut)}…”`;
}

/** 实际的值是什么，用中文说（文字至多引用几十个字符）。 */
function actual(v: unknown): string {
  if (v === null) return '空值 null';
  if (Array.isArray(v)) return '列表';
  switch (typeof v) {
    case 'string':
      return `文字${quote(v)}`;
    case 'number':
      return `数字 ${v}`;
    case 'boolean':
      return `是/否值 ${v}`;
    case 'object':
      return '对象';
    default:
      return '无法识别的值';
  }
}

/** 不合格式的文字：日期说明范围或格式，其余只说格式不对。 */
function patternMessage(s: JsonSchema, str: string): string {
  if (s.format !== 'date') return '格式不对';
  const { formatMinimum: min, formatMaximum: max } = s;
  if (min && max && /^\d{4}-\d\d-\d\d$/.test(str) && (str < min || str > max))
    return `日期应在 ${min} 至 ${max} 之间，实际是 ${str}`;
  return '不是有效的日期（应为 YYYY-MM-DD）';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeOk(type: NonNullable<JsonSchema['type']>, v: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'number':
    case 'integer':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
  }
}

/** 默认值每次给一份新的（与 zod 一样，不让两条记录共用同一个对象）。 */
function copy<T>(v: T): T {
  return typeof v === 'object' && v !== null ? (JSON.parse(JSON.stringify(v)) as T) : v;
}

function report(ctx: Ctx, path: readonly PropertyKey[], message: string): typeof FAIL {
  ctx.issues.push({ path: formatPath(path), message });
  return FAIL;
}

/**
 * 编译过的模式节点：每个节点都有全部字段（同一形状），$ref 已解析、正则已建好、联合已按判别值建表。
 * 模式对象的形状各不相同，直接读它们的属性在 V8 里很慢；批量核对上千个文件时，校验是最热的部分。
 */
interface Node {
  /** `$defs` 中的名字（“未知的活动种类”用）。 */
  name: string | undefined;
  type: JsonSchema['type'];
  const: unknown;
  enum: readonly unknown[] | undefined;
  /** 联合：判别字段（各分支共有的常量字段，如 `kind`）和判别值 → 分支。 */
  union: { key: string; branches: Map<unknown, Node> } | undefined;
  keys: string[];
  props: Node[];
  required: readonly string[];
  items: Node | undefined;
  minLength: number | undefined;
  minimum: number | undefined;
  maximum: number | undefined;
  pattern: RegExp | undefined;
  default: unknown;
  /** 原来的模式（说明日期范围用）。 */
  source: JsonSchema;
}

const compiled = new WeakMap<JsonSchema, Node>();

/** 编译一个模式（连同它引用的一切）；同一模式只编译一次。 */
function compile(defs: SchemaSet['$defs'], s0: JsonSchema): Node {
  const name = s0.$ref?.replace(/^#\/\$defs\//, '');
  const s = name === undefined ? s0 : defs[name];
  if (!s) throw new Error(`校验模式中找不到 ${s0.$ref}`);
  let n = compiled.get(s);
  if (n) return n;
  const props = s.properties ?? {};
  n = {
    name,
    type: s.type,
    const: s.const,
    enum: s.enum,
    union: undefined,
    keys: Object.keys(props),
    props: [],
    required: s.required ?? [],
    items: undefined,
    minLength: s.minLength,
    minimum: s.minimum,
    maximum: s.maximum,
    pattern: s.pattern === undefined ? undefined : new RegExp(s.pattern),
    default: s.default,
    source: s,
  };
  compiled.set(s, n);
  n.props = n.keys.map((k) => compile(defs, props[k] as JsonSchema));
  if (s.items) n.items = compile(defs, s.items);
  if (s.oneOf) n.union = union(s.oneOf.map((b) => compile(defs, b)));
  return n;
}

function union(branches: Node[]): Node['union'] {
  const constOf = (b: Node, k: string) => b.props[b.keys.indexOf(k)]?.const;
  const key = branches[0]?.keys.find((k) => branches.every((b) => constOf(b, k) !== undefined));
  if (key === undefined) throw new Error('oneOf 的分支没有共同的常量字段');
  return { key, branches: new Map(branches.map((b) => [constOf(b, key), b])) };
}

/** 可选值连同中文名：`public（公需科目）、professional（专业科目）`。 */
function options(ctx: Ctx, values: readonly unknown[], field: string | undefined, kind: string | undefined): string {
  return values
    .map((e) => {
      const label = typeof e === 'string' ? ctx.opts.label?.(e, field, kind) : undefined;
      return label ? `${String(e)}（${label}）` : String(e);
    })
    .join('、');
}

function run(ctx: Ctx, s: Node, v: unknown, path: PropertyKey[], kind: string | undefined): Out {
  if (v === undefined) return report(ctx, path, '缺少必填字段');
  if (s.union) {
    if (!isObject(v)) return report(ctx, path, `应为对象，实际是${actual(v)}`);
    const { key, branches } = s.union;
    const d = v[key];
    if (d === undefined) return report(ctx, [...path, key], '缺少必填字段');
    const branch = branches.get(d);
    if (!branch) {
      const noun = (s.name && ctx.opts.unionNames?.[s.name]) || '种类';
      // 不把值写成 JSON：嵌套上万层的值会让 JSON.stringify 抛 RangeError，很长的文字会让消息一样长。
      let message = `未知的${noun}${typeof d === 'string' ? quote(d) : `（${actual(d)}）`}`;
      if (branches.size <= 6) message += `，应为以下之一：${options(ctx, [...branches.keys()], key, kind)}`;
      return report(ctx, [...path, key], message);
    }
    return run(ctx, branch, v, path, typeof d === 'string' ? d : kind);
  }
  if (s.const !== undefined) {
    if (v !== s.const) {
      const c = typeof s.const === 'string' ? `“${s.const}”` : JSON.stringify(s.const);
      return report(ctx, path, `应为 ${c}，实际是${actual(v)}`);
    }
    return v;
  }
  if (s.enum) {
    if (!s.enum.includes(v)) {
      const field = path.findLast((p) => typeof p === 'string') as string | undefined;
      return report(ctx, path, `应为以下之一：${options(ctx, s.enum, field, kind)}；实际是${actual(v)}`);
    }
    return v;
  }
  if (s.type && !typeOk(s.type, v)) return report(ctx, path, `应为${EXPECTED[s.type]}，实际是${actual(v)}`);
  switch (s.type) {
    case 'integer':
    case 'number': {
      const n = v as number;
      if (s.type === 'integer' && !Number.isInteger(n)) return report(ctx, path, `应为整数，实际是${actual(n)}`);
      if (s.minimum !== undefined && n < s.minimum) return report(ctx, path, `不能小于 ${s.minimum}，实际是 ${n}`);
      if (s.maximum !== undefined && n > s.maximum) return report(ctx, path, `不能大于 ${s.maximum}，实际是 ${n}`);
      return n;
    }
    case 'string': {
      const str = v as string;
      if (s.minLength !== undefined && str.length < s.minLength)
        return report(ctx, path, s.minLength === 1 ? '不能为空' : `至少应有 ${s.minLength} 个字符`);
      if (s.pattern && !s.pattern.test(str)) return report(ctx, path, patternMessage(s.source, str));
      return str;
    }
    case 'array': {
      const list = v as unknown[];
      const out: unknown[] = [];
      let failed = false;
      for (let i = 0; i < list.length; i++) {
        // 路径是一个栈：进入时压入、返回时弹出，只在报告错误时才复制。
        path.push(i);
        const r = s.items ? run(ctx, s.items, list[i], path, kind) : list[i];
        path.pop();
        if (r === FAIL) failed = true;
        else out.push(r);
      }
      return failed ? FAIL : out;
    }
    case 'object': {
      const obj = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      let failed = false;
      for (let i = 0; i < s.keys.length; i++) {
        const key = s.keys[i] as string;
        const p = s.props[i] as Node;
        const item = obj[key];
        if (item === undefined) {
          if (p.default !== undefined) out[key] = copy(p.default);
          else if (s.required.includes(key)) {
            report(ctx, [...path, key], '缺少必填字段');
            failed = true;
          } else if (key in obj) out[key] = undefined;
          continue;
        }
        path.push(key);
        const r = run(ctx, p, item, path, kind);
        path.pop();
        if (r === FAIL) failed = true;
        else out[key] = r;
      }
      return failed ? FAIL : out;
    }
    default:
      return v;
  }
}

/**
 * 按精简模式校验一个值（已经 `JSON.parse` 过的）。不改动输入；通过时返回新对象，
 * 未知字段已丢掉、默认值已填上（与 zod 的输出相同）；不通过时列出全部字段错误（至多 `maxIssues` 条）。
 */
export function validate(
  set: SchemaSet,
  schema: JsonSchema,
  input: unknown,
  opts: ValidateOptions = {},
): ValidateResult {
  const ctx: Ctx = { opts, issues: [] };
  const value = run(ctx, compile(set.$defs, schema), input, [], undefined);
  if (value !== FAIL) return { ok: true, value };
  const max = opts.maxIssues ?? 20;
  const errors = ctx.issues.slice(0, max);
  if (ctx.issues.length > max) errors.push({ path: '', message: `还有 ${ctx.issues.length - max} 处错误未列出` });
  return { ok: false, errors };
}
