/** core/schema/ 中的 JSON Schema 文件名（格式页面列出下载链接用）。 */
const schemas = import.meta.glob('../../../core/schema/*.json', { eager: true, query: '?raw', import: 'default' });

export const schemaFiles: { name: string; bytes: number }[] = Object.entries(schemas).map(([path, text]) => ({
  name: path.replace(/^.*\//, ''),
  bytes: new TextEncoder().encode(text as string).length,
}));
