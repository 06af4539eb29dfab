import { Component } from 'preact';
import { useState } from 'preact/hooks';
import type { Activity, ActivityKindInfo, TraceEntry } from './core.ts';
import { creditedText, Explanation, STATUS_LABELS } from './Explanation.tsx';
import type { ClauseHref } from './format.ts';

/** 活动的要点：“2023-06-30 · 证书学时 24 学时”。 */
export function activityFacts(a: Activity, info: ActivityKindInfo | undefined): string {
  const rec = a as unknown as Record<string, unknown>;
  const parts: string[] = [];
  for (const f of info?.fields ?? []) {
    if (f.name === 'title' || f.name === 'note' || f.name === 'resultGroup') continue;
    const v = rec[f.name];
    if (v === undefined || v === null || v === '') continue;
    if (f.type === 'boolean') {
      if (v === true) parts.push(f.label);
      continue;
    }
    const shown = f.type === 'enum' ? (f.options?.find((o) => o.value === v)?.label ?? String(v)) : String(v);
    parts.push(f.type === 'date' ? shown : `${f.label} ${shown}${f.unit ? ` ${f.unit}` : ''}`);
  }
  return parts.join(' · ');
}

export interface ActivityListProps {
  activities: readonly Activity[];
  kinds: readonly ActivityKindInfo[];
  /** 核算结果中每条活动的解释（按活动标识）。 */
  trace?: ReadonlyMap<string, TraceEntry>;
  clauseHref: ClauseHref;
  onEdit?(id: string): void;
  onRemove?(id: string): void;
  /** 把计划中的活动标为已完成（不传则不显示按钮）。 */
  onComplete?(id: string): void;
  /** 展开全部解释并列出全部活动（打印时）；平时只在用户展开时才生成解释，500 条活动也能立即更新。 */
  expandAll?: boolean;
  /** 先列出的条数，其余点“显示其余”后列出（默认全部列出）。 */
  limit?: number;
}

/** 活动清单：每条活动的要点、计入的学时、展开可见的解释。 */
export function ActivityList({
  activities,
  kinds,
  trace,
  clauseHref,
  onEdit,
  onRemove,
  onComplete,
  expandAll = false,
  limit = Number.POSITIVE_INFINITY,
}: ActivityListProps) {
  const [showAll, setShowAll] = useState(false);
  if (!activities.length) return <p class="xs-empty">还没有活动。添加一条，或导入台账文件。</p>;
  const byKind = new Map(kinds.map((k) => [k.kind, k]));
  const shown = showAll || expandAll || activities.length <= limit ? activities : activities.slice(0, limit);
  const rest = activities.length - shown.length;
  return (
    <>
      {/* 长清单才跳过屏幕外行的排版（content-visibility）；短清单照常绘制，截图和打印都完整。 */}
      <ol class={shown.length > 50 ? 'xs-list xs-list-long' : 'xs-list'}>
        {shown.map((a) => (
          <Row
            key={a.id}
            activity={a}
            info={byKind.get(a.kind)}
            entry={trace?.get(a.id)}
            clauseHref={clauseHref}
            onEdit={onEdit}
            onRemove={onRemove}
            onComplete={onComplete}
            expandAll={expandAll}
          />
        ))}
      </ol>
      {rest > 0 ? (
        <button type="button" class="xs-more" onClick={() => setShowAll(true)}>
          显示其余 {rest} 条活动
        </button>
      ) : null}
    </>
  );
}

interface RowProps {
  activity: Activity;
  info: ActivityKindInfo | undefined;
  entry: TraceEntry | undefined;
  clauseHref: ClauseHref;
  onEdit?: ((id: string) => void) | undefined;
  onRemove?: ((id: string) => void) | undefined;
  onComplete?: ((id: string) => void) | undefined;
  expandAll: boolean;
}

// 500 条活动时只重画变化的行：解释没变（同一文本）的行跳过。
class Row extends Component<RowProps> {
  override shouldComponentUpdate(b: RowProps): boolean {
    const a = this.props;
    return !(
      a.activity === b.activity &&
      a.info === b.info &&
      a.clauseHref === b.clauseHref &&
      a.onEdit === b.onEdit &&
      a.onRemove === b.onRemove &&
      a.onComplete === b.onComplete &&
      a.expandAll === b.expandAll &&
      entryKey(a.entry) === entryKey(b.entry)
    );
  }
  override render(props: RowProps) {
    return <RowView {...props} />;
  }
}

const keys = new WeakMap<TraceEntry, string>();
function entryKey(e: TraceEntry | undefined): string {
  if (!e) return '';
  let k = keys.get(e);
  if (k === undefined) {
    k = `${e.status}|${e.reason ?? ''}|${JSON.stringify(e.credited)}|${JSON.stringify(e.deemed)}|${e.steps.map((s) => s.text).join('|')}`;
    keys.set(e, k);
  }
  return k;
}

function RowView({ activity: a, info, entry, clauseHref, onEdit, onRemove, onComplete, expandAll }: RowProps) {
  const [open, setOpen] = useState(false);
  const name = a.title || info?.label || a.kind;
  // 缺少信息而未计入时，在这一行上直接说要补填什么（不只在“为什么”里）。
  const missing =
    entry?.reason === 'needs-input' ? entry.steps.find((s) => s.reason === 'needs-input')?.text : undefined;
  return (
    <li
      class={`xs-item xs-item-${entry?.status ?? 'none'}${a.planned ? ' xs-item-planned' : ''}`}
      data-activity-id={a.id}
      data-planned={a.planned ? '' : undefined}
    >
      <div class="xs-item-head">
        <div class="xs-item-main">
          {a.planned ? <span class="xs-kind xs-plan-tag">计划</span> : null}
          <span class="xs-kind">{info?.label ?? a.kind}</span>
          {a.title ? <strong class="xs-item-title">{a.title}</strong> : null}
          <span class="xs-facts">
            {activityFacts(a, info)
              .split(' · ')
              .map((f, i) => (
                <span key={i} class={/^\d{4}-\d{2}-\d{2}$/.test(f) ? 'xs-fact xs-nowrap' : 'xs-fact'}>
                  {i ? ' · ' : ''}
                  {f}
                </span>
              ))}
          </span>
        </div>
        <div class="xs-item-credit">
          {entry ? (
            <>
              <span class={`xs-status xs-status-${entry.status}`}>
                {a.planned ? `完成后${STATUS_LABELS[entry.status]}` : STATUS_LABELS[entry.status]}
              </span>{' '}
              {creditedText(entry)}
            </>
          ) : null}
          {missing ? <span class="xs-missing">请补填：{missing}</span> : null}
        </div>
        <div class="xs-item-actions">
          {a.planned && onComplete ? (
            <button type="button" onClick={() => onComplete(a.id)} aria-label={`标为已完成：${name}`}>
              标为已完成
            </button>
          ) : null}
          {onEdit ? (
            <button type="button" onClick={() => onEdit(a.id)} aria-label={`编辑：${name}`}>
              编辑
            </button>
          ) : null}
          {onRemove ? (
            <button type="button" onClick={() => onRemove(a.id)} aria-label={`删除：${name}`}>
              删除
            </button>
          ) : null}
        </div>
      </div>
      {entry ? (
        <details class="xs-why" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>为什么？（依据与计算过程）</summary>
          {open || expandAll ? <Explanation entry={entry} clauseHref={clauseHref} /> : null}
        </details>
      ) : null}
    </li>
  );
}
