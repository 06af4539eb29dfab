/**
 * 站内地址加上构建时的根路径（astro.config.mjs 的 base，来自环境变量 XUESHI_BASE，默认 `/`），
 * 网站因此可以放在任何路径下，如 `https://单位内网/xueshi/`。页面里的站内链接都经过它，不写死 `/`。
 */
export const BASE: string = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `/policy/qd23/` → `/xueshi/policy/qd23/`（根路径为 `/` 时原样）。 */
export function withBase(path: string): string {
  return BASE + path.replace(/^\//, '');
}
