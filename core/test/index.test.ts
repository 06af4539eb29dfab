import { expect, test } from 'vitest';
import { CORE_VERSION } from '../src/index.ts';

test('core exposes a version', () => {
  expect(CORE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
});
