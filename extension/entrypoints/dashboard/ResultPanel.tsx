import type { Evaluation, Profile, Query } from '@xueshi/core';
import { clauseHrefFor, Explanation, QueryForm, ResultView } from '@xueshi/site/ui';
import { useState } from 'preact/hooks';
import { ownRequirementLines } from '../../lib/present.ts';

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
  // “按你填写的要求核算…” is said first, above the figures, not among the notes below them.
  const own = ownRequirementLines(evaluation);
  const rest = own.length
    ? { ...evaluation, warnings: evaluation.warnings.filter((w) => !own.includes(w)) }
    : evaluation;
  return (
    <div class="xs-calc">
      <QueryForm profile={props.profile} query={props.query} onChange={props.onChange} />
      {own.map((w) => (
        <p key={w.message} class="own-basis" data-testid="own-basis">
          {w.message}
        </p>
      ))}
      <ResultView evaluation={rest} clauseHref={clauseHref} />
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
