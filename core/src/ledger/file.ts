/**
 * 读取一个台账文件：字节（或已解码的文字）→ 台账，或中文说明。命令行、网站计算器和扩展的台账页都用它，三处说的话相同。
 *
 * 顺序：按开头的字节认出常见的错文件（Excel、PDF、网页……）→ 大小（5 MB）→ 编码（UTF-8，可带 BOM；带 BOM 的 UTF-16）
 * → JSON 语法（说明第几行第几列错在哪里）→ parseLedger。不依赖 zod，永远不抛异常。
 */
import { jsonSyntaxError, lineColumn } from './json-syntax.ts';
import { type ParseLedgerResult, parseLedger } from './parse.ts';

/** 台账文件的大小上限。十年、上千条活动的台账也不到 1 MB。 */
export const MAX_LEDGER_FILE_BYTES = 5 * 1024 * 1024;

const TOO_LARGE = '文件超过 5 MB，不像是学时通台账文件';
const ONLY_JSON = '只能导入学时通导出的 .json 文件';

const fail = (message: string): ParseLedgerResult => ({ ok: false, errors: [{ path: '', message }] });
/** “这是 Excel 文件，只能导入……”（西文前空一格）。 */
const wrongFile = (kind: string) => fail(`这是${/^[A-Za-z]/.test(kind) ? ' ' : ''}${kind}，${ONLY_JSON}`);

/** zip 的文件名不压缩：据此分辨 Excel、Word 和别的压缩包。 */
function zipKind(bytes: Uint8Array): string {
  const names = new TextDecoder('latin1').decode(bytes);
  if (names.includes('xl/')) return 'Excel 文件';
  if (names.includes('word/')) return 'Word 文件';
  return '压缩文件（zip）';
}

/** 按开头几个字节认出常见的错文件。 */
function sniffBytes(b: Uint8Array): string | undefined {
  const starts = (...sig: number[]) => sig.every((x, i) => b[i] === x);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return zipKind(b);
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return '旧版 Excel 或 Word 文件（.xls / .doc）';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'PDF 文件';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return '图片';
  if (starts(0x52, 0x61, 0x72, 0x21) || starts(0x37, 0x7a, 0xbc, 0xaf)) return '压缩文件';
  return undefined;
}

/** 文字的开头认出网页、XML、PDF（浏览器“另存为”的网页最常见）。 */
function sniffText(text: string): string | undefined {
  const head = text.slice(0, 200).trimStart().toLowerCase();
  if (head.startsWith('%pdf')) return 'PDF 文件';
  if (head.startsWith('<?xml')) return 'XML 文件';
  if (head.startsWith('<')) return '网页（HTML）文件';
  return undefined;
}

/** UTF-8（BOM 去掉）或带 BOM 的 UTF-16（记事本的“Unicode”）；都不是时 undefined。 */
function decode(b: Uint8Array): string | undefined {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b);
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return undefined;
  }
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
 * 读取台账文件的内容：字节（推荐，可认出 Excel、PDF 等并检查编码）或已解码的文字。
 * 调用方只需读入至多 `MAX_LEDGER_FILE_BYTES + 1` 个字节：多出的部分不会被看，结果都是“超过 5 MB”。
 */
export function readLedgerFile(content: Uint8Array | string): ParseLedgerResult {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    const kind = sniffBytes(content);
    if (kind) return wrongFile(kind);
    if (content.length > MAX_LEDGER_FILE_BYTES) return fail(TOO_LARGE);
    const decoded = decode(content);
    if (decoded === undefined) return fail(`文件不是 UTF-8 编码的文字（可能是 GBK 编码或别的格式），${ONLY_JSON}`);
    text = decoded;
  }
  if (text.length > MAX_LEDGER_FILE_BYTES) return fail(TOO_LARGE);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const kind = sniffText(text);
  if (kind) return wrongFile(kind);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(syntaxMessage(text));
  }
  return parseLedger(json);
}
