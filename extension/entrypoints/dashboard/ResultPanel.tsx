import type { Evaluation, Profile, Query } from '@xueshi/core';
import { clauseHrefFor, Explanation, NOTICE_OPTIONS, QueryForm, ResultView } from '@xueshi/site/ui';
import { useState } from 'preact/hooks';

// The dashboard works offline: clause IDs are shown, not linked.
const clauseHref = clauseHrefFor(null);

/** The question (year or title application), the figures, and why — the site calculator's own components. */
export function ResultPanel(props: {
  profile: Profile;
  evaluation: Evaluation;
  query: Query;
  onChange(profile: Profile, query: Query): void;
}) {
  const { evaluation } = props;
  // The explanation of thousands of activities is built only when asked for.
  const [open, setOpen] = useState(false);
  return (
    <div class="xs-calc">
      <QueryForm profile={props.profile} query={props.query} notices={NOTICE_OPTIONS} onChange={props.onChange} />
      <ResultView evaluation={evaluation} clauseHref={clauseHref} />
      <div class="explain">
        <button type="button" aria-expanded={open} aria-controls="trace-list" onClick={() => setOpen(!open)}>
          {open ? '收起逐条解释' : `逐条解释（${evaluation.trace.length} 条活动）`}
        </button>
        {open && (
          <ol class="xs-trace" id="trace-list">
            {evaluation.trace.slice(0, 500).map((entry) => (
              <li key={entry.activityId}>
                <strong>{entry.title ?? entry.kindLabel}</strong>
                {entry.title ? <span class="muted">（{entry.kindLabel}）</span> : null}
                <Explanation entry={entry} clauseHref={clauseHref} />
              </li>
            ))}
          </ol>
        )}
        {open && evaluation.trace.length > 500 && <p class="muted">只显示前 500 条。</p>}
      </div>
    </div>
  );
}
