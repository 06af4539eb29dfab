import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';

// One version for the whole project, in the root package.json: the manifest and the zips' names take it
// (`pnpm release` packages under it).
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The site's public address, from the site's own config (its `site`): the popup and the dashboard
// link its privacy page (issue 15), and there is one place to change the address.
const siteConfig = readFileSync(new URL('../site/astro.config.mjs', import.meta.url), 'utf8');
// The site takes XUESHI_SITE at build time, its config's default otherwise: the same here.
const siteAddress =
  process.env.XUESHI_SITE ||
  /^\s*site:\s*(?:process\.env\.XUESHI_SITE\s*\|\|\s*)?'(https:\/\/[^']+)'/m.exec(siteConfig)?.[1];
if (!siteAddress) throw new Error("site/astro.config.mjs names no `site: 'https://…'`: the privacy link needs it");
const PRIVACY_URL = new URL('privacy/', siteAddress.endsWith('/') ? siteAddress : `${siteAddress}/`).href;

const DEXIE_CHUNK =
  /node_modules[\\/]dexie[\\/]|lib[\\/](db|records|ledger-store|ledger-live|save-read|reminders|undo)\.ts$/;

// No host permissions: content scripts match only the platform families 学时通 reads (see
// ../shared/platforms.md), and any other page is read only when the user asks (activeTab).
export default defineConfig({
  manifest: ({ browser }) => ({
    version,
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // alarms + notifications: the deadline reminders (30, 7 and 1 days before), scheduled and
    // shown on this device only, and only after the user turns them on in the popup.
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'notifications'],
    // The browser's “options” opens the dashboard: the settings there (notice, profile, 其他地区's
    // figures) are all the options there are, beside the ledger they apply to; a second page would
    // repeat them.
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    // Firefox asks for an ID and for what data leaves the device: none does.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'xueshi@xueshi.local', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  zip: { artifactTemplate: 'xueshi-{{version}}-{{browser}}.zip', sourcesTemplate: 'xueshi-{{version}}-sources.zip' },
  vite: () => ({
    define: { __XUESHI_PRIVACY_URL__: JSON.stringify(PRIVACY_URL) },
    // Preact's automatic JSX runtime, without a Babel plugin.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Keep the output ASCII: Chromium refuses a content script that is not valid UTF-8
    // (Vite 8 once turned an escaped U+FFFF into a raw character, see design.md).
    // Dexie and the modules that use it in a chunk of their own: shared modules otherwise share a
    // chunk with them, and the dashboard's first screen (which reads without Dexie,
    // lib/first-read.ts) would load Dexie anyway. (Content scripts are single files: ignored there.)
    build: {
      rolldownOptions: {
        output: {
          charset: 'ascii',
          advancedChunks: { includeDependenciesRecursively: false, groups: [{ name: 'dexie', test: DEXIE_CHUNK }] },
        },
      },
    },
  }),
});
