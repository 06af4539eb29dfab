/**
 * 政策页面的算例：取自核心的场景文件（core/scenarios/*.json，格式为核心的 ScenarioSchema），
 * 构建时用核心的 evaluate 重新计算，并与文件中的手算结果比较。
 */
import { type Evaluation, evaluate, type Ledger, ScenarioSchema } from '@xueshi/core';

export interface WorkedExample {
  id: string;
  title: string;
  /** 场景文件中的手算过程。 */
  description: string;
  clauses: string[];
  ledger: Ledger;
  evaluation: Evaluation;
  /** 计算结果与手算的预期是否一致。 */
  matchesExpected: boolean;
}

const files = import.meta.glob('../../../core/scenarios/**/*.json', { eager: true, import: 'default' });

const all: WorkedExample[] = Object.entries(files)
  .flatMap(([file, raw]) => {
    const parsed = ScenarioSchema.safeParse(raw);
    // 读不懂的场景文件不进页面（核心自己的测试会报告它）。
    if (!parsed.success) return [];
    const s = parsed.data;
    const evaluation = evaluate(s.ledger, s.query);
    const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
    return [
      {
        id: file.replace(/^.*\//, '').replace(/\.json$/, ''),
        title: s.title,
        description: s.explanation,
        clauses: s.clauses,
        ledger: s.ledger,
        evaluation,
        matchesExpected:
          same(s.expected.credited, evaluation.credited) &&
          same(s.expected.shortfall, evaluation.shortfall) &&
          s.expected.complete === evaluation.complete,
      },
    ];
  })
  .sort((a, b) => a.id.localeCompare(b.id));

/** 某份通知的算例（NAT15 不能被台账选用，故没有算例）。 */
export function workedExamples(policyId: string): WorkedExample[] {
  return all.filter((e) => e.ledger.profile.notice === policyId);
}
