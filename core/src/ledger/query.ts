import type { Query, QueryInput } from './schema.ts';

/** 补上查询的默认值（申报方式缺省为评审），不用 zod：核算器在浏览器里也要轻。 */
export function normalizeQuery(q: QueryInput): Query {
  const asOf = q.asOf !== undefined ? { asOf: q.asOf } : {};
  if (q.kind === 'year') return { kind: 'year', year: q.year, ...asOf };
  return { kind: 'application', level: q.level, year: q.year, route: q.route ?? 'review', ...asOf };
}
