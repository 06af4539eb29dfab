/**
 * JSON 语法错误的中文说明：`JSON.parse` 失败后，逐字符扫描找出第一处错误的位置和原因。
 * 不用引擎的英文消息（V8、Firefox、Safari 各说各的），也不递归（嵌套多深都不会爆栈）。
 */

/** 第一处语法错误：从 0 开始的字符位置和中文原因。 */
export interface JsonSyntaxError {
  index: number;
  reason: string;
}

type Want = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** 跳过空白（空格、制表、换行、回车）。 */
function skipSpace(text: string, i: number): number {
  let c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = text.charCodeAt(++i);
  return i;
}

/** 读一段带引号的文字，返回结束引号之后的位置，或错误。 */
function string(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return { index: i, reason: '文字里有无效的转义（反斜杠 \\ 后面的字符不对）' };
      i = ESCAPE.lastIndex;
    } else if (c < 0x20) return { index: i, reason: '文字里不能直接换行或含控制字符（引号可能没有成对）' };
    else i++;
  }
  return { index: start, reason: '这段文字缺少结尾的双引号' };
}

/** 不该出现的字符，尽量说出常见的原因。 */
function unexpected(text: string, i: number, want: Want): JsonSyntaxError {
  const c = String.fromCodePoint(text.codePointAt(i) ?? 0);
  if (c === "'") return { index: i, reason: '要用英文双引号 " 而不是单引号' };
  if (c === '“' || c === '”') return { index: i, reason: '要用英文双引号 " 而不是中文引号' };
  if (c === '，' || c === '：') return { index: i, reason: `要用英文标点，而不是中文的“${c}”` };
  if (c === '/') return { index: i, reason: 'JSON 里不能写注释' };
  if (want === 'key' || want === 'first-key') return { index: i, reason: '字段名要用英文双引号括起来' };
  if (want === 'colon') return { index: i, reason: '字段名后面缺少冒号' };
  return { index: i, reason: `这里不应出现“${c}”` };
}

/** 读一个简单值（文字、数字、true/false/null），返回之后的位置，或错误。 */
function scalar(text: string, i: number, want: Want): number | JsonSyntaxError {
  if (text[i] === '"') return string(text, i);
  for (const re of [NUMBER, LITERAL]) {
    re.lastIndex = i;
    if (re.test(text)) return re.lastIndex;
  }
  return unexpected(text, i, want);
}

/** 在“一项之后”的位置：逗号、结束括号，或缺逗号。 */
function after(text: string, i: number, stack: string[]): { i: number; want: Want } | JsonSyntaxError {
  const close = stack[stack.length - 1];
  const c = text[i];
  if (close === undefined) return { index: i, reason: '完整的内容之后还有多余的文字' };
  if (c === close) {
    stack.pop();
    return { i: i + 1, want: 'after' };
  }
  if (c === ',') {
    const j = skipSpace(text, i + 1);
    if (text[j] === '}' || text[j] === ']') return { index: i, reason: '最后一项后面多了一个逗号' };
    return { i: i + 1, want: close === '}' ? 'key' : 'value' };
  }
  if (c === '}' || c === ']') return { index: i, reason: `括号不配对：这里应是“${close}”` };
  if (c !== undefined && "/，：“”'".includes(c)) return unexpected(text, i, 'after');
  return { index: i, reason: '上一项后面缺少逗号' };
}

/** 找出第一处语法错误；文字是合法的 JSON 时返回 undefined。 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: string[] = [];
  let want: Want = 'value';
  let i = 0;
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) {
      if (want === 'after' && stack.length === 0) return undefined;
      if (i === 0) return { index: 0, reason: '文件是空的' };
      const missing = stack.length > 4 ? ` ${stack.length} 个结束括号` : `“${[...stack].reverse().join(' ')}”`;
      return { index: i, reason: `文件在中途结束${stack.length ? `，缺少${missing}` : ''}（可能没有下载或复制完整）` };
    }
    const c = text[i];
    let next: { i: number; want: Want } | JsonSyntaxError;
    if (want === 'after') next = after(text, i, stack);
    else if (want === 'colon') next = c === ':' ? { i: i + 1, want: 'value' } : unexpected(text, i, want);
    else if ((want === 'first-key' && c === '}') || (want === 'first-value' && c === ']')) {
      stack.pop();
      next = { i: i + 1, want: 'after' };
    } else if (want === 'key' || want === 'first-key') {
      const end: number | JsonSyntaxError = c === '"' ? string(text, i) : unexpected(text, i, want);
      next = typeof end === 'number' ? { i: end, want: 'colon' } : end;
    } else if (c === '{' || c === '[') {
      stack.push(c === '{' ? '}' : ']');
      next = { i: i + 1, want: c === '{' ? 'first-key' : 'first-value' };
    } else {
      const end: number | JsonSyntaxError = scalar(text, i, want);
      next = typeof end === 'number' ? { i: end, want: 'after' } : end;
    }
    if ('index' in next) return next;
    ({ i, want } = next);
  }
}

/** 位置 → 行号、列号（从 1 开始）。 */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}
