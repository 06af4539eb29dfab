/**
 * “其他地区（自己填写要求）”的表单（按需载入：选了其他地区、恢复了这样的资料，或要接着核算通知没有规定的年度时才下载）。
 * 预设只是起点：选了要先读它的说明、补填空着的数字，点“确认使用”后才用于核算。
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { Field } from './ActivityForm.tsx';
import { TITLE_LEVEL_LABELS, TITLE_LEVELS, USER_PRESETS, type UserPreset, type UserRequirement } from './core.ts';
import {
  type Draft,
  type Errors,
  emptySeg,
  emptyWin,
  parseDraft,
  pathLabel,
  REGION,
  SEG_FIELDS,
  SOURCE,
  toDraft,
  WIN_FIGURES,
  WIN_INCLUDE,
  WIN_TEST,
  WIN_YEARS,
  type WinDraft,
} from './userRequirement.ts';

export interface UserRequirementFormProps {
  /** 已在使用的要求（个人资料的 userRequirement）。 */
  value: UserRequirement | undefined;
  /** 只填每年的要求（收录的通知没有规定的年度）：不显示预设和审验办法。 */
  yearsOnly?: boolean;
  /** 确认、保存后才调用；`undefined` 为不再使用。 */
  onChange(u: UserRequirement | undefined): void;
}

type Edit = (fn: (d: Draft) => Draft) => void;
/** 可以撤销的上一步（选预设、删除一段）：之前的表单取值。 */
type Undo = { draft: Draft; pending: UserPreset | null; text: string } | null;

/** 自己填写的要求：地区、依据、分段的每年要求、申报审验办法；可从预设开始。 */
export function UserRequirementForm({ value, yearsOnly = false, onChange }: UserRequirementFormProps) {
  const uid = useId();
  const [draft, setDraft] = useState(() => toDraft(value));
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState<UserPreset | null>(null);
  const [undo, setUndo] = useState<Undo>(null);
  const [dirty, setDirty] = useState(false);
  // 外面换了要求（导入、恢复、撤销）时换上新的取值；自己刚保存的不算。
  const sent = useRef(JSON.stringify(value));
  useEffect(() => {
    const s = JSON.stringify(value);
    if (s === sent.current) return;
    sent.current = s;
    setDraft(toDraft(value));
    setErrors({});
    setPending(null);
    setDirty(false);
  }, [value]);
  const edit: Edit = (fn) => {
    setDraft(fn);
    setDirty(true);
  };
  const destroy = (text: string, fn: (d: Draft) => Draft) => {
    setUndo({ draft, pending, text });
    edit(fn);
  };
  const pick = (id: string) => {
    const p = USER_PRESETS.find((x) => x.id === id);
    if (!p) return;
    destroy(`已按“${p.label}”填好表格`, () => toDraft(p.requirement));
    setPending(p);
    setErrors({});
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const r = await parseDraft(draft, !yearsOnly);
    if (!r.ok) {
      setErrors(r.errors);
      focusFirst(uid, r.errors);
      return;
    }
    // 只填年度时审验办法不显示：已保存的原样保留，不因此丢掉。
    const u = yearsOnly && value?.windows ? { ...r.value, windows: value.windows } : r.value;
    setErrors({});
    setPending(null);
    setUndo(null);
    setDirty(false);
    sent.current = JSON.stringify(u);
    onChange(u);
  };
  const err = (k: string) => errors[k];
  return (
    <form class="xs-form xs-userreq" onSubmit={submit} noValidate aria-label="自己填写的要求" data-userreq="">
      <h3>{yearsOnly ? '按你所在地区的要求继续核算' : '其他地区：自己填写要求'}</h3>
      <p class="xs-help">
        {yearsOnly
          ? '通知没有规定的年度，按你填写的数字核算（结果会注明）；通知规定了的年度仍按通知。'
          : '学时通没有收录你所在地区的通知：按你手里文件的数字填写，结果会注明“按你填写的要求核算”。'}
      </p>
      {yearsOnly ? null : <Presets id={`${uid}-preset`} pending={pending} onPick={pick} />}
      {pending ? <PresetConfirm preset={pending} /> : null}
      {undo ? (
        <p class="xs-ok-msg" aria-live="polite">
          {undo.text}。{' '}
          <button
            type="button"
            onClick={() => {
              setDraft(undo.draft);
              setPending(undo.pending);
              setUndo(null);
            }}
          >
            撤销
          </button>
        </p>
      ) : null}
      <div class="xs-fields">
        {[REGION, SOURCE].map((f) => (
          <Field
            key={f.name}
            id={`${uid}-${f.name}`}
            spec={f}
            value={draft[f.name as 'region' | 'source']}
            error={err(f.name)}
            onInput={(v) => edit((d) => ({ ...d, [f.name]: String(v) }))}
          />
        ))}
      </div>
      <Segments uid={uid} draft={draft} err={err} edit={edit} destroy={destroy} />
      {yearsOnly ? null : <Windows uid={uid} draft={draft} err={err} edit={edit} destroy={destroy} />}
      <ErrorSummary errors={errors} />
      {dirty && value && !pending ? (
        <p class="xs-note">有修改还没有使用：点“使用这些要求”后，结果才按新的数字核算。</p>
      ) : null}
      <div class="xs-actions">
        <button type="submit" class="xs-primary">
          {pending ? '确认使用' : '使用这些要求'}
        </button>
        {yearsOnly && value ? (
          <button
            type="button"
            onClick={() => {
              // 表格保留：不再使用不算外面换了要求。
              sent.current = JSON.stringify(undefined);
              onChange(undefined);
            }}
          >
            不再使用（表格保留）
          </button>
        ) : null}
      </div>
    </form>
  );
}

