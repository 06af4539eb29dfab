// Worked examples for QD23 (青岛 2023). Figures from the notice text (notice.txt in the notice folder).
import { describe, expect, test } from 'vitest';
import { formFit, getPolicy } from '../../src/index.ts';
import { hoursOf, run, year } from '../helpers.ts';

const Y = year(2023);
const D = '2023-06-01';
const training = (format: string, days: number, hours: number) => ({ kind: 'training', format, days, hours, date: D });

describe('QD23', () => {
  test('QD23-REQ: 90 h a year, public >= 30, professional >= 60', () => {
    const ev = run(
      'QD23',
      [
        { kind: 'public-certificate', hours: 30, date: D },
        { kind: 'online-course', title: 'p', category: 'professional', hours: 60, date: D },
      ],
      Y,
    );
    expect(ev.requirement).toMatchObject({ public: 30, professional: 60, total: 90 });
    expect(ev.complete).toBe(true);
  });

  test('QD23-WINDOW: a 2023 application looks at 2019-2023; fewer years when the eligibility period is shorter', () => {
    const ev = run('QD23', [], { kind: 'application', level: 'associate-senior', year: 2023 });
    expect(ev.window?.years).toEqual([2019, 2020, 2021, 2022, 2023]);
    const short = run(
      'QD23',
      [],
      { kind: 'application', level: 'intermediate', year: 2023 },
      { currentTitle: { level: 'junior', since: 2021 } },
    );
    expect(short.window?.years).toEqual([2021, 2022, 2023]);
    expect(short.shortfall.total).toBe(270);
  });

  test('QD23-PUB: public study per certificate, at most 30 h a year (cap exactly reached, then exceeded)', () => {
    const exact = run(
      'QD23',
      [
        { kind: 'public-certificate', hours: 20, date: D },
        { kind: 'public-certificate', hours: 10, date: D },
      ],
      Y,
    );
    expect(hoursOf(exact, 2023)).toEqual([30, 0]);
    expect(exact.trace.every((t) => t.status === 'credited')).toBe(true);
    const over = run(
      'QD23',
      [
        { kind: 'public-certificate', hours: 20, date: '2023-03-01' },
        { kind: 'public-certificate', hours: 20, date: '2023-04-01' },
      ],
      Y,
    );
    expect(hoursOf(over, 2023)).toEqual([30, 0]);
    expect(over.trace[1]).toMatchObject({ status: 'partly', reason: 'cap' });
  });

  test('QD23-TRAIN: actual hours, at most 8 h a day', () => {
    expect(hoursOf(run('QD23', [training('training', 3, 30)], Y), 2023)).toEqual([0, 24]);
    expect(hoursOf(run('QD23', [training('training', 3, 24)], Y), 2023)).toEqual([0, 24]);
    expect(hoursOf(run('QD23', [training('training', 2, 12)], Y), 2023)).toEqual([0, 12]);
  });

  // 四(一)2、3 “按实际学时予以认定，不超过8学时/天”，四(四)1 专家服务“每天不超过8学时”: a day is 8 hours however many
  // entries it has — a training and a lecture of 8 h each on 2023-06-01 are 8, not 16 (review: counted per entry).
  test('QD23-TRAIN, QD23-EVENT, QD23-EXPERT: at most 8 h on one calendar day across entries', () => {
    const oneDay = (format: string, hours: number, date = D) => ({ kind: 'training', format, hours, date });
    expect(hoursOf(run('QD23', [oneDay('training', 8), oneDay('event', 8)], Y), 2023)).toEqual([0, 8]);
    const mixed = run('QD23', [oneDay('training', 6), { kind: 'expert-work', days: 1, hours: 5, date: D }], Y);
    expect(hoursOf(mixed, 2023)).toEqual([0, 8]);
    expect(mixed.trace[1]).toMatchObject({ status: 'partly', reason: 'cap' });
    expect(hoursOf(run('QD23', [oneDay('training', 8), oneDay('event', 8, '2023-06-02')], Y), 2023)).toEqual([0, 16]);
  });

  test('QD23-EVENT: conferences and lectures, actual hours, at most 8 h a day', () => {
    expect(hoursOf(run('QD23', [training('event', 1, 10)], Y), 2023)).toEqual([0, 8]);
  });

  test('QD23-VISIT: further study or study abroad organised by a department, 10 h per item', () => {
    expect(
      hoursOf(
        run(
          'QD23',
          [
            { kind: 'study-visit', date: D },
            { kind: 'study-visit', date: D },
          ],
          Y,
        ),
        2023,
      ),
    ).toEqual([0, 20]);
  });

  test('QD23-SELF: 10 h per item per year of the study period, at most 40 h a year', () => {
    const ev = run('QD23', [{ kind: 'self-study', startDate: '2021-09-01', date: '2023-06-30' }], {
      kind: 'application',
      level: 'intermediate',
      year: 2023,
    });
    expect(ev.years.map((y) => y.credited.professional)).toEqual([0, 0, 10, 10, 10]);
    const five = Array.from({ length: 5 }, () => ({ kind: 'self-study', startDate: '2023-01-01', date: '2023-12-31' }));
    const capped = run('QD23', five, Y);
    expect(hoursOf(capped, 2023)).toEqual([0, 40]);
    expect(capped.trace.filter((t) => t.reason === 'cap')).toHaveLength(1);
  });

  test('QD23-OUTPUT: 10 h per result or paper, at most 30 h a year; the same result is not counted twice', () => {
    const papers = (k: number) => Array.from({ length: k }, () => ({ kind: 'paper', paperType: 'paper', date: D }));
    expect(hoursOf(run('QD23', papers(3), Y), 2023)).toEqual([0, 30]);
    expect(hoursOf(run('QD23', papers(4), Y), 2023)).toEqual([0, 30]);
    const same = run(
      'QD23',
      [
        { kind: 'patent', patentType: 'invention', rank: 1, date: D, resultGroup: 'r1' },
        { kind: 'paper', paperType: 'paper', date: D, resultGroup: 'r1' },
      ],
      Y,
    );
    expect(hoursOf(same, 2023)).toEqual([0, 10]);
    expect(same.trace[1]?.reason).toBe('duplicate');
    // an item of the same result dated before the notice applies (2018) is not counted under it, so the one inside
    // counts (an earlier item the notice does count takes its place: test/only-once.test.ts)
    const outside = run(
      'QD23',
      [
        { kind: 'patent', patentType: 'invention', rank: 1, date: '2018-05-01', resultGroup: 'r1' },
        { kind: 'paper', paperType: 'paper', date: '2020-05-01', resultGroup: 'r1' },
      ],
      { kind: 'application', level: 'intermediate', year: 2023 },
    );
    expect(outside.credited.professional).toBe(10);
  });

  test('QD23-EXPERT: invited expert work, actual hours, at most 8 h a day', () => {
    expect(hoursOf(run('QD23', [{ kind: 'expert-work', days: 2, hours: 20, date: D }], Y), 2023)).toEqual([0, 16]);
  });

  test('QD23-AID: public 30 + professional 60 a year, pro-rated by months (7 months: 17.5 + 35; boundary 0 / 12)', () => {
    expect(hoursOf(run('QD23', [{ kind: 'aid', year: 2023, months: 7 }], Y), 2023)).toEqual([17.5, 35]);
    const full = run('QD23', [{ kind: 'aid', year: 2023, months: 12 }], Y);
    expect(hoursOf(full, 2023)).toEqual([30, 60]);
    expect(full.complete).toBe(true);
    const none = run('QD23', [{ kind: 'aid', year: 2023, months: 0 }], Y);
    expect(hoursOf(none, 2023)).toEqual([0, 0]);
  });

  test('QD23-QUAL: 16 h per qualification exam, per course for registration exams', () => {
    expect(hoursOf(run('QD23', [{ kind: 'qualification-exam', examType: 'qualification', date: D }], Y), 2023)).toEqual(
      [0, 16],
    );
    expect(
      hoursOf(run('QD23', [{ kind: 'qualification-exam', examType: 'registration', courses: 3, date: D }], Y), 2023),
    ).toEqual([0, 48]);
  });

  test('QD23-LEAVE: maternity, or more than 6 months sick leave / abroad, with unit approval; pro-rated by months', () => {
    const leave = (leaveType: string, months: number, unitApproved = true) => ({
      kind: 'leave',
      leaveType,
      year: 2023,
      months,
      unitApproved,
    });
    expect(hoursOf(run('QD23', [leave('maternity', 4)], Y), 2023)).toEqual([10, 20]);
    expect(hoursOf(run('QD23', [leave('sick', 6)], Y), 2023)).toEqual([0, 0]);
    expect(hoursOf(run('QD23', [leave('sick', 7)], Y), 2023)).toEqual([17.5, 35]);
    expect(hoursOf(run('QD23', [leave('abroad', 12)], Y), 2023)).toEqual([30, 60]);
    const refused = run('QD23', [leave('maternity', 5, false)], Y);
    expect(hoursOf(refused, 2023)).toEqual([0, 0]);
    expect(refused.trace[0]?.reason).toBe('not-applicable');
    const both = run('QD23', [leave('maternity', 8), { kind: 'aid', year: 2023, months: 8 }], Y);
    expect(hoursOf(both, 2023)).toEqual([30, 60]);
  });

  test('QD23-FL: language score >= 60 gives A 30 / B 20 / C 10 public h (59 gives 0); computer 5 h per module', () => {
    const fl = (grade: string, score: number) => ({ kind: 'foreign-language-exam', grade, score, date: D });
    expect(hoursOf(run('QD23', [fl('A', 60)], Y), 2023)).toEqual([30, 0]);
    expect(hoursOf(run('QD23', [fl('B', 61)], Y), 2023)).toEqual([20, 0]);
    expect(hoursOf(run('QD23', [fl('C', 99)], Y), 2023)).toEqual([10, 0]);
    expect(hoursOf(run('QD23', [fl('A', 59)], Y), 2023)).toEqual([0, 0]);
    const pc = [
      { kind: 'computer-exam', date: D },
      { kind: 'computer-exam', date: D },
    ];
    expect(hoursOf(run('QD23', pc, Y), 2023)).toEqual([10, 0]);
  });

  test('QD23-COVID: front-line COVID-19 work makes that year complete', () => {
    const ev = run('QD23', [{ kind: 'covid-frontline', year: 2022 }], year(2022));
    expect(ev.complete).toBe(true);
    expect(ev.credited.total).toBe(0);
    expect(ev.trace[0]?.status).toBe('deemed');
  });
  // Sixth audit: the clause names no years; the epidemic's front line began in 2020. A 2019 entry (a slip of the
  // year) made 2019 complete.
  test('QD23-COVID: a year before 2020 is not deemed complete', () => {
    const ev = run('QD23', [{ kind: 'covid-frontline', year: 2019 }], year(2019));
    expect(ev.complete).toBe(false);
    expect(ev.trace[0]?.reason).toBe('not-in-force');
    expect(run('QD23', [{ kind: 'covid-frontline', year: 2020 }], year(2020)).complete).toBe(true);
  });

  test('QD23-ONLINE (project addition): online professional courses count their certificate hours', () => {
    expect(
      hoursOf(
        run('QD23', [{ kind: 'online-course', title: 'x', category: 'professional', hours: 12, date: D }], Y),
        2023,
      ),
    ).toEqual([0, 12]);
  });

  test('QD23-OTHER (project addition), QD23-MENTOR, QD23-OWNRULES: unit-approved hours with a warning; mentoring has no number; sector rules flagged', () => {
    const ev = run(
      'QD23',
      [
        { kind: 'unit-approved', category: 'professional', hours: 8, date: D },
        { kind: 'mentoring', days: 3, date: D },
      ],
      Y,
      { sector: 'teacher' },
    );
    expect(hoursOf(ev, 2023)).toEqual([0, 8]);
    expect(ev.trace[1]?.reason).toBe('not-encoded');
    expect(ev.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['unit-approval', 'own-rules']));
  });
});

