import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

import { BASE, SITE } from './address.mjs';

export default defineConfig({
  // The public address and base path (address.mjs): canonical links, the sitemap and every internal link need them.
  site: SITE,
  base: BASE,
  output: 'static',
  // A Content-Security-Policy <meta> on every page: script-src 'self' plus hashes of Astro's own inline scripts.
  security: { csp: true },
  // No Markdown on this site; Shiki's inline styles would not pass the CSP anyway.
  markdown: { syntaxHighlight: false },
  integrations: [preact()],
  // No third-party requests: fonts come from the visitor's system.
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Vite's own minifier (Oxc) stays: terser, tried for bytes, made the calculator visit larger
      // (41,103 B gzip by default, 40,998 B with three passes and top-level mangling, against 40,929 B).
      rolldownOptions: {
        output: {
          // The calculator's code (site UI + core without the notices' rules) in one file: left to itself,
          // the bundler splits the modules shared with the per-notice chunks into many small files, and
          // each file compresses worse. Each notice's rules stay in its own file, loaded on demand.
          codeSplitting: {
            groups: [
              // Validation (schemas, messages, the activity kinds' form descriptions) loads when first needed: restoring
              // saved work or submitting the form (ui/validation.ts); the island gets the kinds as props.
              // The rules for “其他地区” (USER) and NAT15’s policy object load like a notice's; only how a stated requirement is read and NAT15’s numbers stay in.
              // Its form, presets and their texts load on demand too (UserRequirementForm.tsx, userRequirement.ts, presets.ts).
              // Files and share links load on demand too (share.ts, files.ts and core's file reader stay out of both groups).
              // The rules WH19 and LY17 share (policies/past-years.ts) load with those two notices.
              // The planner and its view load on demand, the first time the visitor asks 怎样补齐.
              // (A lower priority than the calculator's, so the modules both use stay in the calculator's file.)
              { name: 'plan', test: /\/(core\/src\/plan\/|site\/src\/ui\/PlanView\.tsx)/, priority: 1 },
              // Validation in a file of its own, shared by restoring saved work, the form, import and the planner
              // (between the two: modules the calculator uses stay in its file, the planner does not take these).
              {
                name: 'validation',
                test: /\/(core\/src\/ledger\/(parse|validate|validation\.generated|kinds)\.ts|site\/src\/ui\/validation\.ts)/,
                priority: 2,
              },
              {
                name: 'calculator',
                priority: 3,
                test: /\/(core\/src\/(?!policies\/(WH19|LY17|QD23|QH20|NX19|index|past-years)\b|policies\/USER\/(index|presets)\.ts|policies\/NAT15\/index\.ts|plan\/|ledger\/(file|json-syntax|parse|validate|validation\.generated|kinds)\.ts)|site\/src\/(?!ui\/(PlanView\.tsx|Prompts\.tsx|share\.ts|files\.ts|validation\.ts|UserRequirementForm\.tsx|userRequirement\.ts)))/,
              },
            ],
          },
        },
      },
    },
  },
});
