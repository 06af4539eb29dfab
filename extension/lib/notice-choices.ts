import type { ProfileNotice } from '@xueshi/core';

/**
 * Built-in notices that leave years without figures: QH20 states them for 2020 only, NX19 governs
 * the 2019 applications only. Under these the person may add their own figures for the other years.
 */
export const NOTICES_WITH_GAPS: readonly ProfileNotice[] = ['QH20', 'NX19'];
