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
  defs: SchemaSet['$defs'];
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

const patterns = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let r = patterns.get(source);
  if (!r) {
    r = new RegExp(source);
    patterns.set(source, r);
  }
  return r;
}

/** 默认值每次给一份新的（与 zod 一样，不让两条记录共用同一个对象）。 */
function copy<T>(v: T): T {
  return typeof v === 'object' && v !== null ? (JSON.parse(JSON.stringify(v)) as T) : v;
}

function report(ctx: Ctx, path: readonly PropertyKey[], message: string): typeof FAIL {
  ctx.issues.push({ path: formatPath(path), message });
  return FAIL;
}

/** `$ref` 指向的模式名（`#/$defs/Activity` → `Activity`）。 */
const refName = (s: JsonSchema) => s.$ref?.replace(/^#\/\$defs\//, '');

/** 解析过的 $ref：每个台账要解析成千上万次，不必每次切字符串、每次新建对象（批量核对时这里最热）。 */
const resolved = new WeakMap<JsonSchema, JsonSchema>();

function resolve(ctx: Ctx, s: JsonSchema): JsonSchema {
  if (s.$ref === undefined) return s;
  let r = resolved.get(s);
  if (!r) {
    r = ctx.defs[refName(s) ?? ''];
    if (!r) throw new Error(`校验模式中找不到 ${s.$ref}`);
    resolved.set(s, r);
  }
  return r;
}

interface Union {
  /** 判别字段：各分支共有、且都是常量的字段，如 `kind`。 */
  key: string;
  /** 判别值 → 分支。 */
  branches: Map<unknown, JsonSchema>;
}
const unions = new WeakMap<JsonSchema, Union>();

function union(ctx: Ctx, s: JsonSchema, branches: readonly JsonSchema[]): Union {
  let u = unions.get(s);
  if (u) return u;
  const constOf = (b: JsonSchema, k: string) => resolve(ctx, resolve(ctx, b).properties?.[k] ?? {}).const;
  const first = resolve(ctx, branches[0] ?? {}).properties ?? {};
  const key = Object.keys(first).find((k) => branches.every((b) => constOf(b, k) !== undefined));
  if (key === undefined) throw new Error('oneOf 的分支没有共同的常量字段');
  u = { key, branches: new Map(branches.map((b) => [constOf(b, key), b])) };
  unions.set(s, u);
  return u;
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

function run(ctx: Ctx, s0: JsonSchema, v: unknown, path: PropertyKey[], kind: string | undefined): Out {
  const s = resolve(ctx, s0);
  if (v === undefined) return report(ctx, path, '缺少必填字段');
  if (s.oneOf) {
    if (!isObject(v)) return report(ctx, path, `应为对象，实际是${actual(v)}`);
    const { key, branches } = union(ctx, s, s.oneOf);
    const d = v[key];
    if (d === undefined) return report(ctx, [...path, key], '缺少必填字段');
    const branch = branches.get(d);
    if (!branch) {
      const name = refName(s0);
      const noun = (name && ctx.opts.unionNames?.[name]) || '种类';
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
      if (s.pattern !== undefined && !regex(s.pattern).test(str)) return report(ctx, path, patternMessage(s, str));
      return str;
    }
    case 'array': {
      const list = v as unknown[];
      const out: unknown[] = [];
      let failed = false;
      for (let i = 0; i < list.length; i++) {
        // 路径是一个栈：进入时压入、返回时弹出，只在报告错误时才复制（批量核对时这里最热）。
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
      const required = s.required ?? [];
      const props = s.properties ?? {};
      for (const key in props) {
        const p0 = props[key] as JsonSchema;
        const item = obj[key];
        if (item === undefined) {
          const p = resolve(ctx, p0);
          if (p.default !== undefined) out[key] = copy(p.default);
          else if (required.includes(key)) {
            report(ctx, [...path, key], '缺少必填字段');
            failed = true;
          } else if (key in obj) out[key] = undefined;
          continue;
        }
        path.push(key);
        const r = run(ctx, p0, item, path, kind);
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
  const ctx: Ctx = { defs: set.$defs, opts, issues: [] };
  const value = run(ctx, schema, input, [], undefined);
  if (value !== FAIL) return { ok: true, value };
  const max = opts.maxIssues ?? 20;
  const errors = ctx.issues.slice(0, max);
  if (ctx.issues.length > max) errors.push({ path: '', message: `还有 ${ctx.issues.length - max} 处错误未列出` });
  return { ok: false, errors };
}
