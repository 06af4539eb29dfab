import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  integrations: [preact()],
  // No third-party requests: fonts come from the visitor's system.
  devToolbar: { enabled: false },
});
