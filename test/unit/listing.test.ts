import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LISTING_SOURCE, manifestDescription, readListing } from '../tools/listing.ts';

const source = readFileSync(LISTING_SOURCE, 'utf8');
/** store/listing.md with one section's text replaced. */
const withSection = (heading: string, text: string) =>
  source.replace(new RegExp(`(## ${heading}\\n\\n)[\\s\\S]*?(\\n\\n## |\\s*$)`), `$1${text}$2`);

describe('store listing text (store/listing.md)', () => {
  test('the project’s own listing passes: a one-line summary within Chrome’s 132, a long text within Edge’s range', () => {
    const listing = readListing(source);
    expect([...listing.short].length).toBeLessThanOrEqual(132);
    expect(listing.short).not.toContain('\n');
    expect([...listing.long].length).toBeGreaterThanOrEqual(250);
    expect(listing.long).toContain('只读、不刷课');
  });

  test('a summary over 132 characters is refused, saying how long it is', () => {
    const long = '学时通只读、不刷课，数据只存在你的浏览器里。'.repeat(7);
    expect(() => readListing(withSection('简短说明', long))).toThrow(`简短说明 ${[...long].length} 个字符`);
  });

  test('a text that drops 不刷课 is refused', () => {
    expect(() => readListing(withSection('简短说明', '汇总学时，只读，数据只存在你的浏览器里。'))).toThrow(
      '简短说明没有写“不刷课”',
    );
  });

  // Chrome shows the manifest's description as the listing's summary: the two say the same thing.
  test('the extension’s manifest description is the listing’s summary', () => {
    expect(manifestDescription()).toBe(readListing(source).short);
  });

  test('a missing section is named', () => {
    expect(() => readListing(source.replace('## 详细说明', '## 说明'))).toThrow('缺少“## 详细说明”');
  });
});
