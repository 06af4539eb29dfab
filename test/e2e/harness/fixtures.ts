import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { fixtureHosts, siteDist } from '../../tools/paths.ts';
import { type Handler, type StaticServer, startStaticServer } from '../../tools/static-server.ts';
import { type Browser, type LaunchOptions, launch } from './browser.ts';

/**
 * One local server for every platform host: files come from test/fixtures/hosts/<host>/, and
 * tests may add handlers (e.g. a JSON API answering per query string, or a malformed response).
 */
export function startFixtureServer(handlers: Handler[] = []): Promise<StaticServer> {
  return startStaticServer({
    rootFor: (host) => {
      const dir = join(fixtureHosts, host);
      return existsSync(dir) ? dir : undefined;
    },
    handlers,
  });
}

/** Serves the built site (site/dist) as a static host would, 404 page included. */
export function startSiteServer(): Promise<StaticServer> {
  if (!existsSync(join(siteDist, 'index.html'))) throw new Error('site/dist is missing: run `pnpm build` first');
  return startStaticServer({ rootFor: () => siteDist, notFoundPage: (root) => join(root, '404.html') });
}

/**
 * The built site and a fresh Chromium for one describe block: started before its tests, closed
 * after them. Read `env.site` and `env.browser` inside tests and hooks (they exist from then on).
 */
export function useSiteAndBrowser(options: LaunchOptions = {}): {
  readonly site: StaticServer;
  readonly browser: Browser;
} {
  const env = {} as { site: StaticServer; browser: Browser };
  beforeAll(async () => {
    env.site = await startSiteServer();
    env.browser = await launch(options);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
