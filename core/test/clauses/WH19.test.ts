// Worked examples for WH19 (威海 2019). Figures are taken from the notice text (notice.txt in the notice folder).
import { describe, expect, test } from 'vitest';
import { renderTrace } from '../../src/index.ts';
import { hoursOf, makeup, run, year } from '../helpers.ts';

const pubCourse = (hours: number, date: string, host = 'sdwh-gxk.yxlearning.com') => ({
  kind: 'online-course',
  title: '公需课',
  category: 'public',
  hours,
  date,
  source: { kind: 'platform', platform: 'yxlearning', host, externalId: date },
});
const proCourse = (hours: number, date: string) => ({
  kind: 'online-course',
  title: '专业课',
  category: 'professional',
  hours,
  date,
});

describe('WH19', () => {
  test('WH19-REQ: from 2018, 90 h a year = public 30 + professional 60', () => {
    const ev = run('WH19', [pubCourse(30, '2019-05-01'), proCourse(60, '2019-06-01')], year(2019));
    expect(ev.requirement).toMatchObject({ public: 30, professional: 60, total: 90, clauses: ['WH19-REQ'] });
    expect(ev.complete).toBe(true);
    const short = run('WH19', [pubCourse(29, '2018-05-01'), proCourse(60, '2018-06-01')], year(2018));
    expect(short.complete).toBe(false);
    expect(short.shortfall).toEqual({ public: 1, professional: 0, total: 1 });
  });

  test('WH19-PRE2018: before 2018, an average of 100 h (20 学分) for review, 50 h (10 学分) for appointment', () => {
    const ev = run('WH19', [proCourse(100, '2017-06-01')], year(2017));
    expect(ev.requirement).toMatchObject({ total: 100, averageOverTerm: true, clauses: ['WH19-PRE2018'] });
    // “任期内继续教育平均每年须达到100学时” sets no figure for one year: a year query is 无法判断 either way — the
    // year is compared for reference only, the average belongs to the whole term (WH19/term-average.ts).
    expect(ev.years[0]?.complete).toBe(true);
    expect([ev.complete, ev.undetermined]).toEqual([false, true]);
    expect(run('WH19', [proCourse(40, '2017-06-01')], year(2017))).toMatchObject({
      complete: false,
      undetermined: true,
    });
    expect(ev.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/2017 年度的要求是任期内的年平均学时.*仅供参考/),
    );
    const appointment = { kind: 'application', level: 'intermediate', year: 2017, route: 'appointment' } as const;
    const appoint = run('WH19', [proCourse(50, '2017-06-01')], appointment, {
      currentTitle: { level: 'junior', since: 2017 },
      term: { firstYear: 2017, lastYear: 2017 },
    });
    expect(appoint.years[0]?.requirement?.total).toBe(50);
    expect(appoint.complete).toBe(true);
  });

  test('WH19-PUB: public study on the Weihai platform, 30 h certificate; another city platform is the wrong region', () => {
    const cert = run('WH19', [{ kind: 'public-certificate', date: '2019-06-01' }], year(2019));
    expect(hoursOf(cert, 2019)).toEqual([30, 0]);
    const other = run('WH19', [pubCourse(30, '2019-06-01', 'sddz-gxk.yxlearning.com')], year(2019));
    expect(hoursOf(other, 2019)).toEqual([0, 0]);
    expect(other.trace[0]?.reason).toBe('wrong-region');
  });

  // Sixth audit: 一(一) “专业技术人员需登录‘威海市专业技术人员继续教育服务平台’……进行注册学习”. A public course entered
  // by hand, or read from a platform shared by several provinces, counts, but the user is asked (as NX19-PUB, QH20-ONLINE).
  test('WH19-PUB: public study not read from the Weihai platform counts and asks where it was studied (was: counted silently)', () => {
    const asked = (ev: ReturnType<typeof run>) =>
      ev.warnings.some((w) => w.code === 'needs-input' && w.clauses.includes('WH19-PUB') && /威海/.test(w.message));
    const shared = run('WH19', [pubCourse(30, '2019-06-01', 'gp.chinahrt.com')], year(2019));
    expect(hoursOf(shared, 2019)).toEqual([30, 0]);
    expect(asked(shared)).toBe(true);
    const local = run('WH19', [pubCourse(30, '2019-06-01')], year(2019));
    expect(asked(local)).toBe(false);
    const cert = run('WH19', [{ kind: 'public-certificate', date: '2019-06-01' }], year(2019));
    expect([hoursOf(cert, 2019), asked(cert)]).toEqual([[30, 0], true]);
  });

  test('WH19-XXQG: 2000 学习强国 points convert to 5 public h (boundary 1999 / 2000)', () => {
    const ok = run(
      'WH19',
      [{ kind: 'xuexi-qiangguo', year: 2019, points: 2000 }, pubCourse(25, '2019-05-01')],
      year(2019),
    );
    expect(hoursOf(ok, 2019)).toEqual([30, 0]);
    expect(ok.warnings.some((w) => w.code === 'unit-approval' && w.clauses.includes('WH19-XXQG'))).toBe(true);
    const low = run('WH19', [{ kind: 'xuexi-qiangguo', year: 2019, points: 1999 }], year(2019));
    expect(hoursOf(low, 2019)).toEqual([0, 0]);
    expect(low.trace[0]?.reason).toBe('below-score');
  });

  test('WH19-PUB-DEADLINE: 2019 public study closes 2019-09-30 (30 Sep counts, 1 Oct does not)', () => {
    const ev = run('WH19', [pubCourse(20, '2019-09-30'), pubCourse(10, '2019-10-01')], year(2019));
    expect(hoursOf(ev, 2019)).toEqual([20, 0]);
    expect(ev.trace[1]?.reason).toBe('after-deadline');
    expect(ev.warnings.some((w) => w.code === 'deadline-passed')).toBe(true);
  });

  test('WH19-MAKEUP: public hours of 2015-2018 may be made up until 2019-09-30, never after', () => {
    const ev = run(
      'WH19',
      [
        makeup(2016, '2019-09-30'),
        makeup(2017, '2019-10-01'),
        makeup(2014, '2019-03-01'),
        makeup(2018, '2019-03-01', 'professional'),
      ],
      {
        kind: 'application',
        level: 'intermediate',
        year: 2019,
      },
      { currentTitle: { level: 'junior', since: 2014 } },
    );
    expect(ev.years.find((y) => y.year === 2016)?.credited.public).toBe(30);
    expect(ev.years.find((y) => y.year === 2017)?.credited.public).toBe(0);
    expect(ev.trace.map((t) => t.reason)).toEqual([undefined, 'after-deadline', 'not-applicable', 'not-recognised']);
  });

  test('WH19-PRO: professional 60 h from platform courses or offline training (offline needs unit approval, WH19-AUTO)', () => {
    const ev = run(
      'WH19',
      [proCourse(40, '2019-03-01'), { kind: 'training', format: 'training', hours: 20, date: '2019-04-01' }],
      year(2019),
    );
    expect(hoursOf(ev, 2019)).toEqual([0, 60]);
    expect(ev.shortfall.professional).toBe(0);
    expect(ev.warnings.some((w) => w.code === 'unit-approval' && w.clauses.includes('WH19-AUTO'))).toBe(true);
  });

  // 二(二) “……论文著作等，均可按我市……（威人社函〔2011〕24号）有关规定折算取得相应的专业科目学时”: the paper's hours
  // are in a document not in the source. A year short of professional hours with such a paper is 无法判断 (24号 may
  // give enough); a year short of public hours is 未完成 whatever it gives (it converts to professional hours only).
  test('WH19-PRO-CONVERT: short of professional hours with an unconverted paper is 无法判断; short of public, 未完成', () => {
    const paper = { kind: 'paper', paperType: 'paper', date: '2019-03-01' };
    const pro = run('WH19', [pubCourse(30, '2019-05-01'), proCourse(56, '2019-06-01'), paper], year(2019));
    expect([pro.complete, pro.undetermined]).toEqual([false, true]);
    expect(pro.shortfall).toEqual({ public: 0, professional: 4, total: 4 });
    const pub = run('WH19', [pubCourse(20, '2019-05-01'), proCourse(56, '2019-06-01'), paper], year(2019));
    expect([pub.complete, pub.undetermined]).toEqual([false, false]);
    // 二(二) “线下培训进修……按照威人社函〔2011〕24号有关规定……进行学时申报”: 进修 too (was: “通知没有规定”).
    const visit = { kind: 'study-visit', date: '2019-08-01' };
    const v = run('WH19', [pubCourse(30, '2019-05-01'), proCourse(56, '2019-06-01'), visit], year(2019));
    expect([v.complete, v.undetermined]).toEqual([false, true]);
    expect(v.warnings.find((w) => w.code === 'not-encoded')?.message).toContain('威人社函〔2011〕24号');
    // A degree studied 2018—2021 may convert in any of its years (24号 says how; it is not in the source).
    const degree = { kind: 'degree', degreeType: 'higher', startDate: '2018-09-01', date: '2021-06-30' };
    const d = run('WH19', [pubCourse(30, '2019-05-01'), proCourse(40, '2019-06-01'), degree], year(2019));
    expect([d.complete, d.undetermined]).toEqual([false, true]);
    // A paper of another year leaves 2019 decided.
    const other = { ...paper, date: '2018-03-01' };
    const y = run('WH19', [pubCourse(30, '2019-05-01'), proCourse(56, '2019-06-01'), other], year(2019));
    expect([y.complete, y.undetermined]).toEqual([false, false]);
  });

  test('WH19-PRO-CONVERT (not encoded): papers, degrees and research results credit 0 and say the table is missing', () => {
    const ev = run('WH19', [{ kind: 'paper', paperType: 'paper', date: '2019-03-01' }], year(2019));
    expect(ev.credited.total).toBe(0);
    expect(ev.trace[0]?.reason).toBe('not-encoded');
    expect(ev.warnings.find((w) => w.code === 'not-encoded')?.message).toContain('威人社函〔2011〕24号');
    const unit = run(
      'WH19',
      [{ kind: 'unit-approved', category: 'professional', hours: 12, date: '2019-03-01' }],
      year(2019),
    );
    expect(hoursOf(unit, 2019)).toEqual([0, 12]);
  });

  test('calendar-year boundary: 31 Dec counts for that year, 1 Jan for the next', () => {
    const ev = run('WH19', [proCourse(10, '2018-12-31'), proCourse(20, '2019-01-01')], year(2019));
    expect(hoursOf(ev, 2019)).toEqual([0, 20]);
    expect(ev.trace[0]?.reason).toBe('out-of-window');
  });
});

