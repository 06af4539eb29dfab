import { type Activity, CATEGORY_LABELS } from '@xueshi/core';
import { useMemo, useState } from 'preact/hooks';
import type { RecordOverride, StoredRecord } from '../../lib/db.ts';
import { recordCategory } from '../../lib/ledger.ts';
import type { DashboardModules } from './full.ts';
import { RecordEditor } from './RecordEditor.tsx';

const PAGE = 100;
/**
 * The rows of the first frame, about a screen's worth: the rest of the page follows once it is on
 * screen (issue 12: laying out and painting 100 rows delayed the first screen by ~90 ms, measured).
 */
const FIRST_ROWS = 20;

type Row =
  | { type: 'record'; key: string; record: StoredRecord; date: string; year: number | null; source: string }
  | { type: 'activity'; key: string; activity: Activity; date: string; year: number | null; source: string };

/** The date or year an activity belongs to, for sorting and the year filter. */
function whenOf(a: Activity): { date: string; year: number | null } {
  if ('date' in a && typeof a.date === 'string') return { date: a.date, year: Number(a.date.slice(0, 4)) };
  if ('year' in a && typeof a.year === 'number') return { date: String(a.year), year: a.year };
  return { date: '', year: null };
}

function sourceOf(a: Activity): string {
  if (a.source.kind === 'platform') return a.source.host ?? a.source.platform;
  return a.source.kind === 'import' ? '导入' : '手工录入';
}

/**
 * Every platform record and every activity of the person, filtered by year and source, 100 a page.
 * It shows before `full` (the activity form, kinds' names) has loaded: the first screen needs neither.
 */
