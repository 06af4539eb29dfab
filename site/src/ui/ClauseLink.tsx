import type { ClauseHref } from './format.ts';

/** 条款编号：有站点地址时链接到政策页的锚点。 */
export function ClauseLink({ id, href }: { id: string; href: ClauseHref }) {
  const url = href(id);
  return url ? (
    <a class="xs-clause" href={url} title={`查看条款 ${id}`}>
      {id}
    </a>
  ) : (
    <code class="xs-clause">{id}</code>
  );
}

export function ClauseList({ ids, href }: { ids: readonly string[]; href: ClauseHref }) {
  if (!ids.length) return null;
  return (
    <span class="xs-clauses">
      {ids.map((id, i) => (
        <>
          {i > 0 ? ' ' : ''}
          <ClauseLink key={id} id={id} href={href} />
        </>
      ))}
    </span>
  );
}