// Readings corrected after an outside audit of the notice (issue 10).
describe('QD23, audited readings', () => {
  // 四(一)2–3, 四(四)1 “按实际学时予以认定，不超过8学时/天”
  test('QD23-TRAIN, QD23-EVENT: 8 h or fewer need no day count; more than 8 h do', () => {
    const noDays = (format: string, hours: number) => ({ kind: 'training', format, hours, date: D });
    expect(hoursOf(run('QD23', [noDays('training', 6)], Y), 2023)).toEqual([0, 6]);
    expect(hoursOf(run('QD23', [noDays('event', 8)], Y), 2023)).toEqual([0, 8]);
    const more = run('QD23', [noDays('training', 12)], Y);
    expect(hoursOf(more, 2023)).toEqual([0, 0]);
    expect(more.trace[0]?.reason).toBe('needs-input');
  });

  // 四(五) “每个模块认定当年公需科目5学时” — the same module is one module
  test('QD23-FL: the same computer module passed twice counts once', () => {
    const pc = (module: string) => ({ kind: 'computer-exam', module, date: D });
    expect(hoursOf(run('QD23', [pc('Word'), pc('Word'), pc('Excel')], Y), 2023)).toEqual([10, 0]);
  });
});

describe('QD23, leave and aid by dates', () => {
  const leave = (leaveType: string, startDate: string, endDate: string) => ({
    kind: 'leave',
    leaveType,
    year: 2023,
    startDate,
    endDate,
    unitApproved: true,
  });
  // 四(四)4 “因受伤、患重病，年度内请病假超过6个月的……不足一年的，按月份比例计算”
  test('QD23-LEAVE: 1 Jan – 30 Jun is exactly 6 months, not more than 6; to 1 Jul it is 6 and 1/31 months', () => {
    expect(hoursOf(run('QD23', [leave('sick', '2023-01-01', '2023-06-30')], Y), 2023)).toEqual([0, 0]);
    // 30 × (6 + 1/31) / 12 = 15.08 → 15.1; 60 × (6 + 1/31) / 12 = 30.16 → 30.2
    expect(hoursOf(run('QD23', [leave('sick', '2023-01-01', '2023-07-01')], Y), 2023)).toEqual([15.1, 30.2]);
  });

  // 四(四)4⑶ “女职工休产假的” has no minimum: 15 Mar – 14 Aug is 5 months → 30 × 5/12 = 12.5, 60 × 5/12 = 25
  test('QD23-LEAVE: maternity leave by dates, pro-rated by the months inside the year', () => {
    expect(hoursOf(run('QD23', [leave('maternity', '2023-03-15', '2023-08-14')], Y), 2023)).toEqual([12.5, 25]);
    // a leave from 2022-10-01 to 2023-03-31: 3 months fall in 2023 → 7.5 + 15
    expect(hoursOf(run('QD23', [leave('maternity', '2022-10-01', '2023-03-31')], Y), 2023)).toEqual([7.5, 15]);
  });

  test('QD23-AID: neither months nor dates asks for them', () => {
    const ev = run('QD23', [{ kind: 'aid', year: 2023 }], Y);
    expect(hoursOf(ev, 2023)).toEqual([0, 0]);
    expect(ev.trace[0]?.reason).toBe('needs-input');
  });
});

