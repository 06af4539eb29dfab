// @vitest-environment happy-dom
/**
 * The calculator's result (ResultView) against core's Evaluation (found in review): what the screen must (not) say.
 */
import { readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import { type Evaluation, evaluate, type Ledger, parseLedger } from '../src/ui/core.ts';
import { clauseHrefFor, ResultView } from '../src/ui/index.ts';

function ledgerOf(json: unknown): Ledger {
  const p = parseLedger(json);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.ledger;
}
const L = (profile: object, activities: object[]) => ledgerOf({ formatVersion: 1, profile, activities });
const course = (id: string, category: string, hours: number, date: string) => ({
  id,
  kind: 'online-course',
  title: id,
  category,
  hours,
  date,
});

function mount(e: Evaluation): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(h(ResultView, { evaluation: e, clauseHref: clauseHrefFor(null) }), root));
  return root;
}
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const yearRow = (root: HTMLElement, year: number) =>
  [...root.querySelectorAll('table.xs-years tbody tr')].find((tr) => text(tr.querySelector('th')) === String(year));

test('YearFigures.undetermined: a year core cannot decide is 无法判断 in the year table, not 未达标', () => {
  // LY17 county staff: a 2016 补修 of 20 hours depends on county rules core does not have.
  const e = evaluate(
    L({ notice: 'LY17', affiliation: 'county', term: { firstYear: 2016, lastYear: 2017 } }, [
      course('a', 'public', 30, '2016-03-01'),
      course('b', 'professional', 40, '2016-03-01'),
      { id: 'm', kind: 'makeup', category: 'professional', hours: 20, date: '2017-03-01', forYear: 2016 },
      course('d', 'public', 30, '2017-03-01'),
      course('e', 'professional', 60, '2017-03-01'),
    ]),
    { kind: 'application', level: 'intermediate', year: 2017 },
  );
  expect(e.years[0]).toMatchObject({ year: 2016, undetermined: true });
  const status = text(yearRow(mount(e), 2016)?.querySelector('[data-year-status]'));
  expect(status).not.toBe('未达标');
  expect(status).toContain('无法判断');
});

test('window.categories (QH20-SWITCH checks 专业 only): the 合计 row does not say “已满足” for 40 of 90', () => {
  const e = evaluate(L({ notice: 'QH20' }, [course('p', 'professional', 40, '2019-04-01')]), {
    kind: 'application',
    level: 'intermediate',
    year: 2020,
    route: 'switch',
  });
  expect(e.window?.categories).toEqual(['professional']);
  const row = mount(e).querySelector('tr[data-category="total"]');
  const shown = Number(text(row?.querySelector('[data-figure="counted"], [data-figure="credited"]')));
  const required = text(row?.querySelector('[data-figure="required"]'));
  const verdict = text(row?.querySelector('[data-figure="shortfall"]'));
  // Either the row says the total is not checked, or its figures agree with “已满足”.
  if (verdict === '已满足') expect(shown).toBeGreaterThanOrEqual(Number(required));
  else expect(verdict).not.toContain('差');
});

test('YearFigures.deemed (视同完成): a 0 / 90 with no shortfall says 视同完成, not 已满足', () => {
  // QD23 新冠一线 2022: core says complete with 0 hours (deemed). The year query has no year table.
  const e = evaluate(L({ notice: 'QD23' }, [{ id: 'c', kind: 'covid-frontline', year: 2022 }]), {
    kind: 'year',
    year: 2022,
  });
  expect(e.complete).toBe(true);
  expect(e.years[0]?.deemed).toEqual({ public: true, professional: true });
  const root = mount(e);
  expect(text(root)).toContain('视同完成');
  expect(text(root.querySelector('tr[data-category="total"] [data-figure="shortfall"]'))).toBe('视同完成');
});

describe('window.test any-year (QH20 初级): the figures are the closest year’s, not a sum', () => {
  // 初级 2020: 2019 or 2020 must meet the requirement; only 2019 has hours.
  const e = evaluate(
    L({ notice: 'QH20' }, [course('p', 'professional', 40, '2019-04-01'), course('q', 'public', 20, '2020-04-01')]),
    { kind: 'application', level: 'junior', year: 2020 },
  );

  test('fixture: core took one year’s figures', () => {
    expect(e.window?.test).toBe('any-year');
    expect(e.years).toHaveLength(2);
    expect(e.complete).toBe(false);
  });

  test('the caption does not say the years were added', () => {
    const caption = text(mount(e).querySelector('table.xs-figures caption'));
    expect(caption).not.toContain('个年度相加');
    expect(caption).toContain('最接近达标的一年');
  });

  test('“还需” is not called the sum of every year’s shortfall', () => {
    const needed = text(mount(e).querySelector('[data-figure="needed"]'));
    expect(needed).toContain(String(e.needed));
    expect(needed).not.toContain('各年所缺之和');
  });
});