export function LedgerTable(props: {
  full: Pick<DashboardModules, 'ActivityForm' | 'ACTIVITY_KINDS' | 'KIND_LABEL'> | undefined;
  records: StoredRecord[];
  activities: Activity[];
  /** The first screen is on screen (Dashboard's useOnScreen): the page's other rows may follow. */
  onScreen: boolean;
  onSaveActivity(a: Activity): void;
  onDeleteActivity(id: string): void;
  onOverride(key: string, o: RecordOverride): void;
  /** A platform record is not deleted (the next read would bring it back): it is marked 不计入, or counted again. */
  onExcludeRecord(key: string, excluded: boolean): void;
}) {
  const [year, setYear] = useState('all');
  const [source, setSource] = useState('all');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);

  const rows = useMemo(() => {
    const out: Row[] = [];
    for (const record of props.records) {
      const date = record.override?.date ?? record.completedOn ?? '';
      const y = date ? Number(date.slice(0, 4)) : record.year;
      out.push({ type: 'record', key: `r:${record.key}`, record, date, year: y, source: record.host });
    }
    for (const activity of props.activities) {
      out.push({
        type: 'activity',
        key: `a:${activity.id}`,
        activity,
        ...whenOf(activity),
        source: sourceOf(activity),
      });
    }
    // Plain code-unit order: dates are ISO strings, and localeCompare is ten times slower on 5,000 rows.
    return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  }, [props.records, props.activities]);

  const years = useMemo(
    () => [...new Set(rows.map((r) => r.year).filter((y) => y !== null))].sort((a, b) => b - a),
    [rows],
  );
  const sources = useMemo(() => [...new Set(rows.map((r) => r.source))].sort(), [rows]);
  const shown = rows.filter(
    (r) => (year === 'all' || String(r.year) === year) && (source === 'all' || r.source === source),
  );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const current = Math.min(page, pages - 1);
  const pageRows = shown.slice(current * PAGE, current * PAGE + (props.onScreen ? PAGE : FIRST_ROWS));

  return (
    <div>
      <div class="filters">
        <FilterSelect
          label="年度"
          value={year}
          all="全部年度"
          options={years.map((y) => ({ value: String(y), label: `${y} 年` }))}
          onChange={(v) => {
            setYear(v);
            setPage(0);
          }}
        />
        <FilterSelect
          label="来源"
          value={source}
          all="全部来源"
          options={sources.map((s) => ({ value: s, label: s }))}
          onChange={(v) => {
            setSource(v);
            setPage(0);
          }}
        />
        {/* elementtiming: the benchmark's "first rows on screen" (painted in the rows' frame). */}
        <span class="muted" data-testid="ledger-count" elementtiming="xueshi-ledger">
          共 {shown.length} 条
        </span>
      </div>
      {shown.length === 0 ? (
        <p class="hint">没有符合条件的记录。</p>
      ) : (
        <table class="ledger">
          <thead>
            <tr>
              <th scope="col">日期</th>
              <th scope="col">名称</th>
              <th scope="col">种类</th>
              <th scope="col">类别</th>
              <th scope="col">学时</th>
              <th scope="col">来源</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {pageRows.map((row) =>
              editing === row.key ? (
                <tr key={row.key}>
                  <td colSpan={7}>
                    {row.type === 'record' ? (
                      <RecordEditor
                        record={row.record}
                        onSave={(o) => {
                          props.onOverride(row.record.key, o);
                          setEditing(null);
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    ) : !props.full ? (
                      <p class="hint" aria-busy="true">
                        正在加载…
                      </p>
                    ) : (
                      <props.full.ActivityForm
                        kinds={props.full.ACTIVITY_KINDS}
                        activity={row.activity}
                        onSave={(a) => {
                          props.onSaveActivity(a);
                          setEditing(null);
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    )}
                  </td>
                </tr>
              ) : (
                <LedgerRow
                  key={row.key}
                  row={row}
                  kinds={props.full?.KIND_LABEL}
                  onEdit={() => setEditing(row.key)}
                  onDelete={() =>
                    row.type === 'record'
                      ? props.onExcludeRecord(row.record.key, !row.record.override?.excluded)
                      : props.onDeleteActivity(row.activity.id)
                  }
                />
              ),
            )}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav class="pager" aria-label="台账分页">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            上一页
          </button>
          <span>
            第 {current + 1} / {pages} 页
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            下一页
          </button>
        </nav>
      )}
    </div>
  );
}

function FilterSelect(props: {
  label: string;
  value: string;
  all: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="all">{props.all}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function LedgerRow(props: {
  row: Row;
  kinds: ReadonlyMap<string, string> | undefined;
  onEdit(): void;
  onDelete(): void;
}) {
  const { row, onEdit, onDelete } = props;
  let title: string;
  let kind: string;
  let category = '—';
  let hours = '—';
  let note = '';
  // A platform record is marked 不计入 rather than deleted (the next read would bring it back).
  let action = '删除';
  if (row.type === 'record') {
    const r = row.record;
    const o = r.override ?? {};
    title = r.title;
    kind = '网络课程';
    const c = recordCategory(r);
    category = c ? CATEGORY_LABELS[c] : '待确认';
    const h = o.hours ?? r.hours;
    hours = h === null ? '待补' : String(h);
    if (r.passed === false) note = '未通过考核';
    else if (o.excluded) note = '不计入';
    action = o.excluded ? '恢复计入' : '不计入';
  } else {
    const a = row.activity;
    // The kinds' names come with the rest of the page, a moment after the first rows.
    kind = props.kinds ? (props.kinds.get(a.kind) ?? a.kind) : '…';
    title = a.title ?? kind;
    if ('category' in a && a.category && a.category !== 'unknown') category = CATEGORY_LABELS[a.category];
    if ('hours' in a && typeof a.hours === 'number') hours = String(a.hours);
  }
  return (
    <tr class={note ? 'inactive' : undefined}>
      <td>{row.date || '—'}</td>
      <td>
        {title}
        {note && <span class="badge">{note}</span>}
      </td>
      <td>{kind}</td>
      <td>{category}</td>
      <td>{hours}</td>
      <td class="muted">{row.source}</td>
      <td class="row-actions">
        <button type="button" onClick={onEdit} aria-label={`编辑：${title}`}>
          编辑
        </button>
        <button
          type="button"
          class={action === '恢复计入' ? undefined : 'danger'}
          onClick={onDelete}
          aria-label={`${action}：${title}`}
        >
          {action}
        </button>
      </td>
    </tr>
  );
}
