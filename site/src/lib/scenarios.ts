/**
 * 政策页面的算例：取自核心的场景文件（core/scenarios/*.json），构建时用核心的 evaluate 计算。
 * 场景文件的格式由核心定义；这里只读取台账与查询，读不懂的文件跳过。
 */
import { type Evaluation, evaluate, type Ledger, parseLedger, type QueryInput } from '@xueshi/core';

export interface WorkedExample {
  id: string;
  title: string;
  /** 场景文件中的手算过程。 */
  description?: string;
  clauses: string[];
  /** 手算的预期结果与计算结果是否一致。 */
  matchesExpected?: boolean;
  ledger: Ledger;
  evaluation: Evaluation;
}

const files = import.meta.glob('../../../core/scenarios/**/*.json', { eager: true, import: 'default' });

function asExample(file: string, raw: unknown): WorkedExample | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const parsed = parseLedger(r.ledger ?? r);
  if (!parsed.ok) return undefined;
  const query = (r.query ?? parsed.ledger.sharedResult?.query) as QueryInput | undefined;
  if (!query) return undefined;
  const id = file.replace(/^.*\//, '').replace(/\.json$/, '');
  const title = typeof r.title === 'string' ? r.title : typeof r.name === 'string' ? r.name : id;
  const evaluation = evaluate(parsed.ledger, query);
  const clauses = Array.isArray(r.clauses) ? r.clauses.filter((c): c is string => typeof c === 'string') : [];
  const ex: WorkedExample = { id, title, clauses, ledger: parsed.ledger, evaluation };
  const text = r.explanation ?? r.description;
  if (typeof text === 'string') ex.description = text;
  const expected = r.expected as { credited?: unknown; complete?: unknown } | undefined;
  if (expected?.credited) {
    ex.matchesExpected =
      JSON.stringify(expected.credited) === JSON.stringify(evaluation.credited) &&
      expected.complete === evaluation.complete;
  }
  return ex;
}

const all: WorkedExample[] = Object.entries(files)
  .map(([file, raw]) => asExample(file, raw))
  .filter((x): x is WorkedExample => x !== undefined)
  .sort((a, b) => a.id.localeCompare(b.id));

/** 某份通知的算例（NAT15 没有台账可选，故没有算例）。 */
export function workedExamples(policyId: string): WorkedExample[] {
  return all.filter((e) => e.ledger.profile.notice === policyId);
}