describe('window.test total (NX19 cumulative window)', () => {
  const ledger = ledgerOf(JSON.parse(readFileSync('../core/examples/NX19-孙七-申报副高2019.json', 'utf8')));
  const e = evaluate(ledger, { kind: 'application', level: 'associate-senior', year: 2019 });

  test('fixture: 40 hours are credited to the window, not to a year', () => {
    expect(e.window?.test).toBe('total');
    expect(e.credited.total).toBe(410);
    expect(e.years.reduce((s, y) => s + y.credited.total, 0)).toBe(370);
  });

  test('the note does not say hours over “当年要求” cannot help other years (the test is cumulative)', () => {
    expect(text(mount(e))).not.toContain('不能补别的年度');
  });

  test('the year table accounts for every credited hour (rows add up to 已计入 410, a 审验期累计 row for the window’s 40)', () => {
    const rows = [...mount(e).querySelectorAll('table.xs-years tbody tr')];
    const sum = rows.reduce((s, tr) => s + Number(text(tr.querySelectorAll('td')[3] ?? null) || 0), 0);
    expect(sum).toBe(e.credited.total);
    expect(text(rows.at(-1)?.querySelector('th'))).toBe('审验期累计');
  });

  test('the year table does not say each year was checked on its own (the test is cumulative)', () => {
    expect(text(mount(e).querySelector('table.xs-years caption'))).not.toContain('每年单独核对');
  });
});

describe('Evaluation.termAverage (WH19-PRE2018: 2015—2017 checked together)', () => {
  // 2015—2017 are checked together (3 × 100 = 300); 2016 alone has 250 → 2015 gets 100 of it and is “complete” with 0 hours.
  const e = evaluate(
    L({ notice: 'WH19', term: { firstYear: 2015, lastYear: 2019 } }, [
      course('a', 'professional', 250, '2016-03-01'),
      course('b', 'public', 30, '2019-03-01'),
      course('c', 'professional', 60, '2019-04-01'),
    ]),
    { kind: 'application', level: 'intermediate', year: 2019 },
  );

  test('fixture: core checked 2015—2017 as one term average', () => {
    expect(e.termAverage?.years).toEqual([2015, 2016, 2017]);
    expect(e.years[0]).toMatchObject({ year: 2015, credited: { total: 0 }, complete: true, averagedOverTerm: true });
  });

  test('the year table does not say every year was checked on its own', () => {
    const caption = text(mount(e).querySelector('table.xs-years caption'));
    expect(caption).not.toContain('（每年单独核对）');
    expect(caption).toContain('2015');
    expect(caption).toContain('合并');
  });

  test('YearFigures.averagedOverTerm: a pooled year (0 hours, “达标”) is marked as checked with the term, not on its own', () => {
    const row = yearRow(mount(e), 2015);
    expect(text(row?.querySelector('[data-year-status]'))).toContain('合并');
  });
});

test('window.ask (which years? WH19 without a 任期): the question is shown with the verdict, not in the list of hints', () => {
  // WH19 without a term or the year of the current title: core cannot say which years; the verdict is 无法判断.
  const e = evaluate(
    L({ notice: 'WH19' }, [course('b', 'public', 30, '2019-03-01'), course('c', 'professional', 60, '2019-04-01')]),
    { kind: 'application', level: 'intermediate', year: 2019 },
  );
  expect(e.undetermined).toBe(true);
  const ask = e.window?.ask ?? '';
  expect(ask).toContain('任期');
  const root = mount(e);
  const outsideHints = [...root.querySelectorAll('p, strong, div')].filter(
    (el) => !el.closest('.xs-warnings') && text(el).includes(ask),
  );
  expect(outsideHints.length).toBeGreaterThan(0);
  // Said once: not repeated in the hints.
  expect(text(root.querySelector('.xs-warnings'))).not.toContain(ask);
});

// QH20 四(二)1 “申报高级……至少具备近4年”, 2017—2019 measured on the national floor (NAT15-REQ): the whole is
// 无法判断 and has no summed requirement; its shortfall cells are a plain “—”, not the green of “已满足”.
test('an undecided multi-year result shows no green “—” where there is no requirement to meet', () => {
  const acts = [2017, 2018, 2019, 2020].flatMap((y) => [
    course(`p${y}`, 'public', y === 2020 ? 45 : 30, `${y}-04-01`),
    course(`q${y}`, 'professional', y === 2020 ? 90 : 60, `${y}-05-01`),
  ]);
  const e = evaluate(L({ notice: 'QH20' }, acts), { kind: 'application', level: 'associate-senior', year: 2020 });
  expect([e.complete, e.undetermined]).toEqual([false, true]);
  const root = mount(e);
  // The bars of 2017—2019 are not the green of a year met (they meet only the national floor).
  const bars = [...root.querySelectorAll('svg.xs-chart rect[y="7"]')].map((r) => r.getAttribute('fill'));
  expect(bars).toEqual(['#0b5cad', '#0b5cad', '#0b5cad', '#116329']);
  const cells = [...root.querySelectorAll('[data-figure="shortfall"]')];
  expect(cells.map((c) => [text(c), c.className])).toEqual([
    ['—', ''],
    ['—', ''],
    ['—', ''],
  ]);
});

// The same window with 2020 short by 10 is 未完成 — and 10 is what is known to be missing, at least.
test('还需 says “至少” when some years of a definite 未完成 cannot be decided', () => {
  const acts = [2017, 2018, 2019, 2020].flatMap((y) => [
    course(`p${y}`, 'public', y === 2020 ? 45 : 30, `${y}-04-01`),
    course(`q${y}`, 'professional', y === 2020 ? 80 : 60, `${y}-05-01`),
  ]);
  const e = evaluate(L({ notice: 'QH20' }, acts), { kind: 'application', level: 'associate-senior', year: 2020 });
  expect([e.complete, e.undetermined, e.needed]).toEqual([false, false, 10]);
  expect(text(mount(e).querySelector('[data-figure="needed"]'))).toBe('还需至少 10 学时才能达标（各年所缺之和）。');
});
