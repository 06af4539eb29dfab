import { fileURLToPath } from 'node:url';

/** Where the built parts live, relative to this file so any working directory works. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const siteDist = fileURLToPath(new URL('../../site/dist/', import.meta.url));
export const extensionDir = fileURLToPath(new URL('../../extension/.output/chrome-mv3/', import.meta.url));
export const extensionOutput = fileURLToPath(new URL('../../extension/.output/', import.meta.url));
export const fixtureHosts = fileURLToPath(new URL('../fixtures/hosts/', import.meta.url));
export const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
