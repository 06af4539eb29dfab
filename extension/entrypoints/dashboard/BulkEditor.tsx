import { useMemo, useState } from 'preact/hooks';
import type { RecordOverride } from '../../lib/db.ts';
import {
  categoryLabel,
  type Draft,
  draftsToOverrides,
  groupRows,
  needText,
  type Row,
  suggestedCategory,
} from './bulk-model.ts';

const SHOWN = 100; // rows on screen at first; the rest on demand

/**
 * Records that need hours, a category or a date, grouped by site, plan and year: select many and
 * set a category or a date, type hours down the column (Enter goes to the next row), save once.
 */
export function BulkEditor(props: { rows: Row[]; onSave(changes: { key: string; override: RecordOverride }[]): void }) {
  const [drafts, setDrafts] = useState<Map<string, Draft>>(new Map());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [limit, setLimit] = useState(SHOWN);
  const [bulkCategory, setBulkCategory] = useState('');
  const [bulkDate, setBulkDate] = useState('');
  const [error, setError] = useState('');
  const shown = props.rows.slice(0, limit);
  const groups = useMemo(() => groupRows(shown), [props.rows, limit]);

  const draft = (key: string, patch: Draft) => setDrafts((m) => new Map(m).set(key, { ...m.get(key), ...patch }));
  const toSelected = (patch: Draft) => {
    if (selected.size === 0) return setError('请先勾选要设置的记录。');
    setError('');
    setDrafts((m) => {
      const next = new Map(m);
      for (const key of selected) next.set(key, { ...next.get(key), ...patch });
      return next;
    });
  };
  const toggle = (keys: string[], on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const k of keys) on ? next.add(k) : next.delete(k);
      return next;
    });
  const save = () => {
    const result = draftsToOverrides(props.rows, drafts);
    if (!result.ok) return setError(result.message);
    if (result.changes.length === 0) return setError('还没有填写任何内容。');
    setError('');
    props.onSave(result.changes);
    setDrafts(new Map());
    setSelected(new Set());
  };
  // Enter in an hours field goes to the next row's: hours typed down a column.
  const nextHours = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const all = [...document.querySelectorAll<HTMLInputElement>('input[data-hours]')];
    all[all.indexOf(e.currentTarget as HTMLInputElement) + 1]?.focus();
  };

  if (props.rows.length === 0) return <p class="hint">没有缺学时、类别或完成日期的记录。</p>;
  return (
    <div class="bulk">
      <fieldset class="bulk-tools">
        <legend>批量设置所选记录</legend>
        <span data-testid="bulk-selected">已选 {selected.size} 条</span>
        <label>
          类别{' '}
          <select
            aria-label="所选记录的类别"
            value={bulkCategory}
            onChange={(e) => setBulkCategory(e.currentTarget.value)}
          >
            <option value="">请选择</option>
            <option value="public">公需科目</option>
            <option value="professional">专业科目</option>
          </select>
        </label>
        <button type="button" disabled={!bulkCategory} onClick={() => toSelected({ category: bulkCategory })}>
          设为所选的类别
        </button>
        <label>
          完成日期{' '}
          <input
            type="date"
            aria-label="所选记录的完成日期"
            value={bulkDate}
            onInput={(e) => setBulkDate(e.currentTarget.value)}
          />
        </label>
        <button type="button" disabled={!bulkDate} onClick={() => toSelected({ date: bulkDate })}>
          设为所选的完成日期
        </button>
      </fieldset>
      {groups.map((g) => {
        const keys = g.rows.map((r) => r.record.key);
        const all = keys.every((k) => selected.has(k));
        return (
          <table class="bulk-table" key={g.key}>
            <caption>
              {g.label}（{g.rows.length} 条）
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    checked={all}
                    aria-label={`全选：${g.label}`}
                    onChange={(e) => toggle(keys, e.currentTarget.checked)}
                  />
                </th>
                <th scope="col">课程</th>
                <th scope="col">学时</th>
                <th scope="col">类别</th>
                <th scope="col">完成日期</th>
              </tr>
            </thead>
            <tbody>
              {g.rows.map((row) => (
                <BulkRow
                  key={row.record.key}
                  row={row}
                  draft={drafts.get(row.record.key) ?? {}}
                  selected={selected.has(row.record.key)}
                  onSelect={(on) => toggle([row.record.key], on)}
                  onDraft={(patch) => draft(row.record.key, patch)}
                  onHoursKey={nextHours}
                />
              ))}
            </tbody>
          </table>
        );
      })}
      {props.rows.length > limit && (
        <button type="button" onClick={() => setLimit(limit + SHOWN)}>
          再显示 {Math.min(SHOWN, props.rows.length - limit)} 条（共 {props.rows.length} 条）
        </button>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={save}>
          保存全部修改{drafts.size ? `（${drafts.size} 条）` : ''}
        </button>
        {error && (
          <span class="error" role="alert">
            {error}
          </span>
        )}
      </div>
    </div>
  );
}

function BulkRow(props: {
  row: Row;
  draft: Draft;
  selected: boolean;
  onSelect(on: boolean): void;
  onDraft(patch: Draft): void;
  onHoursKey(e: KeyboardEvent): void;
}) {
  const { record: r, needs } = props.row;
  const o = r.override ?? {};
  const hours = o.hours ?? r.hours;
  // A category the user must choose shows as 待确认 until chosen: never a pre-filled guess.
  const category = props.draft.category ?? (needs.includes('category') ? '' : suggestedCategory(r));
  const date = props.draft.date ?? o.date ?? r.completedOn ?? '';
  return (
    <tr class={props.selected ? 'selected' : undefined}>
      <td>
        <input
          type="checkbox"
          checked={props.selected}
          aria-label={`选择：${r.title}`}
          onChange={(e) => props.onSelect(e.currentTarget.checked)}
        />
      </td>
      <td>
        {r.title}
        <div class="muted">{needText(props.row)}</div>
      </td>
      <td>
        <input
          data-hours
          inputMode="decimal"
          size={5}
          aria-label={`学时：${r.title}`}
          placeholder={needs.includes('hours') ? '待补' : undefined}
          value={props.draft.hours ?? (hours === null ? '' : String(hours))}
          onInput={(e) => props.onDraft({ hours: e.currentTarget.value })}
          onKeyDown={props.onHoursKey}
        />
      </td>
      <td>
        <select
          aria-label={`类别：${r.title}`}
          value={category}
          onChange={(e) => props.onDraft({ category: e.currentTarget.value })}
        >
          <option value="">{categoryLabel('')}</option>
          <option value="public">公需科目</option>
          <option value="professional">专业科目</option>
        </select>
      </td>
      <td>
        <input
          type="date"
          aria-label={`完成日期：${r.title}`}
          value={date}
          onInput={(e) => props.onDraft({ date: e.currentTarget.value })}
        />
      </td>
    </tr>
  );
}
