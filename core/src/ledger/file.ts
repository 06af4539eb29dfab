/**
 * 读取一个台账文件：字节（或已解码的文字）→ 台账，或中文说明。命令行、网站计算器和扩展的台账页都用它，三处说的话相同。
 *
 * 顺序：按开头的字节认出常见的错文件（Excel、PDF、网页……）→ 大小（5 MB）→ 编码（UTF-8，可带 BOM）
 * → JSON 语法（说明第几行第几列错在哪里）→ parseLedger。不依赖 zod，永远不抛异常。
 * 网站每次访问都要下载它（JS 预算），所以只认最常见的几种错文件。
 */
import { jsonSyntaxError, lineColumn } from './json-syntax.ts';
import { type ParseLedgerResult, parseLedger } from './parse.ts';

/** 台账文件的大小上限。十年、上千条活动的台账也不到 1 MB。 */
export const MAX_LEDGER_FILE_BYTES = 5 * 1024 * 1024;

const TOO_LARGE = '文件超过 5 MB，不像是学时通台账文件';
const ONLY_JSON = '只能导入学时通导出的 .json 文件';

/** 一个解码器反复用：每个文件新建一个要几十微秒，批量核对时很显眼。 */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

const fail = (message: string): ParseLedgerResult => ({ ok: false, errors: [{ path: '', message }] });
/** “这是 Excel 文件，只能导入……”（西文前空一格，所以 kind 自带空格）。 */
const wrongFile = (kind: string) => fail(`这是${kind}，${ONLY_JSON}`);

/** 按开头的字节认出常见的错文件（zip 里的文件名不压缩，据此分辨 Excel 和 Word）。 */
function sniffBytes(b: Uint8Array): string | undefined {
  const starts = (sig: string) => [...sig].every((c, i) => b[i] === c.charCodeAt(0));
  if (starts('PK\x03\x04')) {
    const names = new TextDecoder('latin1').decode(b);
    return names.includes('xl/') ? ' Excel 文件' : names.includes('word/') ? ' Word 文件' : '压缩文件';
  }
  if (starts('\xd0\xcf\x11\xe0')) return '旧版 Excel 或 Word 文件';
  if (starts('%PDF')) return ' PDF 文件';
  return undefined;
}

/** JSON.parse 失败时的中文说明：第几行第几列、错在哪里。 */
function syntaxMessage(text: string): string {
  if (text.trim() === '') return '文件是空的';
  const e = jsonSyntaxError(text);
  if (!e) return '文件不是有效的 JSON';
  const { line, column } = lineColumn(text, e.index);
  return `文件不是有效的 JSON：第 ${line} 行第 ${column} 列，${e.reason}`;
}

/**
 * 读取台账文件的内容：字节（推荐，可认出 Excel、PDF 等并检查编码）或已解码的文字（只认得出网页）。
 * 调用方只需读入至多 `MAX_LEDGER_FILE_BYTES + 1` 个字节：多出的部分不会被看，结果都是“超过 5 MB”。
 */
export function readLedgerFile(content: Uint8Array | string): ParseLedgerResult {
  if (typeof content !== 'string') {
    const kind = sniffBytes(content);
    if (kind) return wrongFile(kind);
    if (content.length > MAX_LEDGER_FILE_BYTES) return fail(TOO_LARGE);
    try {
      content = UTF8.decode(content); // 去掉 BOM
    } catch {
      return fail(`文件不是 UTF-8 编码，${ONLY_JSON}`);
    }
  }
  if (content.length > MAX_LEDGER_FILE_BYTES) return fail(TOO_LARGE);
  const text = content.replace(/^\uFEFF/, '');
  // 浏览器“另存为”的学习记录网页最常见。
  if (text.trimStart().startsWith('<')) return wrongFile('网页（HTML）文件');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(syntaxMessage(text));
  }
  return parseLedger(json);
}
