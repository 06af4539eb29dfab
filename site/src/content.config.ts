/**
 * 内容集合：政策页的算例取自核心的场景文件（core/scenarios/*.json），按核心的 ScenarioSchema 校验。
 * 格式不对的文件让构建失败（并指出文件和字段），而不是悄悄从页面上消失。
 */

import { defineCollection } from 'astro:content';
import { ScenarioSchema } from '@xueshi/core';
import { glob } from 'astro/loaders';

export const collections = {
  scenarios: defineCollection({
    loader: glob({ pattern: '**/*.json', base: '../core/scenarios' }),
    schema: ScenarioSchema,
  }),
};
