/**
 * 校验（台账、查询、一条活动）按需载入：校验模式和中文提示有十几 KB，计算器打开时用不到，
 * 第一次恢复保存的内容或提交表单时才下载（见 astro.config.mjs 的分块）。
 */
export { parseActivity, parseLedger, parseQuery } from './core.ts';
