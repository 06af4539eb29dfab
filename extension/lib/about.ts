/**
 * What a page says about the extension itself (issue 15): its version (the manifest's, which the
 * root package.json sets), the evaluator's version, and where the privacy policy is — the site's
 * page, whose permission list a test keeps equal to the manifest's. The address comes from the
 * site's own config at build time (wxt.config.ts).
 */
declare const __XUESHI_PRIVACY_URL__: string;

export const PRIVACY_URL: string = __XUESHI_PRIVACY_URL__;

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}
