/**
 * The "report this page" file: what a developer needs to write an adapter for a platform nobody
 * has captured (its tables, the shapes of the JSON it loads, a few sample rows), with personal
 * data replaced. Pure: the report script collects, this builds and redacts.
 */
import { mapColumns, type RawTable } from '../../adapters/generic-table/index.ts';
import { Redactor, type Removed } from '../../lib/redact.ts';

export const REPORT_LIMITS = {
  sampleRows: 3,
  sampleItems: 3,
  depth: 8,
  keys: 80,
  stringChars: 120,
  mergeItems: 50,
  tables: 20,
};

/** One JSON response the page loaded, as the report script fetched it again. */
export interface CollectedJson {
  url: string;
  status: number | null;
  contentType: string;
  /** The parsed body, when it was JSON. */
  body?: unknown;
  /** Why there is no body (not JSON, too large, failed, skipped). */
  note?: string;
}

export interface CollectedPage {
  url: string;
  title: string;
  tables: RawTable[];
  json: CollectedJson[];
  /** Requests the page made that the report did not repeat (other sites, actions), for the notes. */
  skipped: { url: string; why: string }[];
}

/** A type name ("string", "number|string"), an object of shapes, or ["array, N items", item shape]. */
export type Shape = string | { [key: string]: Shape } | [string, Shape?];

export interface PageReport {
  format: 'xueshi-page-report';
  version: 1;
  createdAt: string;
  page: { url: string; host: string; title: string };
  tables: {
    index: number;
    columns: number;
    rowCount: number;
    header: string[];
    sampleRows: string[][];
    /** The generic reader's guess for each field: the header it would use. */
    proposedMapping: Record<string, string | null>;
  }[];
  json: {
    url: string;
    status: number | null;
    contentType: string;
    note?: string;
    structure?: Shape;
    samples?: unknown;
  }[];
  skipped: { url: string; why: string }[];
  removed: Removed;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** The structure of a JSON value: keys and types; an array's items merged into one shape. */
export function structureOf(value: unknown, depth = 0): Shape {
  if (Array.isArray(value)) {
    const items = value.slice(0, REPORT_LIMITS.mergeItems);
    const label = `array, ${value.length} items`;
    if (items.length === 0) return [label];
    if (depth >= REPORT_LIMITS.depth) return [label, '…'];
    return [label, items.map((v) => structureOf(v, depth + 1)).reduce(mergeShapes)];
  }
  if (value !== null && typeof value === 'object') {
    if (depth >= REPORT_LIMITS.depth) return 'object';
    const out: Record<string, Shape> = {};
    const entries = Object.entries(value);
    for (const [k, v] of entries.slice(0, REPORT_LIMITS.keys)) out[k] = structureOf(v, depth + 1);
    if (entries.length > REPORT_LIMITS.keys) out['…'] = `${entries.length - REPORT_LIMITS.keys} more keys`;
    return out;
  }
  return typeName(value);
}

const isObjectShape = (s: Shape): s is { [key: string]: Shape } => typeof s === 'object' && !Array.isArray(s);

function unionTypes(a: string, b: string): string {
  return [...new Set([...a.split('|'), ...b.split('|')])].sort().join('|');
}

/** Two items' shapes as one: keys present in only some items end in "?", differing types join with "|". */
export function mergeShapes(a: Shape, b: Shape): Shape {
  if (typeof a === 'string' && typeof b === 'string') return unionTypes(a, b);
  if (isObjectShape(a) && isObjectShape(b)) {
    const out: Record<string, Shape> = {};
    const bare = (k: string) => k.replace(/\?$/, '');
    const get = (s: Record<string, Shape>, k: string) => s[k] ?? s[`${k}?`];
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)].map(bare))];
    for (const k of keys) {
      const x = get(a, k);
      const y = get(b, k);
      const optional = x === undefined || y === undefined || `${k}?` in a || `${k}?` in b;
      out[optional ? `${k}?` : k] = x === undefined ? (y as Shape) : y === undefined ? x : mergeShapes(x, y);
    }
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const item = a[1] === undefined ? b[1] : b[1] === undefined ? a[1] : mergeShapes(a[1], b[1]);
    return item === undefined ? ['array'] : ['array', item];
  }
  const kind = (s: Shape) => (typeof s === 'string' ? s : Array.isArray(s) ? 'array' : 'object');
  return unionTypes(kind(a), kind(b));
}

/** The value cut down for reading: arrays to their first items, long strings shortened. */
export function sampleOf(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    return value.length > REPORT_LIMITS.stringChars
      ? `${value.slice(0, REPORT_LIMITS.stringChars)}…（共 ${value.length} 字）`
      : value;
  }
  if (depth >= REPORT_LIMITS.depth && value !== null && typeof value === 'object') return '…';
  if (Array.isArray(value)) return value.slice(0, REPORT_LIMITS.sampleItems).map((v) => sampleOf(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value).slice(0, REPORT_LIMITS.keys)) out[k] = sampleOf(v, depth + 1);
    return out;
  }
  return value;
}

