import {
  type ActivityInput,
  type Evaluation,
  evaluate,
  type Ledger,
  LedgerSchema,
  type QueryInput,
} from '../src/index.ts';

type ProfileInput = Partial<Ledger['profile']>;

let n = 0;
/** 测试用：补上 id，构造并校验一份台账。 */
export function ledger(
  notice: Ledger['profile']['notice'],
  activities: Record<string, unknown>[],
  profile: ProfileInput = {},
): Ledger {
  return LedgerSchema.parse({
    formatVersion: 1,
    profile: { notice, ...profile },
    activities: activities.map((a) => ({ id: `t${++n}`, ...a }) as ActivityInput),
  });
}

export function run(
  notice: Ledger['profile']['notice'],
  activities: Record<string, unknown>[],
  query: QueryInput,
  profile: ProfileInput = {},
): Evaluation {
  return evaluate(ledger(notice, activities, profile), query);
}

export const year = (y: number): QueryInput => ({ kind: 'year', year: y });

/** 某年度的计入学时 [公需, 专业]。 */
export function hoursOf(ev: Evaluation, y: number): [number, number] {
  const f = ev.years.find((x) => x.year === y);
  if (!f) throw new Error(`year ${y} not in result`);
  return [f.credited.public, f.credited.professional];
}

/** 为往年补学的 30 学时（WH19-MAKEUP、LY17-MAKEUP 的例题用）。 */
export const makeup = (forYear: number, date: string, category = 'public') => ({
  kind: 'makeup',
  category,
  hours: 30,
  date,
  forYear,
});
