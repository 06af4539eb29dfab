// Renders assets/icon.svg into the PNG sizes a Chromium extension wants (public/icon/<size>.png).
// Run by hand after changing the SVG: `pnpm --filter @xueshi/extension exec node scripts/make-icons.ts`.
// The PNGs are committed, so building the extension needs no browser.
import { chromium } from 'playwright-core';
import { renderIcon } from './render-icon.ts';

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128])
  await renderIcon(page, size, new URL(`../public/icon/${size}.png`, import.meta.url).pathname);
await browser.close();
