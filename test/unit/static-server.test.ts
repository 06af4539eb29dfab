import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type StaticServer, startStaticServer } from '../tools/static-server.ts';

let server: StaticServer;
let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'xueshi-static-'));
  mkdirSync(join(root, 'a.example', 'my'), { recursive: true });
  writeFileSync(join(root, 'a.example', 'my', 'record.html'), '<title>A</title>');
  writeFileSync(join(root, 'secret.txt'), 'outside');
  server = await startStaticServer({ rootFor: (host) => (host === 'a.example' ? join(root, 'a.example') : undefined) });
});
afterAll(() => server.close());

// fetch() may not set Host, so ask the way Chromium's mapped hosts do: a raw request with that Host.
const get = (path: string, host: string) =>
  new Promise<{ status: number; body: string }>((ok, fail) => {
    request({ port: server.port, host: '127.0.0.1', path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    })
      .on('error', fail)
      .end();
  });

test('picks the folder by Host header and serves /my/record as my/record.html', async () => {
  await expect(get('/my/record', 'a.example')).resolves.toEqual({ status: 200, body: '<title>A</title>' });
});

test('unknown hosts and paths outside the root get 404', async () => {
  expect((await get('/my/record', 'b.example')).status).toBe(404);
  expect((await get('/../secret.txt', 'a.example')).status).toBe(404);
  expect((await get('/%2e%2e/secret.txt', 'a.example')).status).toBe(404);
});

test('with a prefix, serves the site only under it, as a host serving a sub-folder; nothing outside', async () => {
  const sub = await startStaticServer({ rootFor: () => join(root, 'a.example'), prefix: '/xueshi/' });
  try {
    const at = (path: string) =>
      fetch(`${sub.origin}${path}`).then(async (r) => ({ status: r.status, body: await r.text() }));
    await expect(at('/xueshi/my/record')).resolves.toEqual({ status: 200, body: '<title>A</title>' });
    expect((await at('/my/record')).status).toBe(404);
    expect((await at('/xueshi')).status).toBe(404);
  } finally {
    await sub.close();
  }
});
