import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launch } from './harness/browser.ts';

// The harness must say why an extension did not load, not just time out.
test("a broken extension fails with Chromium's own log in the error", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'xueshi-broken-ext-'));
  writeFileSync(join(dir, 'manifest.json'), '{"manifest_version": 3, "name": "broken", "version": "x"}');
  const browser = await launch({ extension: dir });
  try {
    await expect(browser.extensionWorker()).rejects.toThrow(/service worker did not start[\s\S]*Chromium's log/);
    expect(browser.log().join('\n')).toMatch(/Failed to load extension/);
  } finally {
    await browser.close();
  }
});
