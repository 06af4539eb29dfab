import { describe, expect, test } from 'vitest';
import { FetchJsonError } from '../../adapters/contract.ts';
import { makeFetchJson } from '../../adapters/fetch.ts';

function fakeFetch(body: string, init: { status?: number; url?: string } = {}) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const impl = (async (url: string, requestInit?: RequestInit) => {
    calls.push({ url, init: requestInit });
    const response = new Response(body, { status: init.status ?? 200 });
    Object.defineProperty(response, 'url', { value: init.url ?? url });
    return response;
  }) as unknown as typeof fetch;
  return { impl, calls };
}

const kind = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: FetchJsonError) => e.kind,
  );

describe('the live fetchJson', () => {
  test('a same-origin GET with the cookies and the given headers', async () => {
    const { impl, calls } = fakeFetch('{"respCode":200}');
    const get = makeFetchJson('https://sdwh-gxk.yxlearning.com', impl);
    expect(await get('/train/x.gson?pageNo=1', { headers: { hrttoken: 't' } })).toEqual({ respCode: 200 });
    expect(calls[0]?.url).toBe('https://sdwh-gxk.yxlearning.com/train/x.gson?pageNo=1');
    expect(calls[0]?.init).toMatchObject({ method: 'GET', credentials: 'include', headers: { hrttoken: 't' } });
    expect(calls[0]?.init?.body).toBeUndefined();
  });

  test.each(['https://evil.example/x', '//evil.example/x', 'x.gson', 'javascript:alert(1)'])(
    'refuses %s without a request',
    async (path) => {
      const { impl, calls } = fakeFetch('{}');
      expect(await kind(makeFetchJson('https://gp.chinahrt.com', impl)(path))).toBe('cross-origin');
      expect(calls).toEqual([]);
    },
  );

  test('a login page, a redirect elsewhere, an HTTP error', async () => {
    const origin = 'https://gp.chinahrt.com';
    expect(await kind(makeFetchJson(origin, fakeFetch('<html>登录</html>').impl)('/a'))).toBe('not-json');
    expect(await kind(makeFetchJson(origin, fakeFetch('{}', { url: 'https://sso.example/login' }).impl)('/a'))).toBe(
      'not-json',
    );
    const err = await makeFetchJson(origin, fakeFetch('', { status: 500 }).impl)('/a').catch((e) => e);
    expect(err).toBeInstanceOf(FetchJsonError);
    expect(err).toMatchObject({ kind: 'http', status: 500 });
  });
});

describe('the live context', () => {
  test('built from a window: URL, document, storage that never throws', async () => {
    const { Window } = await import('happy-dom');
    const win = new Window({ url: 'https://gp.chinahrt.com/index.html#/v_trainplan_list' });
    win.sessionStorage.setItem('jwtToken', 'abc');
    const { liveContext } = await import('../../adapters/live.ts');
    const ctx = liveContext(win as unknown as Window & typeof globalThis);
    expect(ctx.url.hash).toBe('#/v_trainplan_list');
    expect(ctx.sessionStorage?.getItem('jwtToken')).toBe('abc');
    expect(ctx.localStorage?.getItem('nothing')).toBeNull();
    expect(await kind(ctx.fetchJson('https://evil.example/'))).toBe('cross-origin');
  });
});
