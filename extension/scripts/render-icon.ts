// The one way the icon becomes a PNG: assets/icon.svg drawn at `size` px on a transparent background in Chromium.
// Used by make-icons.ts (the committed public/icon/*.png) and by the store listing (test/e2e/store-listing.e2e.ts).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');

/** Draws the icon at `size` × `size` px into `path`. */
export async function renderIcon(page: Page, size: number, path: string): Promise<void> {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path, omitBackground: true });
}
