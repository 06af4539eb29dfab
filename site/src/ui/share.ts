/**
 * 分享链接：状态压缩后放在 URL 的 # 之后。浏览器从不把 # 之后的内容发给服务器，
 * 所以分享的数据不会离开打开链接的人的设备。
 */

// Straight from core (not ui/core.ts): two constants, in the calculator's file already.
import { EVALUATOR_VERSION, LEDGER_FORMAT_VERSION } from '@xueshi/core';

/** 片段中的参数名：`#s=…`。 */
export const SHARE_PARAM = 's';

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** 解压后的上限：防止特意构造的链接解压成巨大的数据拖垮页面。 */
const MAX_DECODED_BYTES = 10 * 1024 * 1024;

async function pipe(bytes: Uint8Array, stream: CodecStream, limit = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
type CodecStream = CompressionStream | DecompressionStream;

/**
 * 任意 JSON 值 → 压缩的 base64url 字符串。对象会带上生成它的核算器版本（`evaluator`）：
 * 链接可能在另一处、较旧的学时通网站上打开（网站可以放在任何主机上），旧网站据此说明为什么不打开。
 */
export async function encodeShare(value: unknown): Promise<string> {
  const stamped = isObject(value) ? { ...value, evaluator: EVALUATOR_VERSION } : value;
  const json = new TextEncoder().encode(JSON.stringify(stamped));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** 反过来；链接损坏时给出中文说明。 */
export async function decodeShare(
  encoded: string,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(encoded.trim());
  } catch {
    return { ok: false, message: '分享链接不完整或已损坏（编码不正确）' };
  }
  let value: unknown;
  try {
    const raw = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_DECODED_BYTES);
    value = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    return { ok: false, message: '分享链接不完整或已损坏（无法解压），请让对方重新复制完整的链接' };
  }
  const newer = madeByNewer(value);
  return newer ? { ok: false, message: newer } : { ok: true, value };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** 版本号逐段按数字比较（2.10.0 比 2.9.0 新）；a 较新时为正。 */
function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

const ASK = '请在生成这个链接的网站上打开，或等本站更新后再试';

/**
 * 较新版本的学时通生成的链接：台账格式更新，本站读不了；核算器更新，规则可能已经更正，本站算出的
 * 结果可能与对方看到的不同——两种都不打开，说明两边的版本。没有写版本的（旧链接）照常打开。
 */
function madeByNewer(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const format = isObject(value.ledger) ? value.ledger.formatVersion : undefined;
  if (typeof format === 'number' && format > LEDGER_FORMAT_VERSION) {
    return `这个分享链接由较新版本的学时通生成（台账格式第 ${format} 版，本站只认识到第 ${LEDGER_FORMAT_VERSION} 版），本站读不了。${ASK}`;
  }
  const made = value.evaluator;
  if (typeof made === 'string' && /^\d+(\.\d+)*$/.test(made) && compareVersions(made, EVALUATOR_VERSION) > 0) {
    return `这个分享链接由较新版本的学时通生成（核算器 ${made}，本站是 ${EVALUATOR_VERSION}）：新版本可能更正了规则，本站算出的结果可能与对方看到的不同，所以没有打开。${ASK}`;
  }
  return undefined;
}

/** 从地址的 # 部分取出分享内容；没有时返回 undefined。 */
export function shareParam(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_PARAM) ?? undefined;
}

/** 分享链接：页面地址（不含原来的 #）+ `#s=…`。 */
export function shareUrl(pageUrl: string, encoded: string): string {
  return `${pageUrl.replace(/#.*$/, '')}#${SHARE_PARAM}=${encoded}`;
}
