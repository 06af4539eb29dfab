import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifacts } from '../../tools/paths.ts';

/**
 * Saves a tall page as several viewport-high screenshots (name-1.png, name-2.png, …) under
 * test/artifacts/screenshots/, so a narrow (375 px) page can be looked at in readable pieces.
 */
export async function screenshotPieces(page: Page, name: string, maxPieces = 6): Promise<string[]> {
  const dir = join(artifacts, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const paths: string[] = [];
  for (let i = 0; i * viewport.height < height && i < maxPieces; i++) {
    const path = join(dir, `${name}-${i + 1}.png`);
    await page.screenshot({
      path,
      fullPage: true,
      clip: {
        x: 0,
        y: i * viewport.height,
        width: viewport.width,
        height: Math.min(viewport.height, height - i * viewport.height),
      },
    });
    paths.push(path);
  }
  return paths;
}
