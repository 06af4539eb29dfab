/**
 * 政策页面的算例：取自核心的场景文件（内容集合 scenarios，见 content.config.ts），
 * 构建时用核心的 evaluate 重新计算，并与文件中的手算结果比较。
 */
import { getCollection } from 'astro:content';
import { type Evaluation, evaluate, type Ledger } from '@xueshi/core';

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

const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

/** 某份通知的算例（NAT15 不能被台账选用，故没有算例）。 */
export async function workedExamples(policyId: string): Promise<WorkedExample[]> {
  const entries = await getCollection('scenarios', (e) => e.data.ledger.profile.notice === policyId);
  return entries
    .map(({ id, data: s }) => {
      const evaluation = evaluate(s.ledger, s.query);
      return {
        id: id.replace(/^.*\//, ''),
        title: s.title,
        description: s.explanation,
        clauses: s.clauses,
        ledger: s.ledger,
        evaluation,
        matchesExpected:
          same(s.expected.credited, evaluation.credited) &&
          same(s.expected.shortfall, evaluation.shortfall) &&
          s.expected.complete === evaluation.complete,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