describe('QD23, second audit', () => {
  // 四(四)4 “有下列情况之一的，经本人所在单位批准，并提交相关证明材料”
  test('QD23-LEAVE: without the unit’s approval stated, leave is asked about, not credited', () => {
    const ev = run('QD23', [{ kind: 'leave', leaveType: 'sick', year: 2023, months: 12 }], Y);
    expect(hoursOf(ev, 2023)).toEqual([0, 0]);
    expect(ev.trace[0]?.reason).toBe('needs-input');
    expect(ev.complete).toBe(false);
  });
});

// Independent review “qd” of QD23 against the code.
describe('QD23, review qd', () => {
  // 四(一)4 “参加各主管部门组织的业务进修、出国（境）学习或考察的，……每项10学时。”
  test('QD23-VISIT: a 10-day training abroad (境外培训, 60 h) is 出国（境）学习: 10 h per item, not 60', () => {
    const ev = run(
      'QD23',
      [
        { kind: 'public-certificate', hours: 30, date: D },
        { kind: 'training', format: 'abroad', days: 10, hours: 60, date: D },
      ],
      Y,
    );
    expect(hoursOf(ev, 2023)).toEqual([30, 10]);
    expect(ev.trace[1]?.rule).toBe('QD23-VISIT');
    expect(ev.complete).toBe(false);
    // the wider reading (四(一)2, actual hours) is the user's to choose, and the result says how
    expect(ev.warnings.some((w) => w.code === 'interpretation' && w.message.includes('培训进修、研修'))).toBe(true);
  });

  // 一 “……是聘任专业技术职务或申报评定上一级资格的重要条件”; 四 “……根据专业技术人员申报职称年度进行界定
  // （如：2023年申报职称的，其近五年就是2019—2023年……）” — a window for 申报 only, none for 聘任.
  test('QD23-WINDOW: 聘任 (appointment) has no window in the notice: 无法判断, and the form does not offer it', () => {
    const full = (y: number) => [
      { kind: 'public-certificate', hours: 30, date: `${y}-03-01` },
      { kind: 'online-course', title: 'p', category: 'professional', hours: 60, date: `${y}-04-01` },
    ];
    const ev = run(
      'QD23',
      [2019, 2020, 2021, 2022, 2023].flatMap(full),
      { kind: 'application', level: 'intermediate', year: 2023, route: 'appointment' },
      { term: { firstYear: 2017, lastYear: 2022 } },
    );
    expect(ev.complete).toBe(false);
    expect(ev.undetermined).toBe(true);
    expect(ev.warnings.some((w) => w.code === 'no-rule')).toBe(true);
    expect(formFit(getPolicy('QD23')).routes).not.toContain('appointment');
  });

  // Sixth audit: 认定 and 转系列 are QH20's routes (QH20-RECOGNIZE, QH20-SWITCH); this notice names neither, and the
  // command line took them as 评审 silently. Like 聘任: 无法判断. The same for WH19 and LY17 (past-years.ts termWindow).
  test('QD23-WINDOW, WH19, LY17: 认定 and 转系列, which these notices do not name, are 无法判断 (was: read as 评审)', () => {
    const full = (y: number) => [
      { kind: 'public-certificate', hours: 30, date: `${y}-03-01` },
      { kind: 'online-course', title: 'p', category: 'professional', hours: 60, date: `${y}-04-01` },
    ];
    const acts = [2019, 2020, 2021, 2022, 2023].flatMap(full);
    const profile = {
      currentTitle: { level: 'junior' as const, since: 2019 },
      term: { firstYear: 2019, lastYear: 2023 },
    };
    for (const notice of ['QD23', 'WH19', 'LY17'] as const)
      for (const route of ['recognition', 'switch'] as const) {
        const ev = run(notice, acts, { kind: 'application', level: 'intermediate', year: 2023, route }, profile);
        expect([notice, route, ev.complete, ev.undetermined]).toEqual([notice, route, false, true]);
      }
    // The same ledger as 评审 is decided: the routes are what is unknown, not the hours.
    const review = run('QD23', acts, { kind: 'application', level: 'intermediate', year: 2023 }, profile);
    expect(review.undetermined).toBe(false);
  });

  // 四 “（如：2023年申报职称的，其近五年就是2019—2023年……）”: no QD23 window reaches 2018, so a 2018 year has
  // the national baseline (NAT15-REQ, labelled); hours a certificate states count as stated in every year, as online
  // courses already did — only QD23's own conversions (per item, per day, per month) wait for 2019.
  test('QD23-PUB, QD23-ONLINE: a 2018 year counts a 30 h public certificate as it counts online hours', () => {
    const ev = run(
      'QD23',
      [
        { kind: 'public-certificate', hours: 30, date: '2018-03-01' },
        { kind: 'online-course', title: 'p', category: 'professional', hours: 60, date: '2018-04-01' },
        { kind: 'paper', paperType: 'paper', date: '2018-05-01' },
      ],
      year(2018),
    );
    expect(hoursOf(ev, 2018)).toEqual([30, 60]);
    expect(ev.requirement?.clauses).toEqual(['NAT15-REQ']);
    expect(ev.warnings.some((w) => w.code === 'baseline')).toBe(true);
    expect(ev.trace[2]?.reason).toBe('not-in-force');
  });

  // 四(四)4 “因受伤、患重病，年度内请病假超过6个月的” — by dates, 1 Jan – 1 Jul is more than 6 months and is credited;
  // the interpretation shown beside it must not say “at least 7 months”.
  test('QD23-LEAVE: the interpretation shown matches the dates rule (more than 6 months, not at least 7)', () => {
    const sick = { kind: 'leave', leaveType: 'sick', year: 2023, startDate: '2023-01-01', endDate: '2023-07-01' };
    const ev = run('QD23', [{ ...sick, unitApproved: true }], Y);
    expect(hoursOf(ev, 2023)).toEqual([15.1, 30.2]);
    const shown = ev.warnings.filter((w) => w.clauses.includes('QD23-LEAVE')).map((w) => w.message);
    expect(shown.join()).toContain('超过 6 个月');
    expect(shown.join()).not.toContain('至少 7 个月');
  });
});
