// Where the site is served, set at build time: `XUESHI_SITE=https://host` (canonical links, the sitemap, and the
// extension's link to the privacy page) and `XUESHI_BASE=/xueshi/` for https://host/xueshi/ (default the host's root).
// One module for both astro.config.mjs and extension/wxt.config.ts, so the two cannot disagree.

const trimmed = (process.env.XUESHI_BASE ?? '').replace(/^\/+|\/+$/g, '');
if (!/^[\w.~/-]*$/.test(trimmed))
  throw new Error(`XUESHI_BASE 只能含字母、数字和 - _ . ~ /：${process.env.XUESHI_BASE}`);

/** The public origin (no path). */
export const SITE = (process.env.XUESHI_SITE || 'https://xueshi.example.org').replace(/\/+$/, '');
/** The base path, with slashes at both ends ('/' at the root). */
export const BASE = trimmed ? `/${trimmed}/` : '/';
/** The privacy page's full address. */
export const PRIVACY_URL = `${SITE}${BASE}privacy/`;
