/**
 * The platform's own yearly figures beside 学时通's (issue 12): for each summary the platform
 * showed for a year, what 学时通 credits from the same site, whether the verdicts agree, and
 * one Chinese line per reason they may differ. The notice's rule decides the verdict; the
 * platform's figure is evidence shown beside it, never used to change the result.
 */
import { type Evaluation, REASON_LABELS } from '@xueshi/core';
import { fmtHours } from '@xueshi/site/ui';
import { CATEGORY_TEXT, evidenceOf } from '../adapters/category.ts';
import type { Category } from '../adapters/contract.ts';
import type { StoredRecord, StoredSummary } from './db.ts';
import { activityIdOf, recordNeeds } from './ledger-store.ts';

export type ReasonKind =
  | 'category-guessed'
  | 'category-asked'
  | 'not-passed'
  | 'other-year'
  | 'no-hours'
  | 'cap'
  | 'rule'
  | 'title-over-host'
  | 'excluded'
  | 'hours-changed'
  | 'no-date';

export interface Reason {
  kind: ReasonKind;
  text: string;
  /** What the user can fix: in the dashboard's 待补充 list, or (`ledger`) a row of its 台账 table. */
  fix?: 'category' | 'hours' | 'date' | 'ledger';
}

export interface YearCheck {
  summary: StoredSummary;
  /** Hours 学时通 credits to this year from this site's records; null without a notice. */
  ours: number | null;
  /** `unknown`: the platform shows no verdict, or there is no notice; `undetermined`: 学时通 cannot decide the year. */
  verdict: 'agree' | 'differ' | 'unknown' | 'undetermined';
  reasons: Reason[];
}

const HOST_LABEL: Record<Category, string> = { public: 'gxk', professional: 'zyk' };
const dateOf = (r: StoredRecord) => r.override?.date ?? r.completedOn;
const yearOf = (r: StoredRecord) => {
  const d = dateOf(r);
  return d ? Number(d.slice(0, 4)) : r.year;
};
const hoursOf = (rs: readonly StoredRecord[]) => rs.reduce((s, r) => s + (r.override?.hours ?? r.hours ?? 0), 0);
const courses = (rs: readonly StoredRecord[]) => {
  const h = hoursOf(rs);
  return h > 0 ? `${rs.length} 门课程（${fmtHours(h)} 学时）` : `${rs.length} 门课程`;
};

/** The titles of a few records (“：《A》、《B》”), none for many. */
const titles = (rs: readonly StoredRecord[]) =>
  rs.length <= 3 ? `：${rs.map((r) => `《${r.title}》`).join('、')}` : '';

export function reconcileYear(
  year: number,
  summaries: readonly StoredSummary[],
  records: readonly StoredRecord[],
  evaluation: Evaluation | null,
): YearCheck[] {
  return summaries
    .filter((s) => s.year === year)
    .map((summary) => {
      const site = records.filter((r) => r.platform === summary.platform && r.host === summary.host);
      const ours = evaluation ? creditedFrom(evaluation, year, site) : null;
      const row = evaluation?.years.find((y) => y.year === year);
      const complete = row?.complete ?? null;
      // Undecided: the year (a national floor, hours of unknown number), a year without figures, or the whole
      // evaluation (another department's rules set on the profile).
      const undecided = evaluation?.undetermined || row?.undetermined || !row?.requirement;
      const verdict: YearCheck['verdict'] =
        summary.passed === null || complete === null
          ? 'unknown'
          : undecided
            ? 'undetermined'
            : summary.passed === complete
              ? 'agree'
              : 'differ';
      return { summary, ours, verdict, reasons: reasonsFor(year, site, evaluation) };
    });
}

function creditedFrom(evaluation: Evaluation, year: number, site: readonly StoredRecord[]): number {
  const ids = new Set(site.map(activityIdOf));
  let sum = 0;
  for (const entry of evaluation.trace) {
    if (!ids.has(entry.activityId)) continue;
    for (const c of entry.credited) if (c.year === year) sum += c.hours;
  }
  return Math.round(sum * 100) / 100;
}

