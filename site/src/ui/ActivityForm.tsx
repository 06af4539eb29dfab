import { useId, useState } from 'preact/hooks';
import type { Activity, ActivityKind, ActivityKindInfo, FieldSpec, FormFit } from './core.ts';
import { type FormValues, initialValues, newActivityId, parseForm } from './forms.ts';

export interface ActivityFormProps {
  /** 可选的活动种类（来自核心的 ACTIVITY_KINDS）。 */
  kinds: readonly ActivityKindInfo[];
  /** 编辑已有活动时传入；新建时不传。 */
  activity?: Activity;
  /** 新建时默认的种类。 */
  defaultKind?: ActivityKind;
  /** 已有活动（新标识不与之重复）。 */
  existing?: readonly { id: string }[];
  onSave(activity: Activity): void;
  onCancel?(): void;
  /** 种类旁的说明，如“（本通知未规定）”；不传则不显示。 */
  kindNote?(kind: ActivityKind): string | undefined;
  /** 所选通知的表单：必填、不看的字段，没有规定的种类（放到“其他”里）。 */
  fit?: FormFit | undefined;
  /** 显示“这是计划”复选框（计划中的活动另算，不计入真实结果）。 */
  allowPlanned?: boolean;
}

/** 按活动种类生成的录入表单：中文标签、单位、逐字段的校验提示。 */
export function ActivityForm({
  kinds,
  activity,
  defaultKind,
  existing,
  onSave,
  onCancel,
  kindNote,
  allowPlanned = false,
  fit,
}: ActivityFormProps) {
  const other = (k: ActivityKind) => fit?.unruled.includes(k) ?? false;
  const uid = useId();
  const first =
    kinds.find((k) => k.kind === (activity?.kind ?? defaultKind)) ?? kinds.find((k) => !other(k.kind)) ?? kinds[0];
  const [kind, setKind] = useState<ActivityKind | undefined>(first?.kind);
  const info = fitted(
    kinds.find((k) => k.kind === kind),
    fit,
  );
  const [values, setValues] = useState<FormValues>(() => (info ? initialValues(info, activity) : {}));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [planned, setPlanned] = useState(activity?.planned === true);
  if (!info) return null;

  const changeKind = (k: string) => {
    const next = kinds.find((x) => x.kind === k);
    if (!next) return;
    setKind(next.kind);
    // 换种类时保留同名字段（名称、日期等），其余用默认值。
    const fresh = initialValues(next, activity);
    for (const f of next.fields)
      if (f.name in values && f.type !== 'enum') fresh[f.name] = values[f.name] as string | boolean;
    setValues(fresh);
    setErrors({});
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const submitted = values;
    // 校验按需载入：等它的时候用户可能已在填下一条，清空表单只清这次提交的内容。
    const r = await parseForm(info, submitted, activity?.id ?? newActivityId(existing), activity);
    if (r.ok) {
      setErrors({});
      const { planned: _, ...done } = r.activity;
      onSave(planned ? { ...done, planned: true } : (done as Activity));
      if (!activity) {
        setValues((cur) => (cur === submitted ? initialValues(info) : cur));
        setPlanned(false);
      }
    } else {
      setErrors(r.errors);
      const firstBad = info.fields.find((f) => r.errors[f.name]);
      if (firstBad) (document.getElementById(`${uid}-${firstBad.name}`) as HTMLElement | null)?.focus();
    }
  };
  const errorCount = Object.keys(errors).length;
  return (
    <form class="xs-form" onSubmit={submit} noValidate aria-label={activity ? '编辑活动' : '添加活动'}>
      <div class="xs-field">
        <label for={`${uid}-kind`}>活动种类</label>
        <select
          id={`${uid}-kind`}
          value={kind}
          onChange={(e) => changeKind(e.currentTarget.value)}
          disabled={!!activity}
        >
          {kinds
            .filter((k) => !other(k.kind))
            .map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          {fit ? (
            <optgroup label="其他（所选通知没有规定，不计入）">
              {kinds
                .filter((k) => other(k.kind))
                .map((k) => (
                  <option key={k.kind} value={k.kind}>
                    {k.label}
                    {kindNote?.(k.kind) ?? ''}
                  </option>
                ))}
            </optgroup>
          ) : null}
        </select>
        <p class="xs-help">
          {info.description}
          {kindNote?.(info.kind) ?? ''}
        </p>
      </div>
      <div class="xs-fields">
        {info.fields
          .filter((f) => !(fit?.ignored[info.kind]?.includes(f.name) && !values[f.name]))
          .map((f) => (
            <Field
              key={`${info.kind}-${f.name}`}
              id={`${uid}-${f.name}`}
              spec={f}
              value={values[f.name]}
              error={errors[f.name]}
              onInput={(v) => setValues((cur) => ({ ...cur, [f.name]: v }))}
            />
          ))}
      </div>
      {errors._ ? (
        <p class="xs-error" role="alert">
          {errors._}
        </p>
      ) : null}
      {errorCount ? (
        <p class="xs-error" role="alert">
          有 {errorCount} 处需要修改，见上方标红的字段。
        </p>
      ) : null}
      {allowPlanned ? (
        <div class="xs-field xs-check">
          <input
            type="checkbox"
            id={`${uid}-planned`}
            checked={planned}
            onChange={(e) => setPlanned(e.currentTarget.checked)}
          />
          <label for={`${uid}-planned`}>这是计划（还没完成：另算“完成计划后”的结果，不计入真实结果）</label>
        </div>
      ) : null}
      <div class="xs-actions">
        <button type="submit" class="xs-primary">
          {activity ? '保存修改' : '添加这条活动'}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            取消
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** 按所选通知调整字段：规则缺了就不能计入的字段改为必填。 */
function fitted(info: ActivityKindInfo | undefined, fit: FormFit | undefined): ActivityKindInfo | undefined {
  const need = info && fit?.required[info.kind];
  if (!info || !need) return info;
  return { ...info, fields: info.fields.map((f) => (need.includes(f.name) ? { ...f, required: true } : f)) };
}

export interface FieldProps {
  id: string;
  spec: FieldSpec;
  value: string | boolean | undefined;
  error?: string | undefined;
  onInput(v: string | boolean): void;
}

/** 一个字段（标签、单位、必填、提示、错误）：活动表单和“其他地区”的要求表单共用。 */
export function Field({ id, spec: f, value, error, onInput }: FieldProps) {
  const describedBy = [f.help ? `${id}-help` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: f.name,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    'aria-required': f.required ? ('true' as const) : undefined,
  };
  const label = (
    <>
      {f.label}
      {f.unit ? <span class="xs-unit">（{f.unit}）</span> : null}
      {f.required ? <span class="xs-req">（必填）</span> : null}
    </>
  );
  let control: preact.JSX.Element;
  if (f.type === 'boolean') {
    return (
      <div class={`xs-field xs-check${error ? ' xs-invalid' : ''}`}>
        <input
          type="checkbox"
          {...common}
          checked={value === true}
          onChange={(e) => onInput(e.currentTarget.checked)}
        />
        <label for={id}>{label}</label>
        {f.help ? (
          <p class="xs-help" id={`${id}-help`}>
            {f.help}
          </p>
        ) : null}
      </div>
    );
  }
  const str = typeof value === 'string' ? value : '';
  if (f.type === 'enum') {
    control = (
      <select {...common} value={str} onChange={(e) => onInput(e.currentTarget.value)}>
        {f.required && f.default === undefined ? <option value="">请选择</option> : null}
        {!f.required ? <option value="">（不填）</option> : null}
        {f.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else {
    const numeric = f.type === 'number' || f.type === 'integer';
    control = (
      <input
        {...common}
        type={f.type === 'date' ? 'date' : 'text'}
        inputMode={numeric ? (f.type === 'integer' ? 'numeric' : 'decimal') : undefined}
        autoComplete="off"
        value={str}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    );
  }
  return (
    <div class={`xs-field${error ? ' xs-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {control}
      {f.help ? (
        <p class="xs-help" id={`${id}-help`}>
          {f.help}
        </p>
      ) : null}
      {error ? (
        <p class="xs-error" id={`${id}-err`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