// Readings corrected after an outside audit of the notice (issue 10); each example is worked from the quoted sentence.
describe('WH19, audited readings', () => {
  const review = (y: number) => ({ kind: 'application' as const, level: 'intermediate' as const, year: y });
  const term = (firstYear: number, lastYear: number) => ({ term: { firstYear, lastYear } });

  // 二(一) “2018年以前年份，申报专业技术职务资格评审的，任期内继续教育平均每年须达到100学时（20学分）”
  test('WH19-PRE2018: the term passes when its total reaches 100 h × its years, not when each year does', () => {
    // 任期 2015—2017：150 + 100 + 60 = 310 ≥ 3 × 100 = 300, although 2017 alone has only 60
    const acts = [proCourse(150, '2015-06-01'), proCourse(100, '2016-06-01'), proCourse(60, '2017-06-01')];
    const ok = run('WH19', acts, review(2017), term(2015, 2017));
    expect(ok.years.map((y) => y.year)).toEqual([2015, 2016, 2017]);
    expect(ok.complete).toBe(true);
    expect(ok.shortfall.total).toBe(0);
    expect(ok.termAverage).toMatchObject({
      years: [2015, 2016, 2017],
      requirement: 300,
      credited: 310,
      complete: true,
    });
    expect(ok.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/2015—2017 年.*合计不少于 300 学时/),
    );
    // 150 + 80 + 60 = 290 < 300: short 10 for the term
    const short = run(
      'WH19',
      [proCourse(150, '2015-06-01'), proCourse(80, '2016-06-01'), proCourse(60, '2017-06-01')],
      review(2017),
      term(2015, 2017),
    );
    expect(short.complete).toBe(false);
    expect(short.shortfall.total).toBe(10);
    // A paper (24号, not in the source) in 2017: the term already complete stays 完成; the term 10 short is 无法判断.
    const paper = { kind: 'paper', paperType: 'paper', date: '2017-03-01' };
    expect(run('WH19', [...acts, paper], review(2017), term(2015, 2017))).toMatchObject({
      complete: true,
      undetermined: false,
    });
    const shortPaper = run(
      'WH19',
      [proCourse(150, '2015-06-01'), proCourse(80, '2016-06-01'), proCourse(60, '2017-06-01'), paper],
      review(2017),
      term(2015, 2017),
    );
    expect(shortPaper).toMatchObject({ complete: false, undetermined: true });
    // The paper in a year complete on its own (2015: 150) counts for the term all the same (found in review).
    const early = run(
      'WH19',
      [
        proCourse(150, '2015-06-01'),
        proCourse(80, '2016-06-01'),
        proCourse(60, '2017-06-01'),
        { ...paper, date: '2015-03-01' },
      ],
      review(2017),
      term(2015, 2017),
    );
    expect(early).toMatchObject({ complete: false, undetermined: true });
  });

  // 二(一) “聘用专业技术职务资格的，上一聘期内继续教育平均每年须达到50学时（10学分）”
  test('WH19-PRE2018: appointment, 上一聘期 averages 50 h a year (2014—2016: 0 + 100 + 50 = 150 = 3 × 50)', () => {
    const acts = [proCourse(100, '2015-06-01'), proCourse(50, '2016-06-01')];
    const q = { ...review(2017), route: 'appointment' as const };
    const ev = run('WH19', acts, q, term(2014, 2016));
    expect(ev.years.map((y) => y.year)).toEqual([2014, 2015, 2016]);
    expect(ev.complete).toBe(true);
    const short = run('WH19', [proCourse(100, '2015-06-01'), proCourse(49, '2016-06-01')], q, term(2014, 2016));
    expect(short.complete).toBe(false);
    expect(short.shortfall.total).toBe(1);
  });

  // 二(一) “2018年起……每年……不少于90学时，其中公需科目不少于30学时，专业科目不少于60学时”
  test('WH19-PRE2018 + WH19-REQ: a term across 2017/2018 averages the years before 2018 and tests each year from 2018', () => {
    const before = [proCourse(120, '2016-06-01'), proCourse(80, '2017-06-01')]; // 200 = 2 × 100
    const y2018 = [pubCourse(30, '2018-05-01'), proCourse(60, '2018-06-01')];
    const ok = run('WH19', [...before, ...y2018], review(2018), term(2016, 2018));
    expect(ok.complete).toBe(true);
    expect(ok.warnings.some((w) => w.code === 'interpretation' && w.clauses.includes('WH19-PRE2018'))).toBe(true);
    // 2018 has 50 professional: the average before 2018 cannot make up for it
    const short = run(
      'WH19',
      [...before, pubCourse(30, '2018-05-01'), proCourse(50, '2018-06-01')],
      review(2018),
      term(2016, 2018),
    );
    expect(short.complete).toBe(false);
    expect(short.years.find((y) => y.year === 2018)?.shortfall.professional).toBe(10);
  });

  // 二(一) “100学时（20学分）”: 1 学分 = 5 学时 before 2018; no conversion is given for later years
  test('WH19-PRE2018: records in 学分 before 2018 convert at 100 学时 = 20 学分; from 2018 they need 学时', () => {
    const credits = {
      kind: 'online-course',
      title: '专业课',
      category: 'professional',
      credits: 20,
      date: '2016-06-01',
    };
    const ev = run('WH19', [credits], year(2016));
    expect(hoursOf(ev, 2016)).toEqual([0, 100]);
    const later = run('WH19', [{ ...credits, date: '2019-06-01' }], year(2019));
    expect(hoursOf(later, 2019)).toEqual([0, 0]);
    expect(later.trace[0]?.reason).toBe('needs-input');
  });

  // 一(一) “达到 2000 积分的，折算为 5 学时”
  test('WH19-XXQG: at most 5 h a year however many point records are entered', () => {
    const pts = (points: number) => ({ kind: 'xuexi-qiangguo', year: 2019, points });
    const ev = run('WH19', [pts(2000), pts(2600), pts(3100)], year(2019));
    expect(hoursOf(ev, 2019)).toEqual([5, 0]);
  });
});

