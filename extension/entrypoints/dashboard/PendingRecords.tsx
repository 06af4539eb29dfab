import { useState } from 'preact/hooks';
import type { RecordOverride, StoredRecord } from '../../lib/db.ts';
import type { RecordNeed } from '../../lib/ledger-store.ts';

const NEED_TEXT: Record<RecordNeed, string> = {
  date: '完成日期（决定计入哪一年）',
  hours: '学时（平台没有显示，学时待补）',
  category: '类别（公需或专业）',
};

/** Platform records that lack a figure, each with a small form for exactly what is missing. */
export function PendingRecords({
  pending,
  onOverride,
}: {
  pending: { record: StoredRecord; needs: RecordNeed[] }[];
  onOverride(key: string, override: RecordOverride): void;
}) {
  return (
    <ul class="pending">
      {pending.slice(0, 200).map(({ record, needs }) => (
        <li key={record.key}>
          <div>
            <strong>{record.title}</strong> <span class="muted">{record.host}</span>
          </div>
          <div class="muted">需要补充：{needs.map((n) => NEED_TEXT[n]).join('；')}</div>
          <Fix needs={needs} onSave={(patch) => onOverride(record.key, { ...record.override, ...patch })} />
        </li>
      ))}
      {pending.length > 200 && <li class="muted">还有 {pending.length - 200} 条，补充上面的之后会显示。</li>}
    </ul>
  );
}

function Fix({ needs, onSave }: { needs: RecordNeed[]; onSave(patch: RecordOverride): void }) {
  const [date, setDate] = useState('');
  const [hours, setHours] = useState('');
  const [category, setCategory] = useState('');
  const [error, setError] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const patch: RecordOverride = {};
    if (needs.includes('date')) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('请填写完成日期。');
      patch.date = date;
    }
    if (needs.includes('hours')) {
      const h = Number(hours);
      if (hours.trim() === '' || !Number.isFinite(h) || h < 0 || h > 1000)
        return setError('学时应为 0 到 1000 之间的数字。');
      patch.hours = h;
    }
    if (needs.includes('category')) {
      if (category !== 'public' && category !== 'professional') return setError('请选择类别。');
      patch.category = category;
    }
    setError('');
    onSave(patch);
  };
  return (
    <form class="inline" onSubmit={submit}>
      {needs.includes('date') && (
        <label>
          完成日期 <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
      )}
      {needs.includes('hours') && (
        <label>
          学时 <input inputMode="decimal" size={5} value={hours} onInput={(e) => setHours(e.currentTarget.value)} />
        </label>
      )}
      {needs.includes('category') && (
        <label>
          类别{' '}
          <select value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
            <option value="">请选择</option>
            <option value="public">公需科目</option>
            <option value="professional">专业科目</option>
          </select>
        </label>
      )}
      <button type="submit">保存</button>
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
