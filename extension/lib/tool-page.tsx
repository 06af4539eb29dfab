import { render, type VNode } from 'preact';

/**
 * Mounts a tool page (table import, page report) once its input is known; the static
 * "正在加载…" in the HTML stays until then, and any failure is shown on the page.
 */
export function mountToolPage<T>(
  input: Promise<{ ok: true; value: T } | { ok: false; message: string }>,
  page: (value: T) => VNode,
  failure: (text: string) => VNode,
): void {
  const app = document.getElementById('app') as HTMLElement;
  const show = (node: VNode) => {
    app.replaceChildren();
    render(node, app);
  };
  input.then(
    (got) => show(got.ok ? page(got.value) : failure(got.message)),
    (error: unknown) => show(failure(`出现意外错误：${String(error)}`)),
  );
}