// Third audit (review of WH19 / LY17 against the code).
describe('WH19, third audit', () => {
  const assoc = (y: number) => ({ kind: 'application' as const, level: 'associate-senior' as const, year: y });

  // 二(一) “……申报评定上一级资格，每年参加继续教育学习累计应不少于90学时……”; “任期内继续教育平均每年……”:
  // the years checked are the 任期, which the notice does not name; without a term or title year they are unknown.
  test('WH19-REQ: an application with neither 任期 nor 取得现职称年度 asks for them (无法判断), not 2019 alone', () => {
    const acts = [pubCourse(30, '2019-05-01'), proCourse(60, '2019-06-01')];
    const ev = run('WH19', acts, assoc(2019));
    expect(ev.complete).toBe(false);
    expect(ev.undetermined).toBe(true);
    const ask = ev.warnings.find((w) => w.code === 'needs-input');
    expect(ask?.message).toMatch(/取得现职称的年度/);
    expect(ask?.message).toMatch(/任期/);
    // the answer decides: title since 2018 → 2018 is empty → 未完成; since 2019 → 完成
    const since = (y: number) => ({ currentTitle: { level: 'intermediate' as const, since: y } });
    expect(run('WH19', acts, assoc(2019), since(2018))).toMatchObject({ complete: false, undetermined: false });
    expect(run('WH19', acts, assoc(2019), since(2019))).toMatchObject({ complete: true, undetermined: false });
  });
});

