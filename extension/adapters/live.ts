/**
 * The live {@link ReadContext} for a content script: the page's URL, document and storage, and
 * the same-origin GET of {@link makeFetchJson}. The only place that touches `window`; call it
 * in the content script, not at import time.
 */
import type { ReadContext } from './contract.ts';
import { makeFetchJson } from './fetch.ts';

export function liveContext(win: Window = window): ReadContext {
  const storage = (get: () => Storage): Pick<Storage, 'getItem'> => ({
    getItem: (key) => {
      try {
        return get().getItem(key);
      } catch {
        return null; // storage can be blocked (sandboxed frame, privacy settings)
      }
    },
  });
  return {
    url: new URL(win.location.href),
    fetchJson: makeFetchJson(win.location.origin, win.fetch.bind(win)),
    document: win.document,
    sessionStorage: storage(() => win.sessionStorage),
    localStorage: storage(() => win.localStorage),
  };
}
