// “只计一次” (LY17-FL, LY17-PC, QD23-OUTPUT, QD23-FL): which item of the same thing counts is decided over the
// whole ledger, the same for every question asked of it. It used to be decided only among the years asked
// about, so a year outside them kept both copies (and a make-up conditional on that year counted, LY17-MAKEUP),
// and a year query counted a result its neighbour year had already counted (QD23-OUTPUT).
import { describe, expect, test } from 'vitest';
import { hoursOf, run } from './helpers.ts';

const asOf = '2026-12-01';
const course = (category: string, hours: number, date: string) => ({
  kind: 'online-course',
  title: '课程',
  category,
  hours,
  date,
});

describe('LY17-MAKEUP with LY17-FL: a make-up needs its year complete without duplicates', () => {
  // 四(二) “市属专业技术人员2015和2016年度专业类学时未达到规定要求的60学时以上的，可以在确保完成本年度继续教育学时
  // 要求的基础上……补齐每年60个学时的基本要求”; 三(一) the foreign-language exam “一次性计算” (LY17-FL):
  // the same 2017 B-grade exam entered twice is 20 public hours, not 40, so 2017 has public 20 of 30 — not
  // complete — and the 2016 professional make-up does not count: 2016 stays 30 + 30, short 30.
  const acts = [
    course('public', 30, '2016-05-01'),
    course('professional', 30, '2016-06-01'),
    { kind: 'makeup', category: 'professional', hours: 30, date: '2017-11-01', forYear: 2016 },
    course('professional', 60, '2017-06-01'),
    { kind: 'foreign-language-exam', grade: 'B', score: 70, date: '2017-04-15' },
    { kind: 'foreign-language-exam', grade: 'B', score: 70, date: '2017-04-15' },
  ];
  const city = { affiliation: 'city' as const };

  test('2017 asked alone: public 20 (the exam once), not complete', () => {
    const ev = run('LY17', acts, { kind: 'year', year: 2017, asOf }, city);
    expect(hoursOf(ev, 2017)).toEqual([20, 60]);
    expect(ev.complete).toBe(false);
  });

  test('2016 asked alone: the make-up waits for 2017, so 2016 is short 30', () => {
    const ev = run('LY17', acts, { kind: 'year', year: 2016, asOf }, city);
    expect(hoursOf(ev, 2016)).toEqual([30, 30]);
    expect(ev.complete).toBe(false);
    expect(ev.shortfall.professional).toBe(30);
  });

  test('the same with one computer module entered twice (LY17-PC “每个考试模块一次性计5学时”)', () => {
    const module = { kind: 'computer-exam', module: 'Word 2003', date: '2017-05-01' };
    const pcActs = [...acts.slice(0, 4), course('public', 25, '2017-03-01'), module, module];
    expect(hoursOf(run('LY17', pcActs, { kind: 'year', year: 2017, asOf }, city), 2017)).toEqual([30, 60]);
    const short = [...acts.slice(0, 4), course('public', 20, '2017-03-01'), module, module];
    const ev = run('LY17', short, { kind: 'year', year: 2016, asOf }, city);
    expect(hoursOf(ev, 2016)).toEqual([30, 30]);
    expect(ev.complete).toBe(false);
  });
});

describe('QD23-OUTPUT “同一项目成果，不重复计算”: one result, one year, whatever is asked', () => {
  const full = (y: number, professional: number) => [
    { kind: 'public-certificate', hours: 30, date: `${y}-03-01` },
    course('professional', professional, `${y}-04-01`),
  ];
  // The paper (2022) and the award (2023) of result r1 are 10 hours each; the earlier one counts.
  const acts = [
    ...full(2022, 50),
    { kind: 'paper', paperType: 'paper', date: '2022-05-01', resultGroup: 'r1' },
    ...full(2023, 50),
    { kind: 'award', awardType: 'other', date: '2023-05-01', resultGroup: 'r1' },
  ];
  const asked = (year: number) => run('QD23', acts, { kind: 'year', year, asOf: '2024-06-01' });

  test('2022 has r1 (60 professional, complete); 2023 does not (50, short 10)', () => {
    expect(hoursOf(asked(2022), 2022)).toEqual([30, 60]);
    expect(asked(2022).complete).toBe(true);
    expect(hoursOf(asked(2023), 2023)).toEqual([30, 50]);
    expect(asked(2023).complete).toBe(false);
  });

  test('the 2023 application says the same of 2023 as the year query', () => {
    const app = run(
      'QD23',
      acts,
      { kind: 'application', level: 'intermediate', year: 2023, asOf: '2024-06-01' },
      { currentTitle: { level: 'junior', since: 2022 } },
    );
    expect(app.years.find((y) => y.year === 2023)?.credited.professional).toBe(50);
    expect(app.complete).toBe(false);
  });

  // A 2024 application looks at 2020–2024. The result's patent of 2019 counted it in 2019: its paper of 2021
  // is the same result and is not counted again (it used to count, the 2019 item being outside the window).
  test('an item of the result before the window has counted it: the one inside does not count again', () => {
    const items = [
      { kind: 'patent', patentType: 'invention', rank: 1, date: '2019-05-01', resultGroup: 'r2' },
      { kind: 'paper', paperType: 'paper', date: '2021-05-01', resultGroup: 'r2' },
    ];
    const app = run('QD23', items, { kind: 'application', level: 'intermediate', year: 2024, asOf: '2024-06-01' });
    expect(app.credited.professional).toBe(0);
    expect(hoursOf(run('QD23', items, { kind: 'year', year: 2019, asOf: '2024-06-01' }), 2019)).toEqual([0, 10]);
  });
});
