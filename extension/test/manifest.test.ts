import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('zh_CN is the default locale and names the extension 学时通', () => {
  const zh = JSON.parse(readFileSync(new URL('../public/_locales/zh_CN/messages.json', import.meta.url), 'utf8'));
  expect(zh.extName.message).toBe('学时通');
});
