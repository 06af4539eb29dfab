/**
 * “其他地区（自己填写要求）”表单的取值与校验：输入框里的字符串 ↔ 核心的 `UserRequirement`。
 * 逐字段检查（数字、年份）用活动表单的 parseField；表单自己的约束（起止年度、至少一个学时数）在这里；
 * 最后交给核心的台账校验（重叠的年度段、重复的级别、各类之和大于合计、累计达标却没有数字），错误都落到具体字段上（键为字段路径，如 `years[1].to`）。
 */
import type { FieldSpec, TitleLevel, UserRequirement } from './core.ts';
import { parseField } from './forms.ts';

const FIGURES = ['public', 'professional', 'elective', 'total'] as const;
type Figure = (typeof FIGURES)[number];
export type SegDraft = Record<'from' | 'to' | Figure, string>;
export interface WinDraft {
  levels: TitleLevel[];
  years: string;
  include: boolean;
  test: 'per-year' | 'total';
  public: string;
  professional: string;
  total: string;
}
export interface Draft {
  region: string;
  source: string;
  years: SegDraft[];
  windows: WinDraft[];
}
export type Errors = Record<string, string>;

const year = (name: string, label: string, required: boolean, help?: string): FieldSpec => ({
  name,
  label,
  type: 'integer',
  required,
  min: 1990,
  max: 2100,
  ...(help ? { help } : {}),
});
const hours = (name: string, label: string): FieldSpec => ({
  name,
  label,
  type: 'number',
  unit: '学时',
  required: false,
  min: 0,
});

export const REGION: FieldSpec = {
  name: 'region',
  label: '地区',
  type: 'text',
  required: true,
  help: '如 江苏省南京市',
};
export const SOURCE: FieldSpec = {
  name: 'source',
  label: '依据（文号或说明）',
  type: 'text',
  required: false,
  help: '如 苏人社发〔2021〕XX号；结果开头会写出来',
};
export const SEG_FIELDS: readonly FieldSpec[] = [
  year('from', '从（年度）', true),
  year('to', '到（年度）', false, '不填为一直适用'),
  hours('public', '公需不少于'),
  hours('professional', '专业不少于'),
  hours('elective', '选修不少于'),
  hours('total', '合计不少于'),
];
export const WIN_YEARS: FieldSpec = {
  name: 'years',
  label: '审验几年',
  type: 'integer',
  required: true,
  min: 1,
  max: 10,
};
export const WIN_INCLUDE: FieldSpec = {
  name: 'include',
  label: '含申报当年',
  type: 'boolean',
  required: false,
  help: '不勾选：审验申报当年之前的几年（如 2025 年申报审验 2020—2024 年）',
};
export const WIN_TEST: FieldSpec = {
  name: 'test',
  label: '怎样达标',
  type: 'enum',
  required: true,
  default: 'per-year',
  options: [
    { value: 'per-year', label: '每一年都须达标' },
    { value: 'total', label: '审验期内累计达标' },
  ],
};
export const WIN_FIGURES: readonly FieldSpec[] = [
  hours('public', '累计公需不少于'),
  hours('professional', '累计专业不少于'),
  hours('total', '累计合计不少于'),
];

const str = (n: number | undefined) => (n === undefined ? '' : String(n));

export const emptySeg = (): SegDraft => ({ from: '', to: '', public: '', professional: '', elective: '', total: '' });
export const emptyWin = (): WinDraft => ({
  levels: [],
  years: '',
  include: false,
  test: 'per-year',
  public: '',
  professional: '',
  total: '',
});

/** 已保存的要求 → 表单取值（没有时一段空白的年度）。 */
export function toDraft(u: UserRequirement | undefined): Draft {
  if (!u) return { region: '', source: '', years: [emptySeg()], windows: [] };
  return {
    region: u.region,
    source: u.source ?? '',
    years: u.years.map((y) => ({
      from: str(y.from),
      to: str(y.to),
      public: str(y.public),
      professional: str(y.professional),
      elective: str(y.elective),
      total: str(y.total),
    })),
    windows: (u.windows ?? []).map((w) => ({
      levels: [...w.levels],
      years: str(w.years),
      include: w.includeApplicationYear,
      test: w.test,
      public: str(w.public),
      professional: str(w.professional),
      total: str(w.total),
    })),
  };
}

