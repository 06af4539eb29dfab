import { defineConfig } from 'wxt';

// Host permissions list only the platform families 学时通 reads (see ../shared/platforms.md).
export default defineConfig({
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'scripting'],
  },
  zip: { artifactTemplate: 'xueshi-{{version}}-{{browser}}.zip' },
  vite: () => ({
    // Preact's automatic JSX runtime, without a Babel plugin.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Keep the output ASCII: Chromium refuses a content script that is not valid UTF-8
    // (Vite 8 once turned an escaped U+FFFF into a raw character, see design.md).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