describe('WH19, third audit: make-up', () => {
  // A 2019 application (the make-ups are done in 2019; an earlier application counts nothing done after its year),
  // 任期 2016–2017, checked through 2019: 2018 and 2019 are complete on their own, the averaged years are the test.
  const assoc2019 = { kind: 'application' as const, level: 'associate-senior' as const, year: 2019 };
  const term1617 = { term: { firstYear: 2016, lastYear: 2017 } };
  const full = (y: number) => [pubCourse(30, `${y}-05-01`), proCourse(60, `${y}-06-01`)];
  // 一(一) “2015 年-2018 年度未完成当年公需科目学习的专业技术人员，可继续登录服务平台进行补学”:
  // a make-up is for a year whose public study is not complete, so it counts only for what that year still lacks.
  const base = [
    pubCourse(30, '2016-05-01'),
    proCourse(60, '2016-06-01'),
    proCourse(70, '2017-06-01'),
    makeup(2017, '2019-05-02'),
    ...full(2018),
    ...full(2019),
  ];
  test('WH19-MAKEUP: a make-up for 2017 (no public study that year) counts: 30 + 60 + 70 + 30 = 190 < 200', () => {
    const ev = run('WH19', base, assoc2019, term1617);
    expect(ev.termAverage?.credited).toBe(190);
    expect(ev).toMatchObject({ complete: false, undetermined: false });
  });
  test('WH19-MAKEUP: a make-up for 2016, whose public study (30) is complete, adds nothing: still 190, not 220 完成', () => {
    const ev = run('WH19', [...base, makeup(2016, '2019-05-01')], assoc2019, term1617);
    expect(ev.termAverage?.credited).toBe(190);
    expect(hoursOf(ev, 2016)).toEqual([30, 60]);
    expect(ev.complete).toBe(false);
    expect(ev.warnings.some((w) => w.clauses.includes('WH19-MAKEUP') && /补学只补足/.test(w.message))).toBe(true);
  });
  test('WH19-MAKEUP: 2016 public study 20 + a 30 h make-up for 2016 → 2016 public 30 (the make-up fills the 10 lacking)', () => {
    const ev = run(
      'WH19',
      [pubCourse(20, '2016-05-01'), makeup(2016, '2019-05-01'), ...full(2018)],
      assoc2019,
      term1617,
    );
    expect(hoursOf(ev, 2016)).toEqual([30, 0]);
  });
});

