/** 把参数和政策写成网站可以直接展示的中文与纯数据。 */
import { CLAUSES } from '../policies/clauses.ts';
import type { ClauseInfo, DatedValue, Parameter, ParamValue, Policy, PolicyInfo } from './types.ts';

/** 参数的一段取值，写成中文。 */
export interface ParameterRow {
  from: string;
  to?: string;
  /** 如 “公需科目 30、专业科目 60、合计 90 学时/年”。 */
  text: string;
}

function valueText(p: Parameter, v: ParamValue): string {
  if (typeof v === 'number') return `${v} ${p.unit}`;
  if (typeof v === 'string') return v;
  const parts = Object.entries(v).map(([k, n]) => `${p.keyLabels?.[k] ?? k} ${n}`);
  return `${parts.join('、')}（${p.unit}）`;
}

/** 参数的每段取值（自某日起……）。 */
export function describeParameter(p: Parameter): ParameterRow[] {
  return p.values.map((v: DatedValue<ParamValue>) => {
    const row: ParameterRow = { from: v.from, text: valueText(p, v.value) };
    if (v.to) row.to = v.to;
    return row;
  });
}

/** 一条条款及其参数，网站的政策页面逐条展示。 */
export interface ClauseView extends ClauseInfo {
  /** 本项目的理解（通知未明说之处），界面须标明“解读”。 */
  interpretation?: string;
  parameters: {
    id: string;
    label: string;
    rows: ParameterRow[];
    interpretation?: string;
    clauses: readonly string[];
  }[];
}

/** 政策的纯数据视图（不含规则函数），可以直接序列化为 JSON。 */
export interface PolicyView extends Omit<PolicyInfo, 'parameters' | 'platformHosts' | 'interpretations'> {
  clauses: ClauseView[];
}

/** 由核算所用的同一份参数生成政策页面的数据。 */
export function policyView(policy: Policy): PolicyView {
  const byId = new Map(policy.parameters.map((p) => [p.id, p]));
  return {
    id: policy.id,
    region: policy.region,
    title: policy.title,
    docNumber: policy.docNumber,
    issuer: policy.issuer,
    date: policy.date,
    seedFile: policy.seedFile,
    clauses: CLAUSES[policy.id].map((c) => ({
      ...c,
      ...(policy.interpretations[c.id] ? { interpretation: policy.interpretations[c.id] } : {}),
      parameters: (c.params ?? []).flatMap((id) => {
        const p = byId.get(id);
        if (!p) return [];
        const view: ClauseView['parameters'][number] = {
          id: p.id,
          label: p.label,
          rows: describeParameter(p),
          clauses: p.clauses,
        };
        if (p.interpretation) view.interpretation = p.interpretation;
        return [view];
      }),
    })),
  };
}