function reasonsFor(year: number, site: readonly StoredRecord[], evaluation: Evaluation | null): Reason[] {
  const listed = site.filter((r) => r.year === year && !r.override?.excluded);
  const inYear = site.filter((r) => yearOf(r) === year && r.passed !== false);
  // Without a date a record is no activity at all (ledger.ts): said once, as the reason, below.
  const undated = inYear.filter((r) => !r.override?.excluded && !dateOf(r));
  const counted = inYear.filter((r) => !r.override?.excluded && dateOf(r));
  const out: Reason[] = [];
  // The user's own entries first: they explain a difference before any guess does.
  const excluded = inYear.filter((r) => r.override?.excluded);
  if (excluded.length)
    out.push({
      kind: 'excluded',
      text: `你把 ${courses(excluded)}标为不计入${titles(excluded)}。`,
      fix: 'ledger',
    });
  const changed = counted.filter(
    (r) => r.override?.hours !== undefined && r.hours !== null && r.override.hours !== r.hours,
  );
  if (changed.length > 0 && changed.length <= 3)
    for (const r of changed)
      out.push({
        kind: 'hours-changed',
        text: `《${r.title}》平台 ${fmtHours(r.hours ?? 0)} 学时，你改为 ${fmtHours(r.override?.hours ?? 0)} 学时。`,
        fix: 'ledger',
      });
  else if (changed.length)
    out.push({
      kind: 'hours-changed',
      text: `${changed.length} 门课程的学时你改过：平台合计 ${fmtHours(changed.reduce((s, r) => s + (r.hours ?? 0), 0))} 学时，你改为 ${fmtHours(hoursOf(changed))} 学时。`,
      fix: 'ledger',
    });
  if (undated.length)
    out.push({
      kind: 'no-date',
      text: `${courses(undated)}在平台的 ${year} 年度列表里，但没有完成日期，补上前不计入。`,
      fix: 'date',
    });
  const byEvidence = (basis: 'host' | 'title', c: Category) =>
    counted.filter((r) => !r.override?.category && evidenceOf(r).basis === basis && evidenceOf(r).category === c);
  for (const c of ['public', 'professional'] as const) {
    const guessed = byEvidence('host', c);
    if (guessed.length)
      out.push({
        kind: 'category-guessed',
        text: `${courses(guessed)}的类别只是按网址 ${HOST_LABEL[c]}（${CATEGORY_TEXT[c]}）推断的，平台没有写明；可以逐一确认。`,
        fix: 'category',
      });
  }
  const asked = counted.filter((r) => recordNeeds(r).includes('category'));
  if (asked.length)
    out.push({
      kind: 'category-asked',
      text: `${courses(asked)}不知道是公需还是专业科目，选择前不计入。`,
      fix: 'category',
    });
  const unfinished = listed.filter((r) => r.passed === false);
  if (unfinished.length)
    out.push({ kind: 'not-passed', text: `${unfinished.length} 门课程平台显示未通过考核，不计入。` });
  for (const r of site.filter(
    (r) => r.year !== null && yearOf(r) !== r.year && (r.year === year || yearOf(r) === year),
  ))
    out.push({
      kind: 'other-year',
      text: `《${r.title}》在平台的 ${r.year} 年度列表里，完成日期是 ${dateOf(r)}，按完成日期计入 ${yearOf(r)} 年度。`,
    });
  const noHours = counted.filter((r) => recordNeeds(r).includes('hours'));
  if (noHours.length)
    out.push({
      kind: 'no-hours',
      text: `${noHours.length} 门课程没有学时数（学时待补），补上前不计入。`,
      fix: 'hours',
    });
  if (evaluation) out.push(...ruleReasons(evaluation, counted));
  for (const c of ['public', 'professional'] as const) {
    const overruled = byEvidence('title', c).filter((r) => evidenceOf(r).note);
    const other: Category = c === 'public' ? 'professional' : 'public';
    if (overruled.length)
      out.push({
        kind: 'title-over-host',
        text: `${overruled.length} 门课程按课程名称计为${CATEGORY_TEXT[c]}科目（网址 ${HOST_LABEL[other]} 表示${CATEGORY_TEXT[other]}）。`,
      });
  }
  return out;
}

/** What the notice's rules did not credit (a cap, a condition), beyond the reasons above. */
function ruleReasons(evaluation: Evaluation, counted: readonly StoredRecord[]): Reason[] {
  const byId = new Map(counted.map((r) => [activityIdOf(r), r]));
  const capped: string[] = [];
  const out: Reason[] = [];
  for (const entry of evaluation.trace) {
    const r = byId.get(entry.activityId);
    if (!r || entry.status === 'credited' || entry.status === 'deemed' || !entry.reason) continue;
    if (entry.reason === 'needs-input' || entry.reason === 'out-of-window') continue; // said above
    if (entry.reason === 'cap') capped.push(r.title);
    else
      out.push({
        kind: 'rule',
        text: `《${r.title}》：${REASON_LABELS[entry.reason]}（${entry.clauses.join('、')}）。`,
      });
  }
  if (capped.length)
    out.unshift({ kind: 'cap', text: `${capped.length} 门课程的学时超过通知规定的上限，超出部分不计入。` });
  return out;
}
