import { EVALUATOR_VERSION, LEDGER_FORMAT_VERSION } from '@xueshi/core';
import { describe, expect, test } from 'vitest';
import { decodeShare, encodeShare } from '../src/ui/share.ts';
import { restore } from '../src/ui/state.ts';

/** 按分享链接的编码（deflate-raw + base64url）直接写出一个链接的内容：模拟另一个版本的学时通生成的链接。 */
async function linkOf(value: unknown): Promise<string> {
  const raw = new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(raw).arrayBuffer());
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

const ledger = {
  formatVersion: LEDGER_FORMAT_VERSION,
  profile: { notice: 'QD23', doctorate: false },
  activities: [{ id: 'p1', kind: 'public-certificate', date: '2023-06-30', hours: 24 }],
};
const query = { kind: 'year', year: 2023 };

describe('share links from another version of 学时通', () => {
  test('a link from a newer ledger format is refused with a Chinese message naming both versions', async () => {
    const newer = LEDGER_FORMAT_VERSION + 1;
    const r = await decodeShare(await linkOf({ ledger: { ...ledger, formatVersion: newer }, query }));
    expect(r).toEqual({ ok: false, message: expect.stringContaining('较新版本的学时通') });
    if (!r.ok) expect(r.message).toContain(`第 ${newer} 版`);
  });

  test('a link from a newer evaluator is refused: this site could show figures the newer rules corrected', async () => {
    const r = await decodeShare(await linkOf({ ledger, query, evaluator: '99.0.0' }));
    expect(r).toEqual({ ok: false, message: expect.stringContaining('较新版本的学时通') });
    if (!r.ok) expect(r.message).toContain(`核算器 99.0.0，本站是 ${EVALUATOR_VERSION}`);
    // Versions compare as numbers, not as text: 2.10.0 is newer than 2.9.0.
    const [major = 0, minor = 0] = EVALUATOR_VERSION.split('.').map(Number);
    const tenth = await decodeShare(await linkOf({ ledger, query, evaluator: `${major}.${minor + 10}.0` }));
    expect(tenth.ok).toBe(false);
  });

  test('links this version makes carry its evaluator version and open here', async () => {
    const enc = await encodeShare({ ledger, query });
    const r = await decodeShare(enc);
    if (!r.ok) throw new Error(r.message);
    expect(r.value).toMatchObject({ evaluator: EVALUATOR_VERSION });
    const back = await restore(r.value);
    expect(back.ok).toBe(true);
  });

  test('links from older versions (an older evaluator, or none named) still open', async () => {
    for (const value of [
      { ledger, query },
      { ledger, query, evaluator: '1.0.0' },
    ]) {
      const r = await decodeShare(await linkOf(value));
      expect(r.ok).toBe(true);
    }
  });
});
