/**
 * The 其他地区 form's model (issue 14): what the person typed, kept as typed so nothing is lost on
 * a bad entry, turned into a `UserRequirement` by core's own ledger validator (Chinese messages,
 * field paths), plus the few checks core's validator does not make (a segment with no figure,
 * overlapping segments, a window with no level, a preset not yet confirmed).
 */
import {
  LEDGER_FORMAT_VERSION,
  type LedgerIssue,
  parseLedger,
  type TitleLevel,
  type UserPreset,
  type UserRequirement,
} from '@xueshi/core';

export const YEAR_FIGURES = ['public', 'professional', 'elective', 'total'] as const;
export const WINDOW_FIGURES = ['public', 'professional', 'total'] as const;
type YearFigure = (typeof YEAR_FIGURES)[number];
type WindowFigure = (typeof WINDOW_FIGURES)[number];

export type YearDraft = { from: string; to: string } & Record<YearFigure, string>;
export type WindowDraft = {
  levels: TitleLevel[];
  years: string;
  includeApplicationYear: boolean;
  test: 'per-year' | 'total';
} & Record<WindowFigure, string>;
export interface RequirementDraft {
  region: string;
  source: string;
  years: YearDraft[];
  windows: WindowDraft[];
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

export const emptyYear = (from = ''): YearDraft => ({
  from,
  to: '',
  public: '',
  professional: '',
  elective: '',
  total: '',
});

export const emptyWindow = (): WindowDraft => ({
  levels: [],
  years: '',
  includeApplicationYear: false,
  test: 'per-year',
  public: '',
  professional: '',
  total: '',
});

/** The form's fields for a stored requirement (or an empty one for `region`). */
export function toDraft(u: UserRequirement | undefined, region = ''): RequirementDraft {
  if (!u) return { region, source: '', years: [], windows: [] };
  return {
    region: u.region,
    source: u.source ?? '',
    years: u.years.map((y) => ({
      from: text(y.from),
      to: text(y.to),
      ...(Object.fromEntries(YEAR_FIGURES.map((k) => [k, text(y[k])])) as Record<YearFigure, string>),
    })),
    windows: (u.windows ?? []).map((w) => ({
      levels: [...w.levels],
      years: text(w.years),
      includeApplicationYear: w.includeApplicationYear,
      test: w.test,
      ...(Object.fromEntries(WINDOW_FIGURES.map((k) => [k, text(w[k])])) as Record<WindowFigure, string>),
    })),
  };
}

/** A typed figure: empty is "not stated"; anything else goes to core's validator as typed (a number when it reads as one). */
function typed(s: string): number | string | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

/** Only the fields the person stated (an empty field is left out, not written as 0). */
function stated(fields: Record<string, string>): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(fields)) {
    const t = typed(v);
    if (t !== undefined) out[k] = t;
  }
  return out;
}

function candidate(d: RequirementDraft): unknown {
  const source = d.source.trim();
  return {
    region: d.region.trim(),
    ...(source ? { source } : {}),
    years: d.years.map((y) => stated(y)),
    ...(d.windows.length
      ? {
          windows: d.windows.map(({ levels, includeApplicationYear, test, ...rest }) => ({
            levels,
            includeApplicationYear,
            test,
            ...stated(test === 'total' ? rest : { years: rest.years }),
          })),
        }
      : {}),
  };
}

const PREFIX = 'profile.userRequirement';

export type DraftResult = { ok: true; requirement: UserRequirement } | { ok: false; errors: LedgerIssue[] };

/**
 * The requirement the form states, or every reason it cannot be saved. `needYears`: 其他地区 has
 * no notice behind it, so at least one year segment is asked for; filling a notice's gaps may
 * state only an application window.
 */
export function parseDraft(d: RequirementDraft, needYears: boolean): DraftResult {
  // Core's own ledger validator: the same Chinese messages as an imported file.
  const parsed = parseLedger({
    formatVersion: LEDGER_FORMAT_VERSION,
    profile: { notice: 'USER', userRequirement: candidate(d) },
    activities: [],
  });
  const errors = parsed.ok
    ? []
    : parsed.errors.map((e) => ({ ...e, path: e.path.replace(new RegExp(`^${PREFIX}\\.?`), '') }));
  errors.push(...shapeChecks(d, needYears));
  if (!parsed.ok || errors.length) return { ok: false, errors };
  const u = parsed.ledger.profile.userRequirement;
  return u ? { ok: true, requirement: u } : { ok: false, errors: [{ path: '', message: '没有读到要求' }] };
}

const positive = (s: string) => (typed(s) as number) > 0;

/** What the schema cannot say: each of these would otherwise leave a year or a window without a requirement. */
function shapeChecks(d: RequirementDraft, needYears: boolean): LedgerIssue[] {
  const out: LedgerIssue[] = [];
  if (needYears && d.years.length === 0) out.push({ path: 'years', message: '至少填写一段年度的学时要求' });
  if (d.years.length === 0 && d.windows.length === 0)
    out.push({ path: 'years', message: '还没有填写任何年度或审验办法' });
  d.years.forEach((y, i) => {
    if (!YEAR_FIGURES.some((k) => positive(y[k])))
      out.push({ path: `years[${i}]`, message: '这一段没有填写学时数：公需、专业、选修、合计至少填一个' });
    const j = d.years.findIndex((o, k) => k < i && overlaps(o, y));
    if (j >= 0) out.push({ path: `years[${i}]`, message: `与第 ${j + 1} 段的年度重叠，同一年只能有一个要求` });
  });
  d.windows.forEach((w, i) => {
    if (w.levels.length === 0) out.push({ path: `windows[${i}].levels`, message: '至少选一个职称级别' });
    if (w.test === 'total' && !WINDOW_FIGURES.some((k) => positive(w[k])))
      out.push({ path: `windows[${i}]`, message: '累计达标要填写累计不少于多少学时（公需、专业、合计至少填一个）' });
  });
  return out;
}

function overlaps(a: YearDraft, b: YearDraft): boolean {
  const range = (y: YearDraft): [number, number] | null => {
    const from = typed(y.from);
    const to = typed(y.to);
    if (typeof from !== 'number') return null;
    return [from, typeof to === 'number' ? to : Number.POSITIVE_INFINITY];
  };
  const ra = range(a);
  const rb = range(b);
  return !!ra && !!rb && ra[0] <= rb[1] && rb[0] <= ra[1];
}

/** A preset's figures are not the person's until they confirm them against their own document. */
export function presetCheck(preset: UserPreset | null, confirmed: boolean): LedgerIssue[] {
  return preset && !confirmed
    ? [{ path: 'confirm', message: `请先确认“${preset.label}”的数字与你手里的文件一致（或已改成文件中的数字）` }]
    : [];
}

/** A field's name for a path, in Chinese: “第 1 段年度·起始年度”. */
export function fieldName(path: string): string {
  const m = /^(years|windows)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (!m) return FIELD_NAMES[path] ?? path;
  const [, list, index, field] = m;
  const part = `第 ${Number(index) + 1} ${list === 'years' ? '段年度' : '条审验办法'}`;
  return field ? `${part}·${FIELD_NAMES[field] ?? field}` : part;
}

const FIELD_NAMES: Record<string, string> = {
  region: '地区',
  source: '依据',
  years: '年度要求',
  confirm: '确认',
  from: '起始年度',
  to: '结束年度',
  public: '公需不少于',
  professional: '专业不少于',
  elective: '选修不少于',
  total: '合计不少于',
  levels: '职称级别',
  includeApplicationYear: '是否含申报当年',
  test: '逐年 / 累计',
};