describe('WH19, third audit: a “make-up” for its own year', () => {
  // 一(一) “2015 年-2018 年度未完成当年公需科目学习的……可……补学”: a make-up is for an earlier year (same treatment as LY17)
  test('WH19-MAKEUP: a “make-up” for 2019 done in 2019 is not a make-up; it says to enter it as that year’s study', () => {
    const ev = run('WH19', [makeup(2019, '2019-05-01')], year(2019));
    expect(hoursOf(ev, 2019)).toEqual([0, 0]);
    expect(ev.trace[0]?.reason).toBe('not-applicable');
    expect(ev.trace[0]?.steps.map((s) => s.text).join('')).toMatch(/不是补学.*网络课程/);
  });
});

describe('WH19, third audit: averaged-term figures add up', () => {
  // 二(一) “2018年以前年份，申报专业技术职务资格评审的，任期内继续教育平均每年须达到100学时”: 任期 2016—2017,
  // professional 170 + 20 = 190 < 2 × 100. 2016's surplus 70 carries to 2017 through the average, so 2017 counts 90, short 10.
  const ev = run(
    'WH19',
    [proCourse(170, '2016-05-01'), proCourse(20, '2017-05-01')],
    { kind: 'application', level: 'associate-senior', year: 2017 },
    { term: { firstYear: 2016, lastYear: 2017 } },
  );
  test('WH19-PRE2018: each averaged year’s row has requirement − counted = shortfall, and the rows sum to the term', () => {
    const rows = ev.years.map((y) => [y.year, y.requirement?.total, y.counted.total, y.shortfall.total]);
    expect(rows).toEqual([
      [2016, 100, 100, 0],
      [2017, 100, 90, 10],
    ]);
    expect(ev.shortfall.total).toBe(10);
    expect(ev.needed).toBe(10);
    expect(ev.counted.total).toBe(190);
  });
  test('WH19-PRE2018: the explanation names the averaged test, not “逐年达标” / “超出当年要求的学时不跨年”', () => {
    const text = renderTrace(ev);
    expect(text).not.toMatch(/超出当年要求的学时不跨年/);
    expect(text).toMatch(/审验年度：2016、2017（任期年平均合并检验/);
    expect(text).toMatch(/2017 年：.*合计 20；要求 合计 100.*计入要求 90.*差 合计 10/);
  });
});

