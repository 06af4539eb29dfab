import { useMemo, useState } from 'preact/hooks';
import type { Field } from '../../adapters/generic-table/index.ts';
import { detectAdapter } from '../../adapters/index.ts';
import type { XueshiDb } from '../../lib/db.ts';
import type { TableSnapshot } from '../../lib/page-tools.ts';
import { saveRead } from '../../lib/save-read.ts';
import {
  CATEGORY_TEXT,
  type CategoryChoice,
  columnCount,
  columnLabel,
  convert,
  FIELDS,
  hostOf,
  type ImportChoices,
  initialChoices,
  isCreditHeader,
  problems,
  savedMessage,
  tableChoices,
  tableLabel,
} from './model.ts';

const PREVIEW_ROWS = 50;
const RAW_ROWS = 10;

/** The generic reader's preview: pick the table, check the columns, store on confirmation. */
export function ImportTable({ snapshot, db }: { snapshot: TableSnapshot; db: XueshiDb }) {
  const choices = useMemo(() => tableChoices(snapshot.tables), [snapshot]);
  const host = hostOf(snapshot.url);
  const [selected, setSelected] = useState(0);
  const choice = choices[selected];
  const [opts, setOpts] = useState<ImportChoices | null>(choice ? initialChoices(choice) : null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'busy'; text: string } | null>(null);

  if (!host) return <Failure text="这个页面不是网站页面，无法读取其中的表格。" />;
  if (!choice || !opts) {
    return <Failure text="本页没有找到有内容的表格。请打开显示学习记录表格的页面后，再点一次“读取本页表格”。" />;
  }
  const table = choice.table;
  const width = columnCount(table);
  const todo = problems(table, opts);
  const result = todo.length ? null : convert(table, host, opts);
  const known = detectAdapter(snapshot.url);

  const pickTable = (i: number) => {
    const next = choices[i];
    if (!next) return;
    setSelected(i);
    setOpts(initialChoices(next));
    setStatus(null);
  };
  const setColumn = (field: Field, value: string) => {
    const col = value === '' ? null : Number(value);
    const mapping = { ...opts.mapping, [field]: col };
    if (field === 'hours') mapping.hoursUnit = col !== null && isCreditHeader(table.header[col]) ? 'credits' : 'hours';
    setOpts({ ...opts, mapping });
    setStatus(null);
  };
  const update = (patch: Partial<ImportChoices>) => {
    setOpts({ ...opts, ...patch });
    setStatus(null);
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (todo.length) return setStatus({ kind: 'error', text: `还不能保存：${todo.join(' ')}` });
    const read = convert(table, host, opts);
    if (!read.ok) return setStatus({ kind: 'error', text: read.message });
    if (read.records.length === 0) {
      return setStatus({ kind: 'error', text: '这个表格里没有可以保存的课程，本次没有保存任何记录。' });
    }
    setStatus({ kind: 'busy', text: '正在保存…' });
    try {
      const log = await saveRead(db, { platform: 'generic', host }, read);
      setStatus({ kind: 'ok', text: savedMessage(log) });
    } catch (error) {
      setStatus({ kind: 'error', text: `保存失败，没有保存任何记录：${String(error)}` });
    }
  };

  return (
    <main class="page">
      <header class="top">
        <h1>学时通 · 读取本页表格</h1>
        <p>
          来源：<strong>{snapshot.title || host}</strong> <span class="muted">{host}</span>
        </p>
      </header>
      {known && (
        <p class="note">
          这个网站属于“{known.name}
          ”，学时通在它的学习记录页面上会自动读取，通常不必手动读取表格；手动读取的记录会单独保存。
        </p>
      )}
      <form onSubmit={save}>
        <section aria-labelledby="pick-h">
          <h2 id="pick-h">1. 选择表格</h2>
          {!choice.looksLikeRecords && (
            <p class="note" role="note">
              本页没有表头同时写着课程名称和学时或日期的表格。如果下面的表格确实是学习记录，请在第 2 步指定各列。
            </p>
          )}
          <label class="field">
            <span>本页的表格</span>
            <select value={String(selected)} onChange={(e) => pickTable(Number(e.currentTarget.value))}>
              {choices.map((c, i) => (
                <option value={String(i)} key={c.table.index}>
                  {tableLabel(c)}
                </option>
              ))}
            </select>
          </label>
        </section>

        <section aria-labelledby="map-h">
          <h2 id="map-h">2. 核对各列的含义</h2>
          <div class="grid">
            {FIELDS.map(({ field, label, hint }) => (
              <label class="field" key={field}>
                <span>
                  {label}
                  {hint && <span class="muted">（{hint}）</span>}
                </span>
                <select
                  name={`column-${field}`}
                  value={opts.mapping[field] === null ? '' : String(opts.mapping[field])}
                  onChange={(e) => setColumn(field, e.currentTarget.value)}
                >
                  <option value="">（没有这一列）</option>
                  {Array.from({ length: width }, (_, i) => (
                    <option value={String(i)} key={i}>
                      {columnLabel(table.header, i)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>

          {opts.mapping.hours !== null && (
            <fieldset>
              <legend>学时列的单位</legend>
              <label>
                <input
                  type="radio"
                  name="unit"
                  checked={opts.mapping.hoursUnit === 'hours'}
                  onChange={() => update({ mapping: { ...opts.mapping, hoursUnit: 'hours' } })}
                />{' '}
                学时
              </label>{' '}
              <label>
                <input
                  type="radio"
                  name="unit"
                  checked={opts.mapping.hoursUnit === 'credits'}
                  onChange={() => update({ mapping: { ...opts.mapping, hoursUnit: 'credits' } })}
                />{' '}
                学分
              </label>
              {opts.mapping.hoursUnit === 'credits' && (
                <label class="field inline-field">
                  <span>1 学分折合多少学时（必填，见本地区的通知）</span>
                  <input
                    name="hours-per-credit"
                    inputMode="decimal"
                    aria-required="true"
                    size={6}
                    value={opts.hoursPerCredit}
                    onInput={(e) => update({ hoursPerCredit: e.currentTarget.value })}
                  />
                </label>
              )}
            </fieldset>
          )}

          <fieldset>
            <legend>
              {opts.mapping.category === null ? '这些课程的类别（表格没有类别列）' : '类别无法识别的行记为'}
            </legend>
            {(['public', 'professional', 'later'] as const).map((value) => (
              <label key={value} class="radio">
                <input
                  type="radio"
                  name="category"
                  value={value}
                  checked={opts.category === value}
                  onChange={() => update({ category: value as CategoryChoice })}
                />{' '}
                {value === 'later' ? '暂不确定，稍后在台账中补充' : CATEGORY_TEXT[value]}
              </label>
            ))}
          </fieldset>

          <label class="field inline-field">
            <span>没有年度也没有完成日期的行记为年度（可不填）</span>
            <input
              name="year"
              inputMode="numeric"
              size={6}
              value={opts.year}
              onInput={(e) => update({ year: e.currentTarget.value })}
            />
          </label>
        </section>

        <section aria-labelledby="preview-h">
          <h2 id="preview-h">3. 预览</h2>
          <p class="muted">表格分多页时：在网站上翻到下一页后，再点一次“读取本页表格”并保存；已保存过的行不会重复。</p>
          <RawPreview header={table.header} rows={table.rows} mapping={opts.mapping} width={width} />
          {todo.length > 0 && (
            <ul class="problems">
              {todo.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          )}
          {result && !result.ok && <p class="error">{result.message}</p>}
          {result?.ok && (
            <>
              {result.warnings.length > 0 && (
                <ul class="warnings">
                  {result.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              )}
              <table class="records" aria-labelledby="records-caption">
                <caption id="records-caption">
                  将保存 {result.records.length} 条记录
                  {result.records.length > PREVIEW_ROWS ? `（显示前 ${PREVIEW_ROWS} 条）` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">课程名称</th>
                    <th scope="col">学时</th>
                    <th scope="col">类别</th>
                    <th scope="col">完成日期</th>
                    <th scope="col">年度</th>
                    <th scope="col">是否通过</th>
                  </tr>
                </thead>
                <tbody>
                  {result.records.slice(0, PREVIEW_ROWS).map((r) => (
                    <tr key={r.externalId}>
                      <td>{r.title}</td>
                      <td>{r.hours ?? <span class="muted">学时待补</span>}</td>
                      <td>{r.category ? CATEGORY_TEXT[r.category] : <span class="muted">待补充</span>}</td>
                      <td>{r.completedOn ?? <span class="muted">—</span>}</td>
                      <td>{r.year ?? <span class="muted">待补充</span>}</td>
                      <td>{r.passed === null ? '—' : r.passed ? '是' : '否'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>

        <div class="actions">
          <button type="submit" class="primary" disabled={status?.kind === 'busy'}>
            确认保存
          </button>
          <a class="button" href="/dashboard.html">
            打开我的台账
          </a>
        </div>
        <p
          class={`status ${status?.kind ?? ''}`}
          role={status?.kind === 'error' ? 'alert' : 'status'}
          aria-live="polite"
          data-kind={status?.kind ?? ''}
        >
          {status?.text ?? ''}
        </p>
      </form>
    </main>
  );
}

function RawPreview({
  header,
  rows,
  mapping,
  width,
}: {
  header: string[];
  rows: string[][];
  mapping: ImportChoices['mapping'];
  width: number;
}) {
  const fieldOf = (i: number) => FIELDS.find((f) => mapping[f.field] === i)?.label;
  return (
    <details open>
      <summary>
        网页上的表格（共 {rows.length} 行{rows.length > RAW_ROWS ? `，显示前 ${RAW_ROWS} 行` : ''}）
      </summary>
      <div class="scroll">
        <table class="raw">
          <thead>
            <tr>
              {Array.from({ length: width }, (_, i) => (
                <th scope="col" key={i}>
                  {header[i] ?? ''}
                  <div class={fieldOf(i) ? 'mapped' : 'muted'}>{fieldOf(i) ? `→ ${fieldOf(i)}` : '不读取'}</div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, RAW_ROWS).map((row, r) => (
              <tr key={r}>
                {Array.from({ length: width }, (_, i) => (
                  <td key={i}>{row[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function Failure({ text }: { text: string }) {
  return (
    <main class="page">
      <header class="top">
        <h1>学时通 · 读取本页表格</h1>
      </header>
      <p class="error" role="alert">
        {text}
      </p>
      <p>本次没有保存任何内容。</p>
    </main>
  );
}
