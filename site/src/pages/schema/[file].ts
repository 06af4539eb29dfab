/**
 * 台账格式的 JSON Schema：构建时从 core/schema/ 复制（由核心从 zod 模式生成），不手抄。
 */
import type { APIRoute, GetStaticPaths } from 'astro';

const schemas = import.meta.glob('../../../../core/schema/*.json', { eager: true, query: '?raw', import: 'default' });

export const getStaticPaths = (() =>
  Object.entries(schemas).map(([path, text]) => ({
    params: { file: path.replace(/^.*\//, '') },
    props: { text: text as string },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
