import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.gson': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** A handler may answer a request itself; returning false falls through to the files. */
export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface StaticServer {
  server: Server;
  port: number;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves files under `rootFor(host)` on 127.0.0.1. One server can stand in for any number of
 * hosts: Chromium's --host-resolver-rules sends them all here and the Host header picks the folder.
 * `/a/` serves `/a/index.html`, and `/a` falls back to `/a.html` then `/a/index.html` (as static hosts do).
 */
export async function startStaticServer(opts: {
  rootFor: (host: string) => string | undefined;
  port?: number;
  handlers?: Handler[];
  notFoundPage?: (root: string) => string | undefined;
  /** Serve the files under this path only (e.g. `/xueshi/`), as a host serving the site from a sub-folder: anything else is a bare 404. */
  prefix?: string;
}): Promise<StaticServer> {
  const prefix = opts.prefix ?? '/';
  const handlers = opts.handlers ?? [];
  const server = createServer(async (req, res) => {
    const hostHeader = (req.headers.host ?? 'localhost').split(':')[0] ?? 'localhost';
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    try {
      for (const handler of handlers) {
        if (await handler(req, res, url)) return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      if (!url.pathname.startsWith(prefix)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('outside the site');
        return;
      }
      const root = opts.rootFor(hostHeader);
      const file = root ? resolveFile(root, url.pathname.slice(prefix.length - 1)) : undefined;
      if (!root || !file) {
        const notFound = root && opts.notFoundPage?.(root);
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
        if (notFound && existsSync(notFound)) createReadStream(notFound).pipe(res);
        else res.end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((ok) => server.listen(opts.port ?? 0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

function resolveFile(root: string, pathname: string): string | undefined {
  const base = resolve(root);
  const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const candidates = [join(base, clean), join(base, `${clean}.html`), join(base, clean, 'index.html')];
  for (const candidate of candidates) {
    // Never serve outside the root, whatever the path says.
    if (candidate !== base && !candidate.startsWith(base + sep)) continue;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}
