/** The public origin (no path). */
export const SITE: string;
/** The base path, with slashes at both ends ('/' at the root). */
export const BASE: string;
/** The privacy page's full address. */
export const PRIVACY_URL: string;
