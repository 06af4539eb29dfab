import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const ratio = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

// Text sits on white, on the light grey panels, or on the rule's own background.
const PAGE_BACKGROUNDS = ['#fff', '#f6f8fa', '#fff8c5', '#fff5f5'];

test('every text colour in the stylesheets has at least 4.5:1 contrast with its background', () => {
  const sources = ['../src/ui/styles.css', '../src/layouts/Base.astro', '../src/pages/policy/[id].astro'].map((p) =>
    readFileSync(new URL(p, import.meta.url), 'utf8'),
  );
  let checked = 0;
  for (const css of sources) {
    for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const body = m[2] ?? '';
      if ((m[1] ?? '').includes('@media print')) continue;
      const fg = /(?:^|[;\s])color:\s*(#[0-9a-fA-F]{3,6})\b/.exec(body)?.[1];
      if (!fg) continue;
      const bg = /background(?:-color)?:\s*(#[0-9a-fA-F]{3,6})\b/.exec(body)?.[1];
      for (const b of bg ? [bg] : PAGE_BACKGROUNDS) {
        expect(ratio(fg, b), `${m[1]?.trim()}: ${fg} on ${b}`).toBeGreaterThanOrEqual(4.5);
        checked++;
      }
    }
  }
  expect(checked).toBeGreaterThan(20);
});
