import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';
import { artifacts, extensionDir } from '../../tools/paths.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Load the built extension (extension/.output/chrome-mv3), or the unpacked extension at this path. */
  extension?: boolean | string;
  /** Host names answered by the local fixture server at `fixturePort`, e.g. sdwh-gxk.yxlearning.com. */
  mappedHosts?: string[];
  fixturePort?: number;
  viewport?: { width: number; height: number };
}

export interface Browser {
  context: BrowserContext;
  /** Chromium's own log (--enable-logging), for failures that are not ours. */
  log(): string[];
  /** Every request any page, frame or worker of this browser made, in order. */
  requests: Request[];
  extensionWorker(): Promise<Worker>;
  extensionId(): Promise<string>;
  close(): Promise<void>;
}

/** Starts Debian's Chromium, headless, with a fresh profile and (optionally) the built extension. */
export async function launch(opts: LaunchOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'xueshi-chromium-'));
  const logFile = join(profile, 'chromium.log');
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n') : []);
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    // Chromium's own log goes to a file we read back: Playwright keeps the browser's stderr to itself.
    '--enable-logging',
    `--log-file=${logFile}`,
    '--v=0',
  ];
  if (opts.extension) {
    const dir = typeof opts.extension === 'string' ? opts.extension : extensionDir;
    args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  }
  if (opts.mappedHosts?.length) {
    if (!opts.fixturePort) throw new Error('mappedHosts needs fixturePort');
    const rules = opts.mappedHosts.map((host) => `MAP ${host} 127.0.0.1:${opts.fixturePort}`);
    args.push(`--host-resolver-rules=${rules.join(', ')}`);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    // Playwright disables extensions by default; ours must load.
    ignoreDefaultArgs: opts.extension ? ['--disable-extensions'] : [],
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));

  let worker: Promise<Worker> | undefined;
  const extensionWorker = () => {
    worker ??= findExtensionWorker(context, log);
    return worker;
  };
  return {
    context,
    log,
    requests,
    extensionWorker,
    extensionId: async () => new URL((await extensionWorker()).url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function findExtensionWorker(context: BrowserContext, log: () => string[]): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isOurs);
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 });
  } catch {
    // Say why: Chromium's log names a broken manifest or a script it refused (e.g. "not UTF-8").
    throw new Error(
      `The extension's service worker did not start within 10 s. Chromium's log:\n${log().slice(-80).join('\n')}`,
    );
  }
}

/** Saves a full-page screenshot under test/artifacts/screenshots/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(artifacts, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Reads every object store of an IndexedDB database the extension owns, from its service worker
 * (a content script's IndexedDB would belong to the web page's origin instead).
 */
export async function readExtensionDb(worker: Worker, dbName: string): Promise<Record<string, unknown[]>> {
  return worker.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const store of Array.from(db.objectStoreNames)) {
      out[store] = await new Promise<unknown[]>((ok, fail) => {
        const all = db.transaction(store).objectStore(store).getAll();
        all.onsuccess = () => ok(all.result);
        all.onerror = () => fail(all.error);
      });
    }
    db.close();
    return out;
  }, dbName);
}

/**
 * The platform records the extension stored, in key order: they are kept one row per platform
 * site (`recordSets`, extension/lib/db.ts), so this flattens the rows.
 */
export async function readExtensionRecords<T = unknown>(worker: Worker): Promise<T[]> {
  const db = await readExtensionDb(worker, 'xueshi');
  const sets = (db.recordSets ?? []) as { records: (T & { key: string })[] }[];
  return sets.flatMap((s) => s.records).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Requests whose origin is not one of `allowed` (data: and blob: URLs are local and always allowed). */
export function foreignRequests(requests: Request[], allowed: string[]): string[] {
  return requests
    .map((request) => request.url())
    .filter((url) => !/^(data|blob):/.test(url))
    .filter((url) => !allowed.some((origin) => url.startsWith(origin)));
}

/**
 * The shipped extension reaches an arbitrary page only through activeTab, which Chromium grants
 * when the user clicks the toolbar button; a headless test cannot click it. This copies the built
 * extension and lists `origin` under host_permissions in the copy only — the same scripts and
 * pages, with the grant a click would give. Load it with `launch({ extension: dir })`.
 */
export function extensionCopyWithHostPermission(origin: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'xueshi-ext-copy-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [`${origin}/*`];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}
