/**
 * The live {@link ReadContext.fetchJson}: a same-origin GET with the page's cookies, as the page
 * itself makes it. Kept here (pure, fetch injected) so that the read-only guarantee is tested:
 * no method other than GET, no other origin, no body.
 */
import { FetchJsonError, type FetchJsonOptions } from './contract.ts';

export const MAX_RESPONSE_CHARS = 20_000_000; // a personal record list is far smaller

export function makeFetchJson(
  origin: string,
  // Called through a closure: a detached `fetch` can throw "Illegal invocation" in browsers.
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): (path: string, options?: FetchJsonOptions) => Promise<unknown> {
  const base = new URL(origin);
  return async (path, options) => {
    // Only absolute paths: "//other.host/x" or "https://..." would leave the origin.
    if (!path.startsWith('/') || path.startsWith('//')) throw new FetchJsonError('cross-origin');
    const url = new URL(path, base);
    if (url.origin !== base.origin) throw new FetchJsonError('cross-origin');
    let response: Response;
    try {
      response = await fetchImpl(url.href, {
        method: 'GET',
        credentials: 'include',
        headers: { Accept: 'application/json, text/javascript, */*', ...(options?.headers ?? {}) },
        redirect: 'follow',
      });
    } catch {
      throw new FetchJsonError('network');
    }
    // A redirect to a login page on another origin means the session is gone.
    if (response.url && new URL(response.url).origin !== base.origin) throw new FetchJsonError('not-json');
    if (!response.ok) throw new FetchJsonError('http', response.status);
    const text = await response.text();
    if (text.length > MAX_RESPONSE_CHARS) throw new FetchJsonError('not-json');
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new FetchJsonError('not-json');
    }
  };
}
