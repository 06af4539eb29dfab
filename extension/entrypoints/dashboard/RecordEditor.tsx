import { useState } from 'preact/hooks';
import { CATEGORY_TEXT, evidenceOf } from '../../adapters/category.ts';
import type { RecordOverride, StoredRecord } from '../../lib/db.ts';
import type { RecordNeed } from '../../lib/ledger-store.ts';

/**
 * Corrects a platform record. What the platform said stays as it was; the user's figures are
 * stored beside it, so reading the platform again never overwrites them. With `only`, just the
 * missing fields are asked for (the 待补充 list); without it, every field and 不计入.
 */
export function RecordEditor({
  record,
  only,
  onSave,
  onCancel,
}: {
  record: StoredRecord;
  only?: readonly RecordNeed[];
  onSave(o: RecordOverride): void;
  onCancel?(): void;
}) {
  const o = record.override ?? {};
  const shows = (f: RecordNeed) => !only || only.includes(f);
  const [hours, setHours] = useState(String(o.hours ?? record.hours ?? ''));
  const evidence = evidenceOf(record);
  // A category the evidence leaves open starts as 待确认: the suggestion is only a hint (category.ts,
  // "never applied by itself"), and only a category the user picks here is saved as theirs.
  const [category, setCategory] = useState<string>(o.category ?? (evidence.ask ? '' : (evidence.category ?? '')));
  const [chose, setChose] = useState(false);
  const [date, setDate] = useState(o.date ?? record.completedOn ?? '');
  const [excluded, setExcluded] = useState(o.excluded === true);
  const [error, setError] = useState('');

  const submit = (e: Event) => {
    e.preventDefault();
    const next: RecordOverride = { ...o };
    if (!only) next.excluded = excluded;
    if (shows('hours') && (only || hours.trim() !== '')) {
      const h = Number(hours);
      if (hours.trim() === '' || !Number.isFinite(h) || h < 0 || h > 1000)
        return setError('学时应为 0 到 1000 之间的数字。');
      if (h === record.hours) delete next.hours;
      else next.hours = h;
    }
    if (shows('category') && (only || chose)) {
      if (category !== 'public' && category !== 'professional') {
        if (only) return setError('请选择类别。');
        delete next.category; // 待确认 chosen: back to what the evidence says
      } else if (category === evidence.category && evidence.basis !== 'host') delete next.category;
      else next.category = category;
    }
    if (shows('date')) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        if (only) return setError('请填写完成日期。');
      } else if (date === record.completedOn) delete next.date;
      else next.date = date;
    }
    setError('');
    onSave(next);
  };

  return (
    <form class="inline" onSubmit={submit} aria-label={`修改：${record.title}`}>
      {!only && <strong>{record.title}</strong>}
      {shows('hours') && (
        <label>
          学时 <input inputMode="decimal" size={5} value={hours} onInput={(e) => setHours(e.currentTarget.value)} />
        </label>
      )}
      {shows('category') && (
        <label>
          类别{' '}
          <select
            value={category}
            onChange={(e) => {
              setCategory(e.currentTarget.value);
              setChose(true);
            }}
          >
            <option value="">待确认</option>
            <option value="public">公需科目</option>
            <option value="professional">专业科目</option>
          </select>
          {evidence.suggestion && category === '' && (
            <span class="muted">（可能是{CATEGORY_TEXT[evidence.suggestion]}，请确认后选择）</span>
          )}
        </label>
      )}
      {shows('date') && (
        <label>
          完成日期 <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
      )}
      {!only && (
        <label>
          <input type="checkbox" checked={excluded} onChange={(e) => setExcluded(e.currentTarget.checked)} /> 不计入
        </label>
      )}
      <button type="submit">保存</button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          取消
        </button>
      )}
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
      {!only && <p class="muted">平台上的原始数据保持不变；你的修改单独保存，再次读取平台不会覆盖。</p>}
    </form>
  );
}
