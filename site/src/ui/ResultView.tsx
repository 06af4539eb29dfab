import { ClauseList } from './ClauseLink.tsx';
import {
  CATEGORY_LABELS,
  type Evaluation,
  type EvalWarning,
  type Requirement,
  ROUTE_LABELS,
  TITLE_LEVEL_LABELS,
} from './core.ts';
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

const needOf = (r: Requirement | null, c: 'public' | 'professional' | 'total') => {
  if (!r) return undefined;
  if (c === 'total')
    return r.total ?? (r.public !== undefined && r.professional !== undefined ? r.public + r.professional : undefined);
  return r[c];
};

/** 结论：无法判断、已达标、未达标（键同时是 data-verdict 和样式 xs-verdict-*）。 */
const VERDICTS = { unknown: '无法判断', complete: '已达标', short: '未达标' } as const;

export interface ResultViewProps {
  evaluation: Evaluation;
  clauseHref: ClauseHref;
}

/** 核算结果：各类别已计入 / 要求 / 差额，是否达标，各年度明细和提示。 */
export function ResultView({ evaluation: e, clauseHref }: ResultViewProps) {
  const top = (w: EvalWarning) => w.code === 'user-requirement' || w.message === e.window?.ask;
  const r = e.requirement;
  const v = e.undetermined || !r ? 'unknown' : e.complete ? 'complete' : 'short';
  const app = e.query.kind === 'application' && e.years.length > 0;
  const span = app ? `${e.years[0]?.year}–${e.years[e.years.length - 1]?.year} 年` : '';
  const t = e.window?.test;
  // 逐年检验、几个年度相加时，某年超出要求的学时不补别的年度：表里列“计入要求”，要求 − 计入要求 = 差额。
  // 累计检验（total）不分年；任一年检验（any-year）的数字是最接近达标的那一年的。
  const multi = app && t === 'per-year' && e.years.length > 1;
  const surplus = multi ? e.credited.total - e.counted.total : 0;
  // 只检验部分类别时（QH20-SWITCH 只看专业课），其余类别不列要求，免得说它“已满足”。
  const cats = e.window?.categories as string[] | undefined;
  const rows = (['public', 'professional', 'total'] as const).map((c) => ({
    c,
    // 有选修要求（如广东 18）时，合计里含选修：不写出来，合计与两类之和对不上也看不出为什么。
    label: c !== 'total' ? CATEGORY_LABELS[c] : r?.elective ? `合计（含选修 ${r.elective}）` : '合计（公需＋专业）',
    credited: multi ? e.counted[c] : e.credited[c],
    required: cats?.includes(c) === false ? undefined : needOf(r, c),
    short: e.shortfall[c],
  }));
  return (
    <section class="xs-result" aria-labelledby="xs-result-h" aria-live="polite">
      <h2 id="xs-result-h">
        {queryText(e.query)}：
        <span class={`xs-verdict xs-verdict-${v}`} data-verdict={v}>
          {VERDICTS[v]}
        </span>
      </h2>
      {/* “按你填写的要求核算”放在最上面：数字是使用者的，不是学时通收录的通知；审验哪几年要使用者回答时（window.ask）也是。 */}
      {e.warnings.filter(top).map((w) => (
        <p class="xs-user-req" key={w.message}>
          {w.message}
        </p>
      ))}
      {app ? <YearTable e={e} /> : null}
      {app ? <YearChart e={e} /> : null}
      <table class="xs-figures">
        <caption>
          {app
            ? t === 'any-year'
              ? `审验期 ${span}（${TEST_LABELS[t]}，下列为最接近达标的一年）`
              : `审验期 ${span}合计（${e.years.length} 个年度相加，${t ? TEST_LABELS[t] : ''}）`
            : `${queryText(e.query)}`}
          ，按 {e.notice === 'USER' ? '你填写的要求' : e.notice} 核算，截至 {e.asOf}
        </caption>
        <thead>
          <tr>
            <th scope="col">类别</th>
            <th scope="col">{multi ? '计入要求' : '已计入'}</th>
            <th scope="col">要求</th>
            <th scope="col">差额</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.c} data-category={row.c}>
              <th scope="row">{row.label}</th>
              <td data-figure={multi ? 'counted' : 'credited'}>{fmtHours(row.credited)}</td>
              <td data-figure="required">{row.required === undefined ? '—' : fmtHours(row.required)}</td>
              <td
                data-figure="shortfall"
                class={row.short > 0 ? 'xs-short' : row.required === undefined ? undefined : 'xs-ok'}
              >
                {row.short > 0
                  ? `差 ${fmtHours(row.short)}`
                  : row.required === undefined
                    ? '—'
                    : row.credited < row.required
                      ? '视同完成'
                      : '已满足'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!e.complete && !e.undetermined && e.needed > 0 ? (
        <p class="xs-needed" data-figure="needed">
          还需{e.years.some((y) => y.undetermined) ? '至少' : ''} <strong>{fmtHours(e.needed)}</strong> 学时才能达标
          {multi ? '（各年所缺之和）' : ''}。
        </p>
      ) : null}
      <p class="xs-note">
        单位：学时。
        {surplus > 0
          ? `另有 ${fmtHours(surplus)} 学时超出当年要求，不能补别的年度（已计入共 ${fmtHours(e.credited.total)}）。`
          : ''}
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
            .filter((w) => w.code !== 'shared-result-differs' && !top(w))
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

/** 各年度已计入与要求的对照（SVG 条形图，不用图表库）：灰条为该年要求，蓝条为已计入。 */
function YearChart({ e }: { e: Evaluation }) {
  const need = (y: Evaluation['years'][number]) => (y.requirement ? (needOf(y.requirement, 'total') ?? 0) : 0);
  const max = Math.max(1, ...e.years.map((y) => Math.max(y.credited.total, need(y))));
  const w = (h: number) => (200 * h) / max;
  return (
    <svg class="xs-chart" viewBox={`0 0 300 ${e.years.length * 22}`} role="img" aria-label="各年度已计入与要求的学时">
      {e.years.map((y, i) => (
        <g key={y.year} transform={`translate(0 ${i * 22})`}>
          <text x="0" y="15">
            {y.year}
          </text>
          <rect x="40" y="3" width={w(need(y))} height="16" fill="#d0d7de" />
          <rect
            x="40"
            y="7"
            width={w(Math.min(y.credited.total, max))}
            height="8"
            fill={y.complete && !y.undetermined ? '#116329' : '#0b5cad'}
          />
          <text x={46 + w(Math.max(y.credited.total, need(y)))} y="15">
            {fmtHours(y.credited.total)}/{y.requirement ? fmtHours(need(y)) : '—'}
          </text>
        </g>
      ))}
    </svg>
  );
}

function YearTable({ e }: { e: Evaluation }) {
  const a = e.termAverage;
  // 累计检验时有的学时计入审验期、不属于哪一年（EvalWarning / trace 的 year 'window'）：单列一行，各行加起来才等于已计入。
  const w = (c: 'public' | 'professional' | 'total') =>
    fmtHours(e.credited[c] - e.years.reduce((s, y) => s + y.credited[c], 0));
  return (
    <table class="xs-years">
      {/* 合并检验的几年（Evaluation.termAverage）写在表头：这几年各自的“达标”没有意义，看的是合计。累计检验不逐年核对。 */}
      <caption>
        各年度
        {e.window?.test === 'total' ? null : (
          <>
            （
            {a
              ? `${a.years[0]}–${a.years[a.years.length - 1]} 年按任期内平均每年合并核对：计入 ${fmtHours(a.credited)}，要求 ${fmtHours(a.requirement)}，${a.complete ? '已满足' : `差 ${fmtHours(a.shortfall)}`}；其余`
              : ''}
            每年单独核对）
          </>
        )}
      </caption>
      <thead>
        <tr>
          <th scope="col">年度</th>
          <th scope="col">该年</th>
          <th scope="col">公需</th>
          <th scope="col">专业</th>
          <th scope="col">合计</th>
          <th scope="col">该年要求</th>
        </tr>
      </thead>
      <tbody>
        {e.years.map((y) => {
          const s = !y.requirement
            ? '—'
            : y.undetermined
              ? '无法判断'
              : y.averagedOverTerm
                ? '合并核对'
                : y.complete
                  ? '达标'
                  : '未达标';
          return (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td data-year-status="" class={s === '达标' ? 'xs-ok' : s === '未达标' ? 'xs-short' : ''}>
                {s}
              </td>
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
            </tr>
          );
        })}
        {e.window?.test === 'total' && w('total') !== '0' ? (
          <tr>
            <th scope="row">审验期累计</th>
            <td>—</td>
            <td>{w('public')}</td>
            <td>{w('professional')}</td>
            <td>{w('total')}</td>
            <td>—</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

function reqText(r: Requirement): string {
  const parts: string[] = [];
  if (r.public !== undefined) parts.push(`公需 ${fmtHours(r.public)}`);
  if (r.professional !== undefined) parts.push(`专业 ${fmtHours(r.professional)}`);
  if (r.total !== undefined) parts.push(`合计 ${fmtHours(r.total)}${r.elective ? `（含选修 ${r.elective}）` : ''}`);
  return `${parts.join(' / ')}${r.baseline ? '（国家规定）' : ''}`;
}