// Fifth audit: the years an application looks at (past-years.ts termWindow), where the evaluator said 完成.
describe('WH19, the years an application looks at (fifth audit)', () => {
  const training = (date: string, hours: number) => ({ kind: 'training', format: 'training', date, hours });
  const y9030 = (y: number) => [pubCourse(30, `${y}-05-01`), proCourse(60, `${y}-06-01`)];
  // 二(一) “聘用专业技术职务资格的，上一聘期内继续教育平均每年须达到50学时（10学分）”
  test('WH19-PRE2018: an appointment without its 上一聘期 asks for it (was: 2012–2019 averaged from the title year, 完成)', () => {
    const acts = [training('2012-06-01', 300), ...y9030(2018), ...y9030(2019)];
    const q = {
      kind: 'application',
      level: 'associate-senior',
      year: 2019,
      route: 'appointment',
      asOf: '2019-12-31',
    } as const;
    const ev = run('WH19', acts, q, { currentTitle: { level: 'intermediate', since: 2012 } });
    expect(ev).toMatchObject({ complete: false, undetermined: true });
    expect(ev.warnings.some((w) => /聘任看的是聘期/.test(w.message))).toBe(true);
  });
  // 二(一) “2018年起，专业技术人员聘任专业技术职务或申报评定上一级资格，每年参加继续教育学习累计应不少于90学时……”
  test('WH19-REQ: a 2020 review application with a 任期 that ended in 2017 is checked through 2020 (was: 2015–2017 only, 完成)', () => {
    const q = { kind: 'application', level: 'associate-senior', year: 2020, asOf: '2020-12-31' } as const;
    const profile = {
      currentTitle: { level: 'intermediate' as const, since: 2015 },
      term: { firstYear: 2015, lastYear: 2017 },
    };
    const ev = run('WH19', [training('2015-06-01', 300)], q, profile);
    expect(ev.years.map((y) => y.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    expect(ev.complete).toBe(false);
    const done = run('WH19', [training('2015-06-01', 300), ...y9030(2018), ...y9030(2019), ...y9030(2020)], q, profile);
    expect(done.complete).toBe(true);
  });
  // Sixth audit: the 聘任 route had kept the 上一聘期 alone, and a 任期 past the application year asked for years to come.
  test('WH19-REQ: a 2020 appointment after a 上一聘期 that ended in 2017 is checked through 2019 too (was: 2015–2017 only, 完成)', () => {
    const q = {
      kind: 'application',
      level: 'associate-senior',
      year: 2020,
      route: 'appointment',
      asOf: '2020-12-31',
    } as const;
    const profile = { term: { firstYear: 2015, lastYear: 2017 } };
    // 上一聘期 2015—2017 averages 50 h (WH19-PRE2018 聘任); 2018 and 2019 have nothing, and “每年” asks 90 of each.
    const acts = [training('2015-06-01', 50), training('2016-06-01', 50), training('2017-06-01', 50)];
    const ev = run('WH19', acts, q, profile);
    expect(ev.years.map((y) => y.year)).toEqual([2015, 2016, 2017, 2018, 2019]);
    expect(ev).toMatchObject({ complete: false, undetermined: false });
    expect(ev.shortfall).toEqual({ public: 60, professional: 120, total: 180 });
    const done = run('WH19', [...acts, ...y9030(2018), ...y9030(2019)], q, profile);
    expect(done.complete).toBe(true);
    // The usual case: the 上一聘期 ends the year before the appointment; the appointment year itself is not asked.
    const usual = run('WH19', [...y9030(2018), ...y9030(2019)], q, { term: { firstYear: 2018, lastYear: 2019 } });
    expect(usual.years.map((y) => y.year)).toEqual([2018, 2019]);
    expect(usual.complete).toBe(true);
  });
  test('WH19-REQ: a 任期 running past the application year is checked up to that year (was: 2020 and 2021 asked of a 2019 application, 未完成)', () => {
    const q = { kind: 'application', level: 'associate-senior', year: 2019, asOf: '2019-12-31' } as const;
    const ev = run('WH19', [...y9030(2018), ...y9030(2019)], q, { term: { firstYear: 2018, lastYear: 2021 } });
    expect(ev.years.map((y) => y.year)).toEqual([2018, 2019]);
    expect(ev).toMatchObject({ complete: true, undetermined: false });
  });
  test('WH19-REQ: a 任期 or 聘期 that starts after the application year, or a 聘期 ending after the appointment, is asked about', () => {
    const review = { kind: 'application', level: 'associate-senior', year: 2019, asOf: '2019-12-31' } as const;
    const late = run('WH19', y9030(2019), review, { term: { firstYear: 2020, lastYear: 2022 } });
    expect(late).toMatchObject({ complete: false, undetermined: true });
    const appoint = { ...review, route: 'appointment' } as const;
    const running = run('WH19', [...y9030(2018), ...y9030(2019)], appoint, {
      term: { firstYear: 2018, lastYear: 2021 },
    });
    expect(running).toMatchObject({ complete: false, undetermined: true });
    expect(running.warnings.some((w) => /聘期/.test(w.message))).toBe(true);
  });
  test('WH19-REQ: a title year after the application year is asked about (was: the application year alone, 完成)', () => {
    const q = { kind: 'application', level: 'associate-senior', year: 2019, asOf: '2019-12-31' } as const;
    const ev = run('WH19', y9030(2019), q, { currentTitle: { level: 'intermediate', since: 2022 } });
    expect(ev).toMatchObject({ complete: false, undetermined: true });
  });
});

// 一(一) “2015 年-2018 年度未完成当年公需科目学习的专业技术人员，可继续登录服务平台进行补学”: two make-ups for one year
// (20 h + 10 h, no other public study that year) fill it to 30 — each was cut as if the other were the year's own study.
test('WH19-MAKEUP: two make-ups for 2018 (20 + 10, no other 2018 public study) fill 2018 public to 30 (was 10, 未完成)', () => {
  const two = [
    { ...makeup(2018, '2019-05-01'), hours: 20 },
    { ...makeup(2018, '2019-05-02'), hours: 10 },
  ];
  const ev = run('WH19', [...two, proCourse(60, '2018-06-01')], { kind: 'year', year: 2018, asOf: '2019-12-31' });
  expect(hoursOf(ev, 2018)).toEqual([30, 60]);
  expect(ev.complete).toBe(true);
  // With 25 h of the year's own public study, the two still fill only to 30, not 55.
  const own = run('WH19', [...two, pubCourse(25, '2018-05-01'), proCourse(60, '2018-06-01')], {
    kind: 'year',
    year: 2018,
  });
  expect(hoursOf(own, 2018)).toEqual([30, 60]);
});
