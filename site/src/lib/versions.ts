/**
 * 页脚显示的版本：学时通的版本（只写在根目录 package.json 一处，扩展和发布包用的也是它）
 * 和核算器版本（核心的 EVALUATOR_VERSION，规则或算法变化时递增）。构建时写进 HTML，不增加 JS。
 */
import { EVALUATOR_VERSION } from '@xueshi/core';
import { version } from '../../../package.json';

export const SITE_VERSION: string = version;
export { EVALUATOR_VERSION };
