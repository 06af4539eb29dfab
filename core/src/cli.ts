#!/usr/bin/env node
/** xueshi 命令行（完整实现见后续提交）。 */
import { EVALUATOR_VERSION } from './index.ts';

console.log(`xueshi ${EVALUATOR_VERSION}`);