function focusFirst(uid: string, errors: Errors) {
  for (const k of Object.keys(errors)) {
    const el = document.getElementById(`${uid}-${k}`);
    if (el) return el.focus();
  }
}

function Presets({ id, pending, onPick }: { id: string; pending: UserPreset | null; onPick(id: string): void }) {
  return (
    <div class="xs-field">
      <label for={id}>从一套要求开始（可不选）</label>
      <select id={id} value={pending?.id ?? ''} onChange={(e) => onPick(e.currentTarget.value)}>
        <option value="">请选择…</option>
        {USER_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
      <p class="xs-help">选后填好下面的表格；核对、修改后确认，才用于核算。</p>
    </div>
  );
}

function PresetConfirm({ preset: p }: { preset: UserPreset }) {
  return (
    <section class="xs-preset" aria-label="请确认这套要求" data-preset={p.id}>
      <p>
        <strong>请确认：</strong>
        {p.confirm}
      </p>
      <p class="xs-help">出处：{p.requirement.source}</p>
      {p.blanks.length ? (
        <>
          <p>还要你补填：</p>
          <ul>
            {p.blanks.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="xs-help">确认之前，结果不按这套要求核算。</p>
    </section>
  );
}

interface ListProps {
  uid: string;
  draft: Draft;
  err(key: string): string | undefined;
  edit: Edit;
  destroy(text: string, fn: (d: Draft) => Draft): void;
}

function Segments({ uid, draft, err, edit, destroy }: ListProps) {
  const set = (i: number, name: string, v: string) =>
    edit((d) => ({ ...d, years: d.years.map((s, j) => (j === i ? { ...s, [name]: v } : s)) }));
  return (
    <fieldset class="xs-segs">
      <legend>每年的要求（可分几段年度）</legend>
      {draft.years.map((s, i) => (
        <fieldset class="xs-seg" key={i} data-seg={i}>
          <legend>第 {i + 1} 段</legend>
          <div class="xs-fields">
            {SEG_FIELDS.map((f) => (
              <Field
                key={f.name}
                id={`${uid}-years[${i}].${f.name}`}
                spec={f}
                value={s[f.name as keyof typeof s]}
                error={err(`years[${i}].${f.name}`)}
                onInput={(v) => set(i, f.name, String(v))}
              />
            ))}
          </div>
          <button
            type="button"
            onClick={() => destroy(`已删除第 ${i + 1} 段`, (d) => ({ ...d, years: d.years.filter((_, j) => j !== i) }))}
          >
            删除第 {i + 1} 段
          </button>
        </fieldset>
      ))}
      {err('years') ? <p class="xs-error">{err('years')}</p> : null}
      <button type="button" onClick={() => edit((d) => ({ ...d, years: [...d.years, emptySeg()] }))}>
        添加一段年度
      </button>
    </fieldset>
  );
}

function Windows({ uid, draft, err, edit, destroy }: ListProps) {
  const set = (i: number, patch: Partial<WinDraft>) =>
    edit((d) => ({ ...d, windows: d.windows.map((w, j) => (j === i ? { ...w, ...patch } : w)) }));
  return (
    <fieldset class="xs-segs">
      <legend>申报职称的审验办法（可不填）</legend>
      {draft.windows.map((w, i) => {
        const id = (name: string) => `${uid}-windows[${i}].${name}`;
        const e = (name: string) => err(`windows[${i}].${name}`);
        return (
          <fieldset class="xs-seg" key={i} data-window={i}>
            <legend>审验办法 {i + 1}</legend>
            <Levels id={id('levels')} levels={w.levels} error={e('levels')} onChange={(levels) => set(i, { levels })} />
            <div class="xs-fields">
              <Field
                id={id('years')}
                spec={WIN_YEARS}
                value={w.years}
                error={e('years')}
                onInput={(v) => set(i, { years: String(v) })}
              />
              <Field
                id={id('include')}
                spec={WIN_INCLUDE}
                value={w.include}
                onInput={(v) => set(i, { include: v === true })}
              />
              <Field
                id={id('test')}
                spec={WIN_TEST}
                value={w.test}
                onInput={(v) => set(i, { test: v as WinDraft['test'] })}
              />
              {w.test === 'total'
                ? WIN_FIGURES.map((f) => (
                    <Field
                      key={f.name}
                      id={id(f.name)}
                      spec={f}
                      value={w[f.name as 'total']}
                      error={e(f.name)}
                      onInput={(v) => set(i, { [f.name]: String(v) })}
                    />
                  ))
                : null}
            </div>
            <button
              type="button"
              onClick={() =>
                destroy(`已删除审验办法 ${i + 1}`, (d) => ({ ...d, windows: d.windows.filter((_, j) => j !== i) }))
              }
            >
              删除审验办法 {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => edit((d) => ({ ...d, windows: [...d.windows, emptyWin()] }))}>
        添加审验办法
      </button>
    </fieldset>
  );
}

function Levels({
  id,
  levels,
  error,
  onChange,
}: {
  id: string;
  levels: WinDraft['levels'];
  error: string | undefined;
  onChange(levels: WinDraft['levels']): void;
}) {
  return (
    <fieldset class={`xs-field xs-levels${error ? ' xs-invalid' : ''}`}>
      <legend class="xs-label">适用的职称级别</legend>
      {TITLE_LEVELS.map((l, k) => (
        <label class="xs-radio" key={l}>
          <input
            type="checkbox"
            id={k === 0 ? id : undefined}
            checked={levels.includes(l)}
            onChange={(ev) => onChange(ev.currentTarget.checked ? [...levels, l] : levels.filter((x) => x !== l))}
          />
          {TITLE_LEVEL_LABELS[l]}
        </label>
      ))}
      {error ? <p class="xs-error">{error}</p> : null}
    </fieldset>
  );
}

function ErrorSummary({ errors }: { errors: Errors }) {
  const keys = Object.keys(errors);
  if (!keys.length) return null;
  return (
    <div class="xs-error" role="alert">
      <p>有 {keys.length} 处需要修改：</p>
      <ul>
        {keys.map((k) => (
          <li key={k}>
            {pathLabel(k)}：{errors[k]}
          </li>
        ))}
      </ul>
    </div>
  );
}
