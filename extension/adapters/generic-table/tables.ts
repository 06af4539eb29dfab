/**
 * Tables of a page as plain text grids. The only DOM-touching part of the generic reader:
 * everything after this works on strings, so it is tested without a browser.
 */

export interface RawTable {
  /** Position among the page's tables, for the preview ("第 2 个表格"). */
  index: number;
  header: string[];
  rows: string[][];
}

export const TABLE_LIMITS = { maxTables: 50, maxRows: 5000, maxCols: 40, maxSpan: 20, maxCell: 500 };

function cellText(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, TABLE_LIMITS.maxCell);
}

function rowCells(tr: Element): { texts: string[]; allTh: boolean } {
  const texts: string[] = [];
  let allTh = true;
  let any = false;
  for (const cell of Array.from(tr.children)) {
    const tag = cell.tagName.toUpperCase();
    if (tag !== 'TD' && tag !== 'TH') continue;
    any = true;
    if (tag !== 'TH') allTh = false;
    const text = cellText(cell);
    // Spanned header cells repeat their text so that columns stay aligned.
    const span = Math.min(
      Math.max(Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1, 1),
      TABLE_LIMITS.maxSpan,
    );
    for (let i = 0; i < span && texts.length < TABLE_LIMITS.maxCols; i++) texts.push(text);
  }
  return { texts, allTh: any && allTh };
}

const isEmpty = (row: string[]) => row.every((c) => c === '');

/**
 * Every table on the page with a header row and body rows. The header is the row in <thead>,
 * else the first row made only of <th>, else the first non-empty row. Header-only tables
 * directly followed by a header-less table of the same width are merged: Element UI and layui
 * render the header and the body as two separate tables.
 */
export function extractTables(root: ParentNode): RawTable[] {
  const grids: { header: string[] | null; rows: string[][] }[] = [];
  const tables = Array.from(root.querySelectorAll('table')).slice(0, TABLE_LIMITS.maxTables * 2);
  for (const table of tables) {
    const trs = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
    let header: string[] | null = null;
    const rows: string[][] = [];
    for (const tr of trs) {
      const { texts, allTh } = rowCells(tr);
      if (texts.length === 0 || isEmpty(texts)) continue;
      const inHead = tr.parentElement?.tagName.toUpperCase() === 'THEAD';
      if (header === null && (inHead || allTh)) {
        header = texts;
        continue;
      }
      if (rows.length < TABLE_LIMITS.maxRows + 1) rows.push(texts);
    }
    grids.push({ header, rows });
  }

  const result: RawTable[] = [];
  for (let i = 0; i < grids.length && result.length < TABLE_LIMITS.maxTables; i++) {
    const grid = grids[i];
    if (!grid) continue;
    const next = grids[i + 1];
    if (grid.header && grid.rows.length === 0 && next && !next.header && next.rows[0]?.length === grid.header.length) {
      result.push({ index: result.length, header: grid.header, rows: next.rows });
      i++;
      continue;
    }
    if (grid.header) {
      result.push({ index: result.length, header: grid.header, rows: grid.rows });
    } else if (grid.rows.length > 1) {
      const [first, ...rest] = grid.rows;
      if (first) result.push({ index: result.length, header: first, rows: rest });
    }
  }
  return result;
}
