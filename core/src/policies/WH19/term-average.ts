/**
 * WH19-PRE2018：2018 年以前的要求是“任期内平均每年”，不是某一年的数。申报查询把这几年合并检验；年度查询
 * 无法判断，单独比较仅供参考。只有这份通知有这种要求，所以写在它的文件夹里，网站计算器选了威海才载入。
 */
import type { TermAverage, YearFigures } from '../../evaluate/types.ts';
import type { Warnings } from '../../evaluate/warnings.ts';
import type { Query } from '../../ledger/schema.ts';
import { round2 } from '../../policy/helpers.ts';

/**
 * 申报查询：这几年合计达到年平均数 × 年数即达标。学时放在一起按年度先后分给各年的要求（某年多出的补别的年），
 * 每一行仍是 要求 − 计入要求 = 差额，各行差额之和就是合并检验的差额（记在任期靠后的年度上）。
 * 年度查询：这几年都“无法判断”（一年没有自己的数），提示单独比较只是参考。
 */
export function termAverage(yearFigures: YearFigures[], query: Query, warnings: Warnings): TermAverage | undefined {
  const averaged = yearFigures.filter((y) => y.requirement?.averageOverTerm);
  const clauses = [...new Set(averaged.flatMap((y) => y.requirement?.clauses ?? []))];
  if (query.kind === 'year') {
    for (const y of averaged) {
      // 一年单独比较只是参考：通知没有给出一年的数字，年度查询无法判断（够也好、不够也好）。
      y.undetermined = true;
      warnings.add({
        code: 'interpretation',
        clauses,
        message: `${y.year} 年度的要求是任期内的年平均学时，这里按该年单独比较，仅供参考；按申报查询核算整个任期`,
      });
    }
    return undefined;
  }
  if (averaged.length === 0) return undefined;
  const requirement = round2(averaged.reduce((s, y) => s + (y.requirement?.total ?? 0), 0));
  const credited = round2(averaged.reduce((s, y) => s + y.credited.total, 0));
  const shortfall = Math.max(0, round2(requirement - credited));
  // 某年有数字不明的学时（24号的折算、待确认的学时）：合并之后看的是整个任期——任期已够就与它无关，任期不够时
  // 它可能补上。看交给年度合计的学时本身，而不看那一年单独是否“无法判断”（单独够了的一年不会被标出）。
  const years = averaged.map((y) => y.year);
  const unsure =
    shortfall > 0 && warnings.list().some((w) => w.hours && w.hours.use !== 'fill' && years.includes(w.hours.year));
  let pool = credited;
  for (const y of averaged) {
    if (unsure) y.undetermined = true;
    else delete y.undetermined;
    const need = y.requirement?.total ?? 0;
    const take = round2(Math.min(need, pool));
    pool = round2(pool - take);
    y.shortfall = { public: 0, professional: 0, total: round2(need - take) };
    y.counted = { ...y.credited, total: take };
    y.complete = y.shortfall.total === 0;
    y.averagedOverTerm = true;
  }
  warnings.add({
    code: 'interpretation',
    clauses,
    message: `本项目理解：${years[0]}—${years[years.length - 1]} 年的要求是“任期内平均每年”，这几年合计不少于 ${requirement} 学时即可，不逐年检验`,
  });
  return { years, requirement, credited, shortfall, complete: shortfall === 0, clauses };
}
