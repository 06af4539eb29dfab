/**
 * 表单随通知而变：哪些字段是所选通知的规则必须要的、哪些它根本不看、哪些种类它没有规定、
 * 哪些申报方式它有规定。和计划一样，全靠核算器试算得出，不另抄规则（网站构建时算好）。
 */
import { evaluatePolicy } from '../evaluate/evaluate.ts';
import { ACTIVITY_KINDS, type ActivityKindInfo, type FieldSpec } from '../ledger/kinds.ts';
import { parseActivity } from '../ledger/parse.ts';
import { type ActivityKind, TITLE_LEVELS } from '../ledger/schema.ts';
import type { Policy } from '../policy/types.ts';
import { HOURS_FIELDS, templates } from './plan.ts';

export interface FormFit {
  /** 本通知的规则缺了就不能计入的可选字段（按种类）。 */
  required: Partial<Record<ActivityKind, string[]>>;
  /** 本通知的规则不看的可选字段（按种类）：填与不填、填什么，结果都一样。 */
  ignored: Partial<Record<ActivityKind, string[]>>;
  /** 本通知没有规定的种类。 */
  unruled: ActivityKind[];
  /** 本通知有规定的申报方式（评审、聘任之外）。 */
  routes: ('appointment' | 'recognition' | 'switch')[];
}

// 网络课程的学时可以留空（记为“学时待补”，来自平台读取时常见）：不因规则要它而改成必填。
const MAY_STAY_EMPTY: Partial<Record<ActivityKind, string>> = { 'online-course': 'hours', makeup: 'hours' };

function traceOf(policy: Policy, year: number, obj: object) {
  const parsed = parseActivity(obj);
  if (!parsed.ok) return undefined;
  const ledger = {
    formatVersion: 1 as const,
    profile: { notice: policy.id as never, doctorate: false },
    activities: [parsed.activity],
  };
  return evaluatePolicy(policy, ledger, { kind: 'year', year }).trace[0];
}

/** 一种活动在本通知下的试算结果（学时、状态、原因），作为比较用的指纹。 */
function outcome(policy: Policy, year: number, obj: object): string | undefined {
  const t = traceOf(policy, year, obj);
  return t ? JSON.stringify([t.status, t.reason ?? '', t.credited, t.deemed]) : undefined;
}

/** 缺了这一项（其余都填着）就“需要补充”：别的字段替代不了它。 */
const demands = (policy: Policy, year: number, obj: object): boolean =>
  traceOf(policy, year, obj)?.reason === 'needs-input';

/** 可选字段的几种试填值（含不填）。 */
function trials(f: FieldSpec): unknown[] {
  if (f.type === 'boolean') return [undefined, true, false];
  if (f.type === 'enum') return [undefined, ...(f.options ?? []).map((o) => o.value)];
  if (f.type === 'number' || f.type === 'integer') return [undefined, 1, 7, 30];
  return [];
}

const optional = (info: ActivityKindInfo) =>
  info.fields.filter((f) => !f.required && f.type !== 'text' && f.type !== 'date');

function fieldFit(policy: Policy, info: ActivityKindInfo, year: number): { required: string[]; ignored: string[] } {
  const required: string[] = [];
  const ignored: string[] = [];
  // 两种底稿：可选字段都填上“满足条件”的值；可选字段都不填。
  const bare = templates(info, year, `${year}-06-30`).map((t) => {
    const obj: Record<string, unknown> = { ...t.obj };
    for (const f of optional(info)) delete obj[f.name];
    return obj;
  });
  // 学时取一个小数和一个大数：有的规则只在学时超过每天上限时才要天数。
  const filled = (hours: number) =>
    bare.map((o) => {
      const obj: Record<string, unknown> = { ...o };
      for (const f of optional(info)) {
        if (HOURS_FIELDS.includes(f.name)) obj[f.name] = hours;
        else if (f.type === 'boolean') obj[f.name] = true;
        else if (f.type === 'number' || f.type === 'integer') obj[f.name] = f.max ?? 1;
      }
      // 可选的起止日期（如援派的起止）也填上：它们可以代替“当年月数”之类的字段。
      for (const f of info.fields)
        if (!f.required && f.type === 'date') obj[f.name] = /start/i.test(f.name) ? `${year}-01-01` : `${year}-12-31`;
      return obj;
    });
  const full = filled(8);
  const big = filled(100);
  // 一条也不计入时（如该年不适用），看不出哪些字段有用，什么都不改。
  if (!full.some((o) => /"(credited|partly|deemed)"/.test(outcome(policy, year, o) ?? '')))
    return { required, ignored };
  for (const f of optional(info)) {
    const without = full.map((o) => {
      const { [f.name]: _, ...rest } = o;
      return demands(policy, year, rest);
    });
    if (MAY_STAY_EMPTY[info.kind] !== f.name && without.every(Boolean)) {
      required.push(f.name);
      continue;
    }
    const values = trials(f);
    const same = [...full, ...big, ...bare].every(
      (o) => new Set(values.map((v) => outcome(policy, year, { ...o, [f.name]: v }))).size <= 1,
    );
    if (same && values.length) ignored.push(f.name);
  }
  return { required, ignored };
}

type Route = 'review' | 'appointment' | 'recognition' | 'switch';

/**
 * 申报方式是否有本通知的规定：某一级别、某一年有审验办法；认定、转系列还须与“评审”不同
 * （不区分申报方式的通知对它们给出的就是评审的办法，那不是它的规定）。
 */
function hasRoute(policy: Policy, route: Exclude<Route, 'review'>, year: number): boolean {
  const profile = { notice: policy.id as never, doctorate: false };
  return TITLE_LEVELS.some((level) =>
    [year, year + 1, year + 2].some((y) => {
      const w = (r: Route) => policy.applicationWindow({ kind: 'application', level, year: y, route: r }, profile);
      const mine = w(route);
      return mine !== undefined && (route === 'appointment' || JSON.stringify(mine) !== JSON.stringify(w('review')));
    }),
  );
}

/** 本通知的表单：必填、不看的字段，没有规定的种类，有规定的申报方式。 */
export function formFit(policy: Policy): FormFit {
  const year = Number(policy.date.slice(0, 4));
  const fit: FormFit = { required: {}, ignored: {}, unruled: [], routes: [] };
  for (const info of ACTIVITY_KINDS) {
    if (!(info.kind in policy.rules)) {
      fit.unruled.push(info.kind);
      continue;
    }
    const { required, ignored } = fieldFit(policy, info, year);
    if (required.length) fit.required[info.kind] = required;
    if (ignored.length) fit.ignored[info.kind] = ignored;
  }
  fit.routes = (['appointment', 'recognition', 'switch'] as const).filter((r) => hasRoute(policy, r, year));
  return fit;
}
