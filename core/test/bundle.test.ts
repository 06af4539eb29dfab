import { expect, test } from 'vitest';
import { browserBundle, validatorBundle } from '../scripts/check-bundle.ts';

const files = browserBundle();

test('a browser bundle of parse*/ACTIVITY_KINDS/evaluatePolicy/loadPolicy contains no zod', () => {
  expect(files.filter((f) => f.zod).map((f) => f.name)).toEqual([]);
  // 每份通知一个文件（动态导入），静态注册表不在包里。
  expect(files.filter((f) => /^(WH19|LY17|QD23|QH20|NX19)-/.test(f.name))).toHaveLength(5);
});

test('validator + compact schema stay small (gzip < 5 KB)', () => {
  expect(validatorBundle().gzip).toBeLessThan(5000);
});
