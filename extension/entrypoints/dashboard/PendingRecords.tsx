import type { RecordOverride, StoredRecord } from '../../lib/db.ts';
import type { RecordNeed } from '../../lib/ledger-store.ts';
import { RecordEditor } from './RecordEditor.tsx';

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
          <RecordEditor record={record} only={needs} onSave={(o) => onOverride(record.key, o)} />
        </li>
      ))}
      {pending.length > 200 && <li class="muted">还有 {pending.length - 200} 条，补充上面的之后会显示。</li>}
    </ul>
  );
}
