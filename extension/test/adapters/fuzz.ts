/** Seeded mutation of fixtures for the fuzz tests: reproducible from the seed alone. */

export type Rng = () => number;

/** mulberry32: small, fast, good enough to pick mutations. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;

export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile course name, on purpose
  '${alert(1)}',
  '\u202e课程名称\u202c',
  '\u0000\u0001\u001f\u007f',
  '\ud800孤立代理',
  '\u200b\u200b\u200b',
  '   ',
  '',
  '__proto__',
  'constructor',
  "'; DROP TABLE records; --",
  '课'.repeat(100_000),
  'a\nb\r\nc\td',
  '１２学时',
  '-1',
  '1e309',
  'NaN',
  '2024-02-30',
  '0000-00-00 00:00:00',
  '9999999999999999999999',
];

const WRONG_TYPES: (() => unknown)[] = [
  () => null,
  () => 0,
  () => -1,
  () => 1.5,
  () => 1e308,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => true,
  () => false,
  () => '',
  () => 'abc',
  () => [],
  () => [1, 2],
  () => ({}),
  () => ({ nested: { deep: [null] } }),
  () => JSON.parse('{"__proto__": {"polluted": true}}'),
];

type Container = Record<string, unknown> | unknown[];

/** Every object/array inside a value, with the key that leads to it. */
function containers(value: unknown, out: Container[] = []): Container[] {
  if (value && typeof value === 'object') {
    out.push(value as Container);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

/** One mutation somewhere in `root` (in place): missing field, wrong type, empty/huge list, hostile string. */
export function mutate(r: Rng, root: unknown): string {
  const all = containers(root);
  if (all.length === 0) return 'none';
  const target = pick(r, all);
  const keys = Object.keys(target);
  const choice = r();
  if (Array.isArray(target)) {
    if (choice < 0.3) {
      target.length = 0;
      return 'empty list';
    }
    if (choice < 0.4 && target.length > 0) {
      const n = 2000 + Math.floor(r() * 3000);
      const copy = target.slice();
      for (let i = target.length; i < n; i++) target.push(structuredClone(copy[i % copy.length]));
      return `huge list ${n}`;
    }
  }
  if (keys.length === 0) return 'none';
  const key = pick(r, keys) as keyof typeof target;
  if (choice < 0.55) {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete target[key as string];
    return `missing ${String(key)}`;
  }
  if (choice < 0.8) {
    (target as Record<string, unknown>)[key as string] = pick(r, WRONG_TYPES)();
    return `wrong type ${String(key)}`;
  }
  (target as Record<string, unknown>)[key as string] = pick(r, HOSTILE);
  return `hostile ${String(key)}`;
}
