import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bytesOf, calculatorVisit, NOTICE_CHUNK, PLAN_CHUNK, pageJs } from '../../site/bench/js-graph.ts';
import { siteDist } from '../tools/paths.ts';

/** 计算器一次访问的 JS 预算（gzip）：打开页面 + 最重的一份通知的规则。 */
const BUDGET = 40 * 1024;

// Byte counts of the built files are deterministic, so this is a plain test (no browser, no timing).
describe('site: JS budget', () => {
  test('the calculator, with the heaviest notice, stays within 40 KB gzip', () => {
    const visit = calculatorVisit(siteDist);
    console.log(`calculator visit: ${visit.bytes} bytes gzip (${visit.parts.join(', ')}), budget ${BUDGET}`);
    expect(visit.heaviestNotice).toMatch(NOTICE_CHUNK);
    expect(visit.bytes).toBeLessThanOrEqual(BUDGET);
  });

  test('no notice rules and no planner are in what the page loads first', () => {
    const js = pageJs(siteDist, join(siteDist, 'calculator', 'index.html'));
    for (const f of js.initial) {
      expect(f).not.toMatch(NOTICE_CHUNK);
      expect(f).not.toMatch(PLAN_CHUNK);
    }
    const notices = [...js.onDemand.keys()].filter((n) => NOTICE_CHUNK.test(n));
    expect(notices).toHaveLength(5);
    expect([...js.onDemand.keys()].some((n) => PLAN_CHUNK.test(n))).toBe(true);
    for (const [name, files] of js.onDemand) console.log(`on demand: ${name} ${bytesOf(files)} bytes gzip`);
  });
});
