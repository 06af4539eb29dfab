/**
 * 分享链接：状态压缩后放在 URL 的 # 之后。浏览器从不把 # 之后的内容发给服务器，
 * 所以分享的数据不会离开打开链接的人的设备。
 */

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

/** 任意 JSON 值 → 压缩的 base64url 字符串。 */
export async function encodeShare(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
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
  try {
    const raw = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_DECODED_BYTES);
    return { ok: true, value: JSON.parse(new TextDecoder().decode(raw)) };
  } catch {
    return { ok: false, message: '分享链接不完整或已损坏（无法解压），请让对方重新复制完整的链接' };
  }
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
