import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  integrations: [preact()],
  // No third-party requests: fonts come from the visitor's system.
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // The calculator's code (site UI + core without the notices' rules) in one file: left to itself,
          // the bundler splits the modules shared with the per-notice chunks into many small files, and
          // each file compresses worse. Each notice's rules stay in its own file, loaded on demand.
          codeSplitting: {
            groups: [
              {
                name: 'calculator',
                test: /\/(core\/src\/(?!policies\/(WH19|LY17|QD23|QH20|NX19|index)\b)|site\/src\/)/,
              },
            ],
          },
        },
      },
    },
  },
});
