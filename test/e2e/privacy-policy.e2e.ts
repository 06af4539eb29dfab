// The privacy policy stays true: the permissions and the sites it lists are exactly the built manifest's
// (Chrome and Firefox). Add a permission or a content-script site without listing it, and this fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PERMISSIONS, READ_HOSTS } from '../../site/src/lib/privacy.ts';
import { extensionOutput, siteDist } from '../tools/paths.ts';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}
const manifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(extensionOutput, dir, 'manifest.json'), 'utf8'));
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

describe('privacy policy', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv2']) {
    test(`${dir}: the permissions listed are exactly the manifest's`, () => {
      const m = manifest(dir);
      // Firefox MV2 puts host patterns among permissions; the policy lists those as sites it reads.
      const perms = (m.permissions ?? []).filter((p) => !p.includes('://'));
      expect(sorted(PERMISSIONS.map((p) => p.name))).toEqual(sorted(perms));
      expect(m.host_permissions ?? []).toEqual([]);
    });

    test(`${dir}: the sites listed are exactly where content scripts run`, () => {
      const matches = (manifest(dir).content_scripts ?? []).flatMap((c) => c.matches);
      expect(sorted(READ_HOSTS.map((h) => h.pattern))).toEqual(sorted(matches));
    });
  }

  test('the built page names every permission and site, in Chinese and English', () => {
    const html = readFileSync(join(siteDist, 'privacy', 'index.html'), 'utf8');
    for (const p of PERMISSIONS) expect(html).toContain(`<code>${p.name}</code>`);
    for (const h of READ_HOSTS) expect(html).toContain(h.pattern);
    expect(html).toContain('学时通不收集任何数据');
    expect(html).toContain('Xueshi collects no data');
  });
});