const FIELD_NAMES = ['title', 'hours', 'date', 'category', 'status', 'year'] as const;

/** The report, every string that came from the page passed through one {@link Redactor}. */
export function buildReport(page: CollectedPage, now = new Date()): PageReport {
  const r = new Redactor();
  let host = '';
  try {
    host = new URL(page.url).host;
  } catch {
    // an unparsable URL keeps an empty host
  }
  const tables = page.tables.slice(0, REPORT_LIMITS.tables).map((t) => {
    const mapping = mapColumns(t.header);
    const { header, rows } = r.table(t.header, t.rows.slice(0, REPORT_LIMITS.sampleRows));
    const proposedMapping: Record<string, string | null> = {};
    for (const f of FIELD_NAMES) {
      const col = mapping[f];
      proposedMapping[f] = col === null ? null : (header[col] ?? null);
    }
    if (mapping.hours !== null) proposedMapping.hoursUnit = mapping.hoursUnit;
    const columns = Math.max(t.header.length, ...t.rows.slice(0, 50).map((row) => row.length));
    return { index: t.index, columns, rowCount: t.rows.length, header, sampleRows: rows, proposedMapping };
  });
  const json = page.json.map((j) => {
    const entry: PageReport['json'][number] = {
      url: r.url(j.url),
      status: j.status,
      contentType: j.contentType.slice(0, 100),
    };
    if (j.note) entry.note = r.text(j.note);
    if (j.body !== undefined) {
      // Types are no personal data, but keys are scanned: a map keyed by ID number would leak.
      entry.structure = redactKeys(structureOf(j.body), r);
      entry.samples = r.value(sampleOf(j.body));
    }
    return entry;
  });
  return {
    format: 'xueshi-page-report',
    version: 1,
    createdAt: now.toISOString(),
    page: { url: r.url(page.url), host, title: r.text(page.title.slice(0, 200)) },
    tables,
    json,
    skipped: page.skipped.map((s) => ({ url: r.url(s.url), why: s.why })),
    removed: r.removed,
  };
}

// Path words of requests that change something: the report repeats only reads. The page's own
// timeline does not say which method a request used, so anything that may be an action is left out.
const ACTION_WORDS = new Set([
  'logout',
  'login',
  'signin',
  'signout',
  'sign',
  'save',
  'submit',
  'update',
  'delete',
  'del',
  'remove',
  'add',
  'insert',
  'create',
  'edit',
  'modify',
  'upload',
  'complete',
  'finish',
  'commit',
  'heartbeat',
  'exit',
  'pay',
  'send',
  'post',
  'answer',
  'vote',
  'set',
  'reset',
  'start',
  'stop',
  'end',
  'begin',
  'lock',
  'unlock',
  'report',
  'log',
  'track',
  'collect',
  'beacon',
]);

/** Why a request the page made is not repeated by the report, or null to repeat it. */
export function whyNotRepeat(url: string, pageOrigin: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '地址无法解析';
  }
  if (u.origin !== pageOrigin) return '其他网站的请求，不读取';
  const words = u.pathname
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  if (words.some((w) => ACTION_WORDS.has(w))) return '看起来会修改数据的请求，不重复';
  return null;
}

function redactKeys(shape: Shape, r: Redactor): Shape {
  if (typeof shape === 'string') return shape;
  if (Array.isArray(shape)) return shape[1] === undefined ? [shape[0]] : [shape[0], redactKeys(shape[1], r)];
  const out: Record<string, Shape> = {};
  for (const [k, v] of Object.entries(shape)) out[r.text(k)] = redactKeys(v, r);
  return out;
}

/**
 * The file exactly as saved, its parts in reading order (the result of executeScript comes back
 * with its keys sorted).
 */
export function reportText(report: PageReport): string {
  const ordered = {
    format: report.format,
    version: report.version,
    createdAt: report.createdAt,
    page: { url: report.page.url, host: report.page.host, title: report.page.title },
    removed: report.removed,
    tables: report.tables.map((t) => ({
      index: t.index,
      columns: t.columns,
      rowCount: t.rowCount,
      header: t.header,
      proposedMapping: t.proposedMapping,
      sampleRows: t.sampleRows,
    })),
    json: report.json.map((j) => ({
      url: j.url,
      status: j.status,
      contentType: j.contentType,
      ...(j.note === undefined ? {} : { note: j.note }),
      ...(j.structure === undefined ? {} : { structure: j.structure }),
      ...(j.samples === undefined ? {} : { samples: j.samples }),
    })),
    skipped: report.skipped,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function reportFileName(report: PageReport): string {
  const host = report.page.host.replace(/[^a-z0-9.-]/gi, '_') || 'page';
  const stamp = report.createdAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `xueshi-report-${host}-${stamp}.json`;
}
