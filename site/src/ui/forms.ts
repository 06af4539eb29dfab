/**
 * 活动表单的取值与校验：表单由核心的 ACTIVITY_KINDS 字段描述生成，
 * 这里把输入框里的字符串变成一条活动，并给出逐个字段的中文提示。
 */
import type { Activity, ActivityKindInfo, FieldSpec } from './core.ts';

/** 表单中各字段的原始取值：文本框为字符串，复选框为布尔值。 */
export type FormValues = Record<string, string | boolean>;

/** 校验结果：成功得到活动；失败给出字段名 → 中文说明。 */
export type ParseFormResult = { ok: true; activity: Activity } | { ok: false; errors: Record<string, string> };

/** 字段的初始值：编辑时取活动原值，新建时取默认值。 */
export function initialValues(info: ActivityKindInfo, activity?: Activity): FormValues {
  const out: FormValues = {};
  const current =
    activity && activity.kind === info.kind ? (activity as unknown as Record<string, unknown>) : undefined;
  for (const f of info.fields) {
    const v = current ? current[f.name] : f.default;
    if (f.type === 'boolean') out[f.name] = v === true;
    else out[f.name] = v === undefined || v === null ? '' : String(v);
  }
  return out;
}

/** 全角数字、全角小数点也接受：中文输入法下常见。 */
function normaliseNumber(s: string): string {
  return s
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[，,\s]/g, '');
}

const unitOf = (f: FieldSpec) => f.unit ?? '';

/** 校验一个字段，返回取值（undefined 表示留空）或错误说明。 */
export function parseField(f: FieldSpec, raw: string | boolean | undefined): { value?: unknown; error?: string } {
  if (f.type === 'boolean') return { value: raw === true };
  const s = typeof raw === 'string' ? raw.trim() : '';
  if (s === '') return f.required ? { error: `${f.type === 'enum' ? '请选择' : '请填写'}“${f.label}”` } : {};
  switch (f.type) {
    case 'number':
    case 'integer': {
      const t = normaliseNumber(s);
      if (!/^-?\d+(\.\d+)?$/.test(t)) return { error: `“${f.label}”应为数字` };
      const n = Number(t);
      if (f.type === 'integer' && !Number.isInteger(n)) return { error: `“${f.label}”应为整数` };
      if (f.min !== undefined && n < f.min) return { error: `“${f.label}”不能小于 ${f.min}${unitOf(f)}` };
      if (f.max !== undefined && n > f.max) return { error: `“${f.label}”不能大于 ${f.max}${unitOf(f)}` };
      return { value: n };
    }
    case 'date': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return { error: `“${f.label}”应为日期，格式 YYYY-MM-DD，如 2023-06-30` };
      const d = new Date(`${s}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || !d.toISOString().startsWith(s)) return { error: `“${f.label}”不是有效的日期` };
      return { value: s };
    }
    case 'enum': {
      if (!f.options?.some((o) => o.value === s)) return { error: `请选择“${f.label}”` };
      return { value: s };
    }
    default:
      return { value: s };
  }
}

/**
 * 把表单取值变成一条活动。先逐字段检查（必填、数字、日期），再交给核心的活动校验检查
 * 字段之间的约束，错误都落到具体字段上。
 */
export async function parseForm(
  info: ActivityKindInfo,
  values: FormValues,
  id: string,
  base?: Activity,
): Promise<ParseFormResult> {
  const errors: Record<string, string> = {};
  const obj: Record<string, unknown> = { id, kind: info.kind };
  // 保留来源（平台读取的记录编辑后仍是同一条）。
  if (base && base.kind === info.kind) obj.source = base.source;
  for (const f of info.fields) {
    const r = parseField(f, values[f.name]);
    if (r.error) errors[f.name] = r.error;
    else if (r.value !== undefined) obj[f.name] = r.value;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  // 校验模式按需载入（validation.ts）：表单第一次提交时才下载。
  const { parseActivity } = await import('./validation.ts');
  const check = parseActivity(obj);
  if (check.ok) return { ok: true, activity: check.activity };
  for (const issue of check.errors) {
    const field = /^[^.[]*/.exec(issue.path)?.[0] || '_';
    const label = info.fields.find((f) => f.name === field)?.label;
    errors[field] ??= label ? `“${label}”：${issue.message}` : issue.message;
  }
  return { ok: false, errors };
}

/** 新活动的标识：不需要全局唯一，只需在一个台账内不重复。 */
export function newActivityId(existing: readonly { id: string }[] = []): string {
  const taken = new Set(existing.map((a) => a.id));
  for (;;) {
    const id = `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    if (!taken.has(id)) return id;
  }
}
