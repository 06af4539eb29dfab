import { ClauseList } from './ClauseLink.tsx';
import { CATEGORY_LABELS, type Evaluation, type Requirement, ROUTE_LABELS, TITLE_LEVEL_LABELS } from './core.ts';
import { type ClauseHref, fmtHours } from './format.ts';

const TEST_LABELS = {
  'per-year': '每一年都须达标',
  'any-year': '其中一年达标即可',
  total: '审验期内累计达标',
} as const;

/** 查询的中文表述：“2023 年度” / “2024 年申报中级职称（评审）”。 */
export function queryText(q: Evaluation['query']): string {
  if (q.kind === 'year') return `${q.year} 年度`;
  return `${q.year} 年申报${TITLE_LEVEL_LABELS[q.level]}职称（${ROUTE_LABELS[q.route] ?? q.route}）`;
}

const need = (r: Requirement | null, c: 'public' | 'professional' | 'total') => {
  if (!r) return undefined;
  if (c === 'total')
    return r.total ?? (r.public !== undefined && r.professional !== undefined ? r.public + r.professional : undefined);
  return r[c];
};

function verdict(e: Evaluation): { text: string; cls: string } {
  if (e.undetermined || !e.requirement) return { text: '无法判断', cls: 'xs-verdict-unknown' };
  return e.complete ? { text: '已达标', cls: 'xs-verdict-ok' } : { text: '未达标', cls: 'xs-verdict-short' };
}

export interface ResultViewProps {
  evaluation: Evaluation;
  clauseHref: ClauseHref;
}

/** 核算结果：各类别已计入 / 要求 / 差额，是否达标，各年度明细和提示。 */
export function ResultView({ evaluation: e, clauseHref }: ResultViewProps) {
  const v = verdict(e);
  const r = e.requirement;
  const rows = (['public', 'professional', 'total'] as const).map((c) => ({
    c,
    label: c === 'total' ? '合计' : CATEGORY_LABELS[c],
    credited: e.credited[c],
    required: need(r, c),
    short: e.shortfall[c],
  }));
  return (
    <section class="xs-result" aria-labelledby="xs-result-h" aria-live="polite">
      <h2 id="xs-result-h">
        {queryText(e.query)}：
        <span
          class={`xs-verdict ${v.cls}`}
          data-verdict={e.undetermined ? 'unknown' : e.complete ? 'complete' : 'short'}
        >
          {v.text}
        </span>
      </h2>
      <table class="xs-figures">
        <caption>
          按 {e.notice} 核算
          {e.window ? `，审验年度 ${e.years.map((y) => y.year).join('、')}（${TEST_LABELS[e.window.test]}）` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">类别</th>
            <th scope="col">已计入</th>
            <th scope="col">要求</th>
            <th scope="col">差额</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.c} data-category={row.c}>
              <th scope="row">{row.label}</th>
              <td data-figure="credited">{fmtHours(row.credited)}</td>
              <td data-figure="required">{row.required === undefined ? '—' : fmtHours(row.required)}</td>
              <td data-figure="shortfall" class={row.short > 0 ? 'xs-short' : 'xs-ok'}>
                {row.short > 0 ? `差 ${fmtHours(row.short)}` : row.required === undefined ? '—' : '已满足'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="xs-note">
        单位：学时。
        {r ? (
          <>
            要求依据 <ClauseList ids={r.clauses} href={clauseHref} />
            {r.baseline ? '（本地通知没有规定该年度的学时数，依据国家规定）' : ''}
            {r.averageOverTerm ? '（任期内年平均数）' : ''}。
          </>
        ) : null}
        {e.window ? (
          <>
            {' '}
            审验年度依据 <ClauseList ids={e.window.clauses} href={clauseHref} />。
          </>
        ) : null}
      </p>
      {e.query.kind === 'application' && e.years.length > 0 ? <YearTable e={e} /> : null}
      {e.sharedResult && !e.sharedResult.same ? (
        <div class="xs-alert" role="alert" data-shared="differs">
          <strong>文件里附带的结果与现在重新计算的结果不同。</strong>
          <ul>
            {e.sharedResult.differences.map((d) => (
              <li key={d.field}>
                {d.field === 'complete' ? '是否达标' : d.field === 'total' ? '合计' : CATEGORY_LABELS[d.field]}
                ：文件中为 {fmt(d.shared)}，现在为 {fmt(d.now)}
              </li>
            ))}
          </ul>
          以现在的结果为准（规则可能已更正）。
        </div>
      ) : null}
      {e.sharedResult?.same ? (
        <p class="xs-note" data-shared="same">
          文件里附带的结果与重新计算的结果一致。
        </p>
      ) : null}
      {e.warnings.length ? (
        <ul class="xs-warnings" aria-label="提示">
          {e.warnings
            .filter((w) => w.code !== 'shared-result-differs')
            .map((w) => (
              <li key={`${w.code}-${w.message}`}>
                {w.message} <ClauseList ids={w.clauses} href={clauseHref} />
              </li>
            ))}
        </ul>
      ) : null}
    </section>
  );
}

const fmt = (v: number | boolean) => (typeof v === 'boolean' ? (v ? '达标' : '未达标') : `${fmtHours(v)} 学时`);

function YearTable({ e }: { e: Evaluation }) {
  return (
    <table class="xs-years">
      <caption>各年度明细</caption>
      <thead>
        <tr>
          <th scope="col">年度</th>
          <th scope="col">公需</th>
          <th scope="col">专业</th>
          <th scope="col">合计</th>
          <th scope="col">该年要求</th>
          <th scope="col">该年</th>
        </tr>
      </thead>
      <tbody>
        {e.years.map((y) => (
          <tr key={y.year}>
            <th scope="row">{y.year}</th>
            <td>
              {fmtHours(y.credited.public)}
              {y.deemed.public ? '（视同完成）' : ''}
            </td>
            <td>
              {fmtHours(y.credited.professional)}
              {y.deemed.professional ? '（视同完成）' : ''}
            </td>
            <td>{fmtHours(y.credited.total)}</td>
            <td>{y.requirement ? reqText(y.requirement) : '无规定'}</td>
            <td>{y.requirement ? (y.complete ? '达标' : '未达标') : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function reqText(r: Requirement): string {
  const parts: string[] = [];
  if (r.public !== undefined) parts.push(`公需 ${fmtHours(r.public)}`);
  if (r.professional !== undefined) parts.push(`专业 ${fmtHours(r.professional)}`);
  if (r.total !== undefined) parts.push(`合计 ${fmtHours(r.total)}`);
  return `${parts.join(' / ')}${r.baseline ? '（国家规定）' : ''}`;
}
