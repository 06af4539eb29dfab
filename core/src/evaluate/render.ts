/** 把核算结果和解释链写成中文句子。 */
import { CATEGORY_LABELS, ROUTE_LABELS, TITLE_LEVEL_LABELS } from '../ledger/constants.ts';
import { REASON_LABELS } from '../policy/types.ts';
import type { Evaluation, TraceEntry } from './types.ts';

const fmtHours = (h: number) => `${h} 学时`;

/** 一条活动的解释，写成一段中文。 */
export function renderEntry(e: TraceEntry): string {
  const name = e.title ? `“${e.title}”（${e.kindLabel}）` : `${e.kindLabel} ${e.activityId}`;
  const head = e.clauses.length ? `${name}，依据 ${e.clauses.join('、')}：` : `${name}：`;
  const steps = e.steps.map((s) => s.text).join('；');
  let tail: string;
  if (e.status === 'deemed') tail = '视同完成。';
  else if (e.status === 'not-credited') tail = `未计入（${e.reason ? REASON_LABELS[e.reason] : '不计入'}）。`;
  else {
    const parts = e.credited
      .filter((c) => c.hours > 0)
      .map(
        (c) => `${c.year === 'window' ? '审验期' : `${c.year} 年`}${CATEGORY_LABELS[c.category]} ${fmtHours(c.hours)}`,
      );
    tail = `本次计入 ${parts.join('、')}${e.status === 'partly' && e.reason ? `（部分未计入：${REASON_LABELS[e.reason]}）` : ''}。`;
  }
  return `${head}${steps}${steps ? '。' : ''}${tail}`.replace(/。。/g, '。');
}

/** 查询的中文描述。 */
export function describeQuery(ev: Pick<Evaluation, 'query'>): string {
  const q = ev.query;
  if (q.kind === 'year') return `${q.year} 年度`;
  return `${q.year} 年申报${TITLE_LEVEL_LABELS[q.level]}（${ROUTE_LABELS[q.route]}）`;
}

/**
 * 把核算结果（汇总、各年度、每条活动的解释、提示）写成中文纯文本。
 * `noticeLabel`：第一行怎样称呼通知（缺省为编号；其他地区请传“其他地区（地区）”，不把代号 USER 给人看）。
 */
export function renderTrace(ev: Evaluation, noticeLabel: string = ev.notice): string {
  const lines: string[] = [];
  lines.push(`${noticeLabel} · ${describeQuery(ev)} · 截至 ${ev.asOf}`);
  if (ev.window)
    lines.push(`审验年度：${ev.window.years.join('、')}（${testText(ev)}，${ev.window.clauses.join('、')}）`);
  for (const y of ev.years) {
    if (ev.window?.test === 'total') {
      lines.push(
        `${y.year} 年：公需 ${y.credited.public}，专业 ${y.credited.professional}，合计 ${y.credited.total}（累计检验，不逐年要求）`,
      );
      continue;
    }
    const r = y.requirement;
    const req = r
      ? `要求${r.public !== undefined ? ` 公需 ${r.public}` : ''}${r.professional !== undefined ? ` 专业 ${r.professional}` : ''}${r.total !== undefined ? ` 合计 ${r.total}` : ''}${r.elective !== undefined ? `（其中选修 ${r.elective}）` : ''}（${r.clauses.join('、')}${r.baseline ? '，国家基准' : ''}）`
      : '没有规定';
    const deemed = [y.deemed.public ? '公需视同完成' : '', y.deemed.professional ? '专业视同完成' : '']
      .filter(Boolean)
      .join('，');
    // 任期年平均的年度：要求是年平均数，计入要求含其他年度多出的学时（或多出的分给了其他年度）。
    const pooled = y.averagedOverTerm ? `；任期内合并计入要求 ${y.counted.total}` : '';
    const short = y.complete
      ? '达标'
      : y.averagedOverTerm
        ? `差 合计 ${y.shortfall.total}`
        : `差 公需 ${y.shortfall.public}、专业 ${y.shortfall.professional}、合计 ${y.shortfall.total}`;
    // 无法判断的一年（只达到国家规定的下限、有数字不明的学时）：不写“达标”，差额照列。
    const status = y.undetermined ? `无法判断（${y.complete ? '达到所列要求' : short}）` : short;
    lines.push(
      `${y.year} 年：公需 ${y.credited.public}，专业 ${y.credited.professional}，合计 ${y.credited.total}；${req}${pooled}；${deemed ? `${deemed}；` : ''}${status}`,
    );
    for (const t of y.transfers ?? []) {
      lines.push(
        `  ${t.from} 年多学的${CATEGORY_LABELS[t.category]} ${t.hours} 学时调剂到 ${t.to} 年（${t.clauses.join('、')}）`,
      );
    }
  }
  if (ev.termAverage) {
    const t = ev.termAverage;
    lines.push(
      `${t.years[0]}—${t.years[t.years.length - 1]} 年按任期年平均合并检验：计入 ${t.credited}，要求 ${t.requirement}（${t.clauses.join('、')}）；${t.complete ? '达标' : `差 ${t.shortfall}`}`,
    );
  }
  lines.push(
    `合计：已计入 公需 ${ev.credited.public}，专业 ${ev.credited.professional}，合计 ${ev.credited.total}；${ev.undetermined ? '无法判断' : ev.complete ? '已完成' : `未完成，还需${ev.years.some((y) => y.undetermined) ? '至少' : ''} ${ev.needed} 学时`}`,
  );
  const r = ev.requirement;
  if (r && !ev.undetermined) {
    const row = (k: 'public' | 'professional' | 'total', label: string) =>
      r[k] === undefined ? '' : `${label} 要求 ${r[k]}、计入要求 ${ev.counted[k]}、差 ${ev.shortfall[k]}`;
    const rows = [row('public', '公需'), row('professional', '专业'), row('total', '合计')].filter(Boolean);
    lines.push(`要求与差额（${sumText(ev)}）：${rows.join('；')}`);
  }
  lines.push('逐条说明：');
  for (const e of ev.trace) lines.push(`- ${renderEntry(e)}`);
  if (ev.warnings.length) {
    lines.push('提示：');
    for (const w of ev.warnings) lines.push(`- ${w.message}${w.clauses.length ? `（${w.clauses.join('、')}）` : ''}`);
  }
  return lines.join('\n');
}

/** 审验期的检验方式；有任期年平均的年度（WH19-PRE2018）时写明哪几年合并检验。 */
function testText(ev: Evaluation): string {
  const w = ev.window as NonNullable<Evaluation['window']>;
  const t = ev.termAverage;
  if (w.test !== 'per-year' || !t)
    return { 'per-year': '逐年达标', 'any-year': '其中一年达标', total: '累计达标' }[w.test];
  const span = `${t.years[0]}—${t.years[t.years.length - 1]} 年`;
  if (t.years.length === ev.years.length) return '任期年平均合并检验';
  return `逐年达标，其中 ${span}按任期年平均合并检验`;
}

/** “要求与差额”一行的说明：逐年检验时多出的学时不跨年，任期年平均的年度之间互补。 */
function sumText(ev: Evaluation): string {
  if (ev.window?.test !== 'per-year') return '本次检验';
  const t = ev.termAverage;
  if (!t) return '各年之和，超出当年要求的学时不跨年';
  if (t.years.length === ev.years.length) return '各年之和，任期内各年多出的学时合并计入';
  return '各年之和；任期年平均的年度之间多出的学时合并计入，其余年度超出当年要求的学时不跨年';
}
