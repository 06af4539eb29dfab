/**
 * JSON 语法错误的中文说明：`JSON.parse` 失败后逐个记号扫描，找出第一处错误的位置和原因。
 * 不用引擎的英文消息（V8、Firefox、Safari 各说各的），也不递归（嵌套多深都不会爆栈）。
 * 网站每次访问都要下载它，所以写得很紧凑。
 */

/** 第一处语法错误：从 0 开始的字符位置和中文原因。 */
export interface JsonSyntaxError {
  index: number;
  reason: string;
}

const SPACE = /[ \t\n\r]*/y;
/** 一个记号：标点、文字、数字、true/false/null。 */
const TOKEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: JSON 的文字里不许直接出现控制字符，正则正是要排除它们
  /[{}[\]:,]|"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** 不是记号的地方：说出常见的原因。 */
function notToken(c: string): string {
  if ("'“”‘’".includes(c)) return '要用英文双引号 "';
  if (c === '/') return 'JSON 里不能写注释';
  if (c === '"') return '文字没有正确结束（缺引号或含换行）';
  return `这里不应出现“${c}”`;
}

/**
 * 期望的下一个记号：v 值、e 逗号后的值、k 逗号后的字段名、c 冒号、a 一项之后（逗号或闭合）；
 * 大写 V、K 表示刚打开的 [ 或 {，也可以直接闭合。
 */
type Want = 'v' | 'e' | 'V' | 'k' | 'K' | 'c' | 'a';

/** 一个记号是否合乎期望：合乎时返回下一个期望，否则返回原因。 */
function step(want: Want, tok: string, stack: string[]): Want | { reason: string } {
  const close = stack[stack.length - 1];
  if ((want === 'a' || want === 'V' || want === 'K') && tok === close) {
    stack.pop();
    return 'a';
  }
  if (want === 'a') {
    if (tok === ',') return close === '}' ? 'k' : 'e';
    return { reason: tok === '}' || tok === ']' ? `括号不配对，应是“${close}”` : '上一项后面缺少逗号' };
  }
  if (want === 'c') return tok === ':' ? 'v' : { reason: '字段名后面缺少冒号' };
  if (tok === '}' || tok === ']') return { reason: want === 'v' ? '这里缺少值' : '最后一项后面多了一个逗号' };
  if (want === 'k' || want === 'K') return tok[0] === '"' ? 'c' : { reason: '字段名要用英文双引号' };
  if (tok === '{' || tok === '[') {
    stack.push(tok === '{' ? '}' : ']');
    return tok === '{' ? 'K' : 'V';
  }
  return tok === ':' || tok === ',' ? { reason: `这里不应出现“${tok}”` } : 'a';
}

/** 找出第一处语法错误；文字是合法的 JSON 时返回 undefined。 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: string[] = [];
  let want: Want = 'v';
  for (let i = 0; ; ) {
    SPACE.lastIndex = i;
    SPACE.test(text);
    i = SPACE.lastIndex;
    const c = text[i];
    if (c === undefined) {
      if (want === 'a' && !stack.length) return undefined;
      return { index: i, reason: i ? '文件在中途结束（不完整）' : '文件是空的' };
    }
    if (want === 'a' && !stack.length) return { index: i, reason: '结尾多出了内容' };
    TOKEN.lastIndex = i;
    const tok = TOKEN.exec(text)?.[0];
    if (tok === undefined) return { index: i, reason: notToken(String.fromCodePoint(text.codePointAt(i) ?? 0)) };
    const next = step(want, tok, stack);
    if (typeof next === 'object') return { index: i, reason: next.reason };
    want = next;
    i = TOKEN.lastIndex;
  }
}

/** 位置 → 行号、列号（从 1 开始）。 */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}