/** 按字段描述逐个取值；错误记在 `${prefix}${字段名}` 下。 */
function take(specs: readonly FieldSpec[], values: Record<string, string>, prefix: string, errors: Errors) {
  const out: Record<string, number | string> = {};
  for (const f of specs) {
    const r = parseField(f, values[f.name]);
    if (r.error) errors[`${prefix}${f.name}`] = r.error;
    else if (r.value !== undefined) out[f.name] = r.value as number | string;
  }
  return out;
}

const anyPositive = (o: Record<string, unknown>, keys: readonly string[]) =>
  keys.some((k) => typeof o[k] === 'number' && (o[k] as number) > 0);

function segments(d: Draft, errors: Errors): UserRequirement['years'] {
  const out = d.years.map((s, i) => {
    const v = take(SEG_FIELDS, s, `years[${i}].`, errors) as unknown as UserRequirement['years'][number];
    if (v.to !== undefined && v.from !== undefined && v.to < v.from) errors[`years[${i}].to`] ??= '不能早于起始年度';
    // 一个正数也没有的一段不是要求：核心会退回国家规定，所以这里就请使用者填写。
    if (!anyPositive(v, FIGURES)) errors[`years[${i}].total`] ??= '这一段至少填写一个大于 0 的学时数';
    return v;
  });
  if (!out.length) errors.years = '至少填写一段年度的要求';
  return out;
}

function windows(d: Draft, errors: Errors): NonNullable<UserRequirement['windows']> {
  return d.windows.map((w, i) => {
    const p = `windows[${i}].`;
    const n = take([WIN_YEARS], { years: w.years }, p, errors);
    if (!w.levels.length) errors[`${p}levels`] = '至少选择一个职称级别';
    const figs = w.test === 'total' ? take(WIN_FIGURES, { ...w, levels: '', include: '' }, p, errors) : {};
    return { levels: w.levels, years: n.years as number, includeApplicationYear: w.include, test: w.test, ...figs };
  });
}

/** 表单取值 → 要求；有错时给出字段路径 → 中文说明。`withWindows` 为 false 时不取审验办法。 */
export async function parseDraft(
  d: Draft,
  withWindows: boolean,
): Promise<{ ok: true; value: UserRequirement } | { ok: false; errors: Errors }> {
  const errors: Errors = {};
  const head = take([REGION, SOURCE], { region: d.region, source: d.source }, '', errors);
  const value: UserRequirement = { region: String(head.region ?? ''), years: segments(d, errors) };
  if (head.source) value.source = String(head.source);
  const w = withWindows ? windows(d, errors) : [];
  if (w.length) value.windows = w;
  if (Object.keys(errors).length) return { ok: false, errors };
  // 最后交给核心的台账校验（按需载入），保证保存、导出的文件一定读得回来。
  const { parseLedger } = await import('./validation.ts');
  const r = parseLedger({ formatVersion: 1, profile: { notice: 'USER', userRequirement: value }, activities: [] });
  if (r.ok) return { ok: true, value: r.ledger.profile.userRequirement ?? value };
  for (const e of r.errors) errors[e.path.replace(/^profile\.userRequirement\.?/, '') || '_'] ??= e.message;
  return { ok: false, errors };
}

/** 字段路径的中文说法：“每年的要求第 2 段 · 到（年度）”。 */
export function pathLabel(key: string): string {
  const m = /^(years|windows)\[(\d+)\]\.(\w+)$/.exec(key);
  if (!m) return key === 'region' ? REGION.label : key === 'source' ? SOURCE.label : '要求';
  const [, list, i, name] = m;
  const specs = list === 'years' ? SEG_FIELDS : [WIN_YEARS, ...WIN_FIGURES];
  const label = name === 'levels' ? '职称级别' : (specs.find((f) => f.name === name)?.label ?? name);
  return `${list === 'years' ? '每年的要求' : '审验办法'}第 ${Number(i) + 1} 段 · ${label}`;
}
