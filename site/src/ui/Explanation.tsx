import { ClauseList } from './ClauseLink.tsx';
import { CATEGORY_LABELS, REASON_LABELS, type TraceEntry } from './core.ts';
import { type ClauseHref, fmtHours } from './format.ts';

export const STATUS_LABELS: Record<TraceEntry['status'], string> = {
  credited: '已计入',
  partly: '部分计入',
  'not-credited': '未计入',
  deemed: '视同完成',
};

/** 一条活动计入了多少：“2023 年公需科目 24 学时”。 */
export function creditedText(entry: TraceEntry): string {
  const parts = entry.credited.map(
    (c) => `${c.year === 'window' ? '审验期' : `${c.year} 年`}${CATEGORY_LABELS[c.category]} ${fmtHours(c.hours)} 学时`,
  );
  for (const d of entry.deemed) {
    const years = d.years === 'window' ? '审验期' : `${d.years.join('、')} 年`;
    parts.push(`${years}${d.parts.map((p) => CATEGORY_LABELS[p]).join('、')}视同完成`);
  }
  if (!parts.length) return entry.reason ? `未计入：${REASON_LABELS[entry.reason]}` : '未计入';
  return parts.join('；');
}

/** 一条活动的解释：每一步（原始学时 → 折算 → 上限 → 计入）及其条款。 */
export function Explanation({ entry, clauseHref }: { entry: TraceEntry; clauseHref: ClauseHref }) {
  return (
    <div class="xs-explain">
      <p class="xs-explain-sum">
        <span class={`xs-status xs-status-${entry.status}`}>{STATUS_LABELS[entry.status]}</span> {creditedText(entry)}
      </p>
      <ol class="xs-steps">
        {entry.steps.map((s, i) => (
          <li key={i} class={`xs-step xs-step-${s.step}`}>
            {s.text}
            {s.reason ? <span class="xs-reason">（{REASON_LABELS[s.reason]}）</span> : null}{' '}
            <ClauseList ids={s.clauses} href={clauseHref} />
          </li>
        ))}
      </ol>
    </div>
  );
}
