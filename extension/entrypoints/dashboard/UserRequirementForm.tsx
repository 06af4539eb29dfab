import { TITLE_LEVEL_LABELS, TITLE_LEVELS, USER_PRESETS, type UserPreset, type UserRequirement } from '@xueshi/core';
import { describeIssue } from '@xueshi/site/ui';
import { useId, useState } from 'preact/hooks';
import {
  emptyWindow,
  emptyYear,
  fieldName,
  parseDraft,
  presetCheck,
  type RequirementDraft,
  toDraft,
  WINDOW_FIGURES,
  type WindowDraft,
  YEAR_FIGURES,
  type YearDraft,
} from '../../lib/user-requirement-form.ts';

const FIGURE_LABELS = { public: '公需不少于', professional: '专业不少于', elective: '选修不少于', total: '合计不少于' };

/**
 * 其他地区（`mode: 'user'`): the person's own requirement, from a preset they confirm or typed in.
 * Under a built-in notice (`mode: 'gaps'`): figures for the years (and applications) the notice
 * does not cover. Nothing is saved until 保存; a refused entry stays in the form with its reasons.
 */
export function UserRequirementForm(props: {
  mode: 'user' | 'gaps';
  value: UserRequirement | undefined;
  region: string;
  onSave(u: UserRequirement | undefined): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<RequirementDraft>(() => toDraft(props.value, props.region));
  const [preset, setPreset] = useState<UserPreset | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);
  const invalid = (path: string) => errors.some((e) => e.path === path || e.path.startsWith(`${path}.`));
  const set = (patch: Partial<RequirementDraft>) => setDraft({ ...draft, ...patch });
  const save = () => {
    const parsed = parseDraft(draft, props.mode === 'user');
    const all = [...(parsed.ok ? [] : parsed.errors), ...presetCheck(preset, confirmed)];
    setErrors(all);
    if (all.length || !parsed.ok) return;
    setPreset(null);
    props.onSave(parsed.requirement);
  };
  const choose = (presetId: string) => {
    const p = USER_PRESETS.find((x) => x.id === presetId) ?? null;
    if (!p) return;
    setPreset(p);
    setConfirmed(false);
    setErrors([]);
    setDraft(toDraft(p.requirement));
  };

  return (
    <div class="user-req" data-testid={`user-requirement-${props.mode}`}>
      {props.mode === 'user' ? (
        <div class="field">
          <label for={`${id}-preset`}>从一套要求开始（填入下面的表格，确认后才保存）</label>
          <select id={`${id}-preset`} value={preset?.id ?? ''} onChange={(e) => choose(e.currentTarget.value)}>
            <option value="">（自己填写）</option>
            {USER_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {preset ? (
        <div class="preset-confirm" data-testid="preset-confirm">
          <p>{preset.confirm}</p>
          {preset.blanks.length ? <p>还要你填写：{preset.blanks.join('；')}。</p> : null}
          <label class={invalid('confirm') ? 'check invalid' : 'check'}>
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />{' '}
            确认：我已对照自己手里的文件核对，不同的地方已改成文件中的数字
          </label>
        </div>
      ) : null}
      <div class="grid">
        <TextField
          id={`${id}-region`}
          label="地区"
          value={draft.region}
          bad={invalid('region')}
          on={(region) => set({ region })}
        />
        <TextField
          id={`${id}-source`}
          label="依据（文号或说明）"
          value={draft.source}
          bad={invalid('source')}
          on={(source) => set({ source })}
        />
      </div>
      <YearSegments id={id} years={draft.years} invalid={invalid} onChange={(years) => set({ years })} />
      <Windows id={id} windows={draft.windows} invalid={invalid} onChange={(windows) => set({ windows })} />
      {errors.length ? (
        <ul class="status error" role="alert" data-testid="user-requirement-errors">
          {errors.map((e) => (
            <li key={`${e.path}-${e.message}`}>
              {e.path ? `${fieldName(e.path)}（${e.path}）：${e.message}` : describeIssue(e)}
            </li>
          ))}
        </ul>
      ) : null}
      <div class="actions">
        <button type="button" onClick={save}>
          {props.mode === 'user' ? '保存要求' : '保存这些年度的要求'}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(toDraft(props.value, props.region));
            setPreset(null);
            setErrors([]);
          }}
        >
          放弃未保存的修改
        </button>
        {props.mode === 'gaps' && props.value ? (
          <button type="button" class="danger" onClick={() => props.onSave(undefined)}>
            删除自己填写的要求
          </button>
        ) : null}
      </div>
    </div>
  );
}

function TextField(p: {
  id: string;
  label: string;
  value: string;
  bad: boolean;
  on(v: string): void;
  narrow?: boolean;
}) {
  return (
    <div class={p.narrow ? 'field narrow' : 'field'}>
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        value={p.value}
        aria-invalid={p.bad ? 'true' : undefined}
        inputMode={p.narrow ? 'decimal' : undefined}
        autoComplete="off"
        onInput={(e) => p.on(e.currentTarget.value)}
      />
    </div>
  );
}

/** Edit item `i` of a list without touching the others. */
const replaceAt = <T,>(list: T[], i: number, item: T) => list.map((x, k) => (k === i ? item : x));

function YearSegments(p: {
  id: string;
  years: YearDraft[];
  invalid(path: string): boolean;
  onChange(years: YearDraft[]): void;
}) {
  return (
    <fieldset class="segments">
      <legend>每年的要求（可以分几段年度）</legend>
      {p.years.map((y, i) => {
        const at = (patch: Partial<YearDraft>) => p.onChange(replaceAt(p.years, i, { ...y, ...patch }));
        const fid = `${p.id}-y${i}`;
        return (
          <fieldset key={i} class={p.invalid(`years[${i}]`) ? 'segment invalid' : 'segment'} data-testid="year-segment">
            <legend>第 {i + 1} 段</legend>
            <TextField
              id={`${fid}-from`}
              narrow
              label="起始年度"
              value={y.from}
              bad={p.invalid(`years[${i}].from`)}
              on={(from) => at({ from })}
            />
            <TextField
              id={`${fid}-to`}
              narrow
              label="结束年度（不填为一直适用）"
              value={y.to}
              bad={p.invalid(`years[${i}].to`)}
              on={(to) => at({ to })}
            />
            {YEAR_FIGURES.map((k) => (
              <TextField
                key={k}
                id={`${fid}-${k}`}
                narrow
                label={FIGURE_LABELS[k]}
                value={y[k]}
                bad={p.invalid(`years[${i}].${k}`)}
                on={(v) => at({ [k]: v })}
              />
            ))}
            <button type="button" onClick={() => p.onChange(p.years.filter((_, k) => k !== i))}>
              删除第 {i + 1} 段
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => p.onChange([...p.years, emptyYear(nextFrom(p.years))])}>
        添加一段年度
      </button>
    </fieldset>
  );
}

/** A new segment starts the year after the last one ends (empty when that is not known). */
function nextFrom(years: YearDraft[]): string {
  const last = years[years.length - 1];
  const to = Number(last?.to);
  return last?.to && Number.isInteger(to) ? String(to + 1) : '';
}

function Windows(p: {
  id: string;
  windows: WindowDraft[];
  invalid(path: string): boolean;
  onChange(windows: WindowDraft[]): void;
}) {
  return (
    <fieldset class="segments">
      <legend>申报职称时审验的年度（可不填）</legend>
      {p.windows.map((w, i) => {
        const at = (patch: Partial<WindowDraft>) => p.onChange(replaceAt(p.windows, i, { ...w, ...patch }));
        const fid = `${p.id}-w${i}`;
        return (
          <fieldset key={i} class={p.invalid(`windows[${i}]`) ? 'segment invalid' : 'segment'} data-testid="window">
            <legend>第 {i + 1} 条审验办法</legend>
            <fieldset class={p.invalid(`windows[${i}].levels`) ? 'levels invalid' : 'levels'}>
              <legend>适用的职称级别</legend>
              {TITLE_LEVELS.map((l) => (
                <label key={l} class="check">
                  <input
                    type="checkbox"
                    checked={w.levels.includes(l)}
                    onChange={(e) =>
                      at({ levels: e.currentTarget.checked ? [...w.levels, l] : w.levels.filter((x) => x !== l) })
                    }
                  />{' '}
                  {TITLE_LEVEL_LABELS[l]}
                </label>
              ))}
            </fieldset>
            <TextField
              id={`${fid}-years`}
              narrow
              label="审验几年"
              value={w.years}
              bad={p.invalid(`windows[${i}].years`)}
              on={(years) => at({ years })}
            />
            <label class="check">
              <input
                type="checkbox"
                checked={w.includeApplicationYear}
                onChange={(e) => at({ includeApplicationYear: e.currentTarget.checked })}
              />{' '}
              含申报当年
            </label>
            <div class="field">
              <label for={`${fid}-test`}>怎样算达标</label>
              <select
                id={`${fid}-test`}
                value={w.test}
                onChange={(e) => at({ test: e.currentTarget.value as WindowDraft['test'] })}
              >
                <option value="per-year">逐年达标（每年都够当年的要求）</option>
                <option value="total">累计达标（审验期合计）</option>
              </select>
            </div>
            {w.test === 'total'
              ? WINDOW_FIGURES.map((k) => (
                  <TextField
                    key={k}
                    id={`${fid}-${k}`}
                    narrow
                    label={`累计${FIGURE_LABELS[k]}`}
                    value={w[k]}
                    bad={p.invalid(`windows[${i}].${k}`)}
                    on={(v) => at({ [k]: v })}
                  />
                ))
              : null}
            <button type="button" onClick={() => p.onChange(p.windows.filter((_, k) => k !== i))}>
              删除第 {i + 1} 条
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => p.onChange([...p.windows, emptyWindow()])}>
        添加审验办法
      </button>
    </fieldset>
  );
}
