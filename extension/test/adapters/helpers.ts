import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { coursesUrl, plansUrl } from '../../adapters/chinahrt/index.ts';
import { FetchJsonError, type FetchJsonOptions, type ReadContext } from '../../adapters/contract.ts';
import { summaryUrl, yearUrl } from '../../adapters/yxlearning/index.ts';

export const adaptersDir = new URL('../../adapters/', import.meta.url);

export function fixture(path: string): string {
  return readFileSync(new URL(path, adaptersDir), 'utf8');
}

export function fixtureJson(path: string): unknown {
  return JSON.parse(fixture(path));
}

/**
 * Compare with an expected-*.json file. `UPDATE_EXPECTED=1` rewrites it (then review the diff:
 * the expected files are the adapter's specification, not a snapshot to wave through).
 */
export function expectMatchesFile(actual: unknown, path: string): void {
  const url = new URL(path, adaptersDir);
  if (process.env.UPDATE_EXPECTED || !existsSync(url)) {
    writeFileSync(url, `${JSON.stringify(actual, null, 2)}\n`);
  }
  expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(readFileSync(url, 'utf8')));
}

export interface Request {
  path: string;
  headers: Record<string, string>;
}

/**
 * A ReadContext that serves fixtures by exact path + query. An unknown path is a 404, like a
 * server that has no such page; a value that is an Error is thrown as the fetch failure.
 */
export function fakeContext(
  url: string,
  responses: Record<string, unknown>,
  extra: Partial<ReadContext> = {},
): { ctx: ReadContext; requests: Request[] } {
  const requests: Request[] = [];
  const ctx: ReadContext = {
    url: new URL(url),
    async fetchJson(path: string, options?: FetchJsonOptions) {
      requests.push({ path, headers: { ...(options?.headers ?? {}) } });
      if (!(path in responses)) throw new FetchJsonError('http', 404);
      const value = responses[path];
      if (value instanceof Error) throw value;
      // A fresh copy per request, as from the network: adapters must not rely on identity.
      return structuredClone(value);
    },
    ...extra,
  };
  return { ctx, requests };
}

export function storage(values: Record<string, string>): Pick<Storage, 'getItem'> {
  return { getItem: (key: string) => values[key] ?? null };
}

/** The responses of the 学习档案 page, by the exact path the adapter must ask for. */
export function yxResponses(): Record<string, unknown> {
  return {
    [summaryUrl(1)]: fixtureJson(`yxlearning/fixtures/find-my-record-list.pageNo-1.json`),
    [yearUrl(2024, 1)]: fixtureJson(`yxlearning/fixtures/query-year-record-list.year-2024.pageNo-1.json`),
    [yearUrl(2024, 2)]: fixtureJson(`yxlearning/fixtures/query-year-record-list.year-2024.pageNo-2.json`),
    [yearUrl(2023, 1)]: fixtureJson(`yxlearning/fixtures/query-year-record-list.year-2023.pageNo-1.json`),
    [yearUrl(2022, 1)]: fixtureJson(`yxlearning/fixtures/query-year-record-list.year-2022.pageNo-1.json`),
  };
}

export const CHINAHRT_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.ZmFrZQ.c2lnbmF0dXJl'; // made up

/** The responses of the chinahrt plan and course pages, by the exact path the adapter must ask for. */
export function chinahrtResponses(): Record<string, unknown> {
  const C = 'chinahrt/fixtures/';
  return {
    [plansUrl('88', 1)]: fixtureJson(`${C}trainplan-list.curPage-1.json`),
    [coursesUrl('8a2f01', '88', 1)]: fixtureJson(`${C}selected-course.trainplanId-8a2f01.curPage-1.json`),
    [coursesUrl('8a2f01', '88', 2)]: fixtureJson(`${C}selected-course.trainplanId-8a2f01.curPage-2.json`),
    [coursesUrl('8a2f02', '88', 1)]: fixtureJson(`${C}selected-course.trainplanId-8a2f02.curPage-1.json`),
  };
}
