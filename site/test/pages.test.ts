import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('the home page is written in Chinese', () => {
  const page = readFileSync(new URL('../src/pages/index.astro', import.meta.url), 'utf8');
  expect(page).toContain('继续教育学时');
});
