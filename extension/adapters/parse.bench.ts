/**
 * Budget (issue 5 point 9): parse 2,000 yxlearning class records in under 50 ms.
 * Run: `pnpm exec vitest bench --run` in extension/. Each benchmark prints its figures and
 * fails when its mean exceeds the budget.
 */
import { expect, test } from 'vitest';
import type { ReadContext } from './contract.ts';
import { RowIds } from './util.ts';
import { PAGE_SIZE, summaryUrl, yearUrl, yxlearning } from './yxlearning/index.ts';
import { parseListPage, toClassRecords } from './yxlearning/schema.ts';

const N = 2000;
const BUDGET_MS = 50;
const START = Date.UTC(2024, 0, 1);
const classes = Array.from({ length: N }, (_, i) => ({
  className: `2024年专业技术人员继续教育专题班第${i + 1}期：数字经济与高质量发展`,
  isPass: i % 7 === 0 ? 0 : 1,
  passTime: i % 3 === 0 ? `2024-0${1 + (i % 9)}-1${i % 10} 10:20:30` : START + i * 3_600_000,
  period: i % 2 ? 6 : '3.5',
}));
const envelope = (list: unknown[], allRow: number) => ({
  respCode: 200,
  respDesc: '成功',
  attribute: { data: { list, allRow } },
});
const onePage = envelope(classes, N);

// The same 2,000 records served as the page serves them: 10 a page, 200 pages.
const summary = {
  learnYear: 2024,
  learnRequiredHour: 30,
  requiredHour: 30,
  learnElectiveHour: 60,
  electiveHour: 60,
  learnTotalHour: 90,
  totalHour: 90,
  isPass: 1,
};
const responses = new Map<string, unknown>([[summaryUrl(1), envelope([summary], 1)]]);
for (let p = 1; p <= N / PAGE_SIZE; p++) {
  responses.set(yearUrl(2024, p), envelope(classes.slice((p - 1) * PAGE_SIZE, p * PAGE_SIZE), N));
}
const ctx: ReadContext = {
  url: new URL('https://sdwh-gxk.yxlearning.com/my/record'),
  fetchJson: async (path) => responses.get(path),
};

function report(name: string, result: { latency: { mean: number; p99?: number } }): void {
  const { mean, p99 } = result.latency;
  console.info(`${name}: mean ${mean.toFixed(2)} ms, p99 ${p99?.toFixed(2) ?? '?'} ms (budget ${BUDGET_MS} ms)`);
  expect(mean).toBeLessThan(BUDGET_MS);
}

test(`yxlearning: validate + convert ${N} class records in one list`, async ({ bench }) => {
  const result = await bench('parse 2,000', () => {
    const page = parseListPage(onePage);
    if (!page.ok) throw new Error('unrecognised');
    const out = toClassRecords(page.items, {
      platform: 'yxlearning',
      host: 'sdwh-gxk.yxlearning.com',
      year: 2024,
      hostCategory: 'public',
      ids: new RowIds(),
    });
    if (!out.ok || out.records.length !== N) throw new Error('wrong count');
  }).run();
  report('parse 2,000 class records', result);
});

test(`yxlearning: full read of ${N} records, summary + 200 pages of 10`, async ({ bench }) => {
  const result = await bench('read 2,000', async () => {
    const r = await yxlearning.read(ctx);
    if (!r.ok || r.records.length !== N) throw new Error('wrong count');
  }).run();
  report('full read (201 fake GETs)', result);
});
