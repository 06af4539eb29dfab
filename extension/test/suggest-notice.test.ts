import { expect, test } from 'vitest';
import { suggestNotice } from '../lib/suggest-notice.ts';

test('the host suggests a notice only where it names the region (issue 12: sdwh, nxzj, qhjjglpt)', () => {
  expect(suggestNotice(['sdwh-gxk.yxlearning.com'])).toBe('WH19');
  expect(suggestNotice(['sdwh.yxlearning.com', 'sdwh-zyk.yxlearning.com'])).toBe('WH19');
  expect(suggestNotice(['nxzj.chinahrt.com'])).toBe('NX19');
  expect(suggestNotice(['www.qhjjglpt.com'])).toBe('QH20');
  // Unsure: ask.
  expect(suggestNotice(['gp.chinahrt.com'])).toBeNull();
  expect(suggestNotice(['sddz-gxk.yxlearning.com'])).toBeNull();
  expect(suggestNotice(['sdwh-gxk.yxlearning.com', 'nxzj.chinahrt.com'])).toBeNull();
  expect(suggestNotice([])).toBeNull();
  // A label, not a substring: "notsdwh" says nothing.
  expect(suggestNotice(['notsdwh.example.com'])).toBeNull();
});
