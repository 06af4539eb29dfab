import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Handler } from '../../tools/static-server.ts';

/**
 * Answers a platform's JSON API from an adapter's saved responses. A response file is named
 * after the request's path and the query values it answers: `query-year-record-list.year-2024.pageNo-2.json`
 * answers `GET …/query-year-record-list.gson?pageSize=10&pageNo=2&year=2024`. Of the files that
 * fit, the most specific wins; a request no file fits gets 404, as a wrong URL would.
 */
export function jsonFixtures(opts: {
  host: string;
  /** Path prefixes served this way, e.g. `/train/cms/record/`. */
  prefixes: string[];
  dir: string;
  /** Replace a response, e.g. with a malformed one, keyed by the file name it would have served. */
  override?: (file: string) => string | undefined;
  /** Every request answered, for assertions on what the adapter asked. */
  seen?: string[];
}): Handler {
  const files = existsSync(opts.dir) ? readdirSync(opts.dir).filter((f) => f.endsWith('.json')) : [];
  return (req, res, url) => {
    const host = (req.headers.host ?? '').split(':')[0];
    if (host !== opts.host || !opts.prefixes.some((p) => url.pathname.startsWith(p))) return false;
    opts.seen?.push(`${req.method} ${url.pathname}${url.search}`);
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return true;
    }
    const stem = basename(url.pathname).replace(/\.[a-z]+$/, '');
    let best: { file: string; score: number } | undefined;
    for (const file of files) {
      const [name, ...pairs] = file.replace(/\.json$/, '').split('.');
      if (name !== stem) continue;
      const fits = pairs.every((pair) => {
        const dash = pair.indexOf('-');
        return url.searchParams.get(pair.slice(0, dash)) === pair.slice(dash + 1);
      });
      if (fits && (!best || pairs.length > best.score)) best = { file, score: pairs.length };
    }
    if (!best) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no fixture');
      return true;
    }
    const body = opts.override?.(best.file) ?? readFileSync(join(opts.dir, best.file), 'utf8');
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
    return true;
  };
}
