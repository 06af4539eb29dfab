/** @xueshi/core — 规则核心（占位，见 core 议题）。 */
export const CORE_VERSION = '0.1.0';
