/**
 * The adapter registry. Content scripts call {@link detectAdapter} with the page URL and, on a
 * record page, `adapter.read(ctx)`. The generic table reader is not in the automatic list: it
 * runs only when the user starts it from the popup on the current page.
 */
import { chinahrt } from './chinahrt/index.ts';
import type { Adapter } from './contract.ts';
import { ghlearning, yxlearning } from './yxlearning/index.ts';

export * from './contract.ts';
export { makeFetchJson } from './fetch.ts';
export * as genericTable from './generic-table/index.ts';
export { liveContext } from './live.ts';
export { chinahrt, ghlearning, yxlearning };

export const adapters: readonly Adapter[] = [yxlearning, ghlearning, chinahrt];

function toUrl(url: URL | string): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The adapter whose platform family this page belongs to, or null. */
export function detectAdapter(url: URL | string): Adapter | null {
  const u = toUrl(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return null;
  return adapters.find((a) => a.matches(u)) ?? null;
}

/** The adapter to run by itself on this page: only on its record pages. */
export function detectRecordPage(url: URL | string): Adapter | null {
  const u = toUrl(url);
  const adapter = u ? detectAdapter(u) : null;
  return adapter && u && adapter.isRecordPage(u) ? adapter : null;
}

export function adapterById(id: string): Adapter | null {
  return adapters.find((a) => a.id === id) ?? null;
}
