// Worked examples for LY17 (临沂 2017). Figures from the notice text (notice.txt in the notice folder).
import { describe, expect, test } from 'vitest';
import { hoursOf, makeup, run, year } from '../helpers.ts';

const course = (category: string, hours: number, date: string) => ({
  kind: 'online-course',
  title: 'c',
  category,
  hours,
  date,
});
const fl = (grade: string, score: number | undefined, date = '2017-04-15', extra = {}) => ({
  kind: 'foreign-language-exam',
  grade,
  ...(score === undefined ? {} : { score }),
  date,
  ...extra,
});

describe('LY17', () => {
  test('LY17-REQ: 90 h = public 30 + professional 60, both must be met', () => {
    expect(
      run('LY17', [course('public', 30, '2017-05-01'), course('professional', 60, '2017-06-01')], year(2017)).complete,
    ).toBe(true);
    const lop = run('LY17', [course('public', 20, '2017-05-01'), course('professional', 80, '2017-06-01')], year(2017));
    expect(lop.credited.total).toBe(100);
    expect(lop.complete).toBe(false);
    expect(lop.shortfall.public).toBe(10);
  });

  test('LY17-FL: score >= 60 gives A 30 / B 20 / C 10 public h, once (boundary 59 / 60, national standard)', () => {
    expect(hoursOf(run('LY17', [fl('A', 60)], year(2017)), 2017)).toEqual([30, 0]);
    expect(hoursOf(run('LY17', [fl('B', 75)], year(2017)), 2017)).toEqual([20, 0]);
    expect(hoursOf(run('LY17', [fl('C', 90)], year(2017)), 2017)).toEqual([10, 0]);
    const low = run('LY17', [fl('A', 59)], year(2017));
    expect(hoursOf(low, 2017)).toEqual([0, 0]);
    expect(low.trace[0]?.reason).toBe('below-score');
    expect(
      hoursOf(run('LY17', [fl('B', 59, '2017-04-15', { passedNationalStandard: true })], year(2017)), 2017),
    ).toEqual([20, 0]);
    const twice = run('LY17', [fl('C', 70, '2017-04-15'), fl('A', 70, '2017-10-15')], year(2017));
    expect(hoursOf(twice, 2017)).toEqual([30, 0]);
    expect(twice.trace[0]?.reason).toBe('duplicate');
  });

  test('LY17-PC: 5 public h per computer module, at most 30 h (6 modules reach the cap exactly, the 7th adds nothing)', () => {
    const mods = (k: number) =>
      Array.from({ length: k }, (_, i) => ({ kind: 'computer-exam', module: `m${i}`, date: '2017-06-01' }));
    expect(hoursOf(run('LY17', mods(1), year(2017)), 2017)).toEqual([5, 0]);
    const six = run('LY17', mods(6), year(2017));
    expect(hoursOf(six, 2017)).toEqual([30, 0]);
    expect(six.trace.every((t) => t.status === 'credited')).toBe(true);
    const seven = run('LY17', mods(7), year(2017));
    expect(hoursOf(seven, 2017)).toEqual([30, 0]);
    expect(seven.trace.filter((t) => t.reason === 'cap')).toHaveLength(1);
  });

  test('LY17-EXAM-YEAR: exam hours count only in the exam year', () => {
    const ev = run('LY17', [fl('A', 80, '2017-04-15')], year(2018));
    expect(hoursOf(ev, 2018)).toEqual([0, 0]);
    expect(ev.trace[0]?.reason).toBe('out-of-window');
    expect(run('LY17', [fl('A', 80, '2016-04-15')], year(2016)).trace[0]?.reason).toBe('not-in-force');
  });

  test('LY17-PUB: passing the public course gives 30 h and completes the public part', () => {
    const ev = run('LY17', [{ kind: 'public-certificate', date: '2017-07-01' }], year(2017));
    expect(hoursOf(ev, 2017)).toEqual([30, 0]);
    expect(ev.shortfall.public).toBe(0);
  });

  test('LY17-PRO: professional >= 60 h from platform courses and special training; conversions (临人社办发〔2016〕55号) not encoded', () => {
    const ev = run(
      'LY17',
      [
        course('professional', 40, '2017-05-01'),
        { kind: 'training', format: 'training', hours: 20, date: '2017-08-01' },
      ],
      year(2017),
    );
    expect(hoursOf(ev, 2017)).toEqual([0, 60]);
    expect(ev.shortfall.professional).toBe(0);
    const pat = run('LY17', [{ kind: 'patent', patentType: 'invention', rank: 1, date: '2017-03-01' }], year(2017));
    expect(pat.trace[0]?.reason).toBe('not-encoded');
    expect(pat.warnings.find((w) => w.code === 'not-encoded')?.message).toContain('临人社办发〔2016〕55号');
  });

  // 二(二)3 “培训进修、自学及科研成果和论文著作等可折算为专业类学时。具体的折算标准……按照……临人社办发〔2016〕55号……
  // 执行”: with 40 professional hours and a paper, 2017 is 无法判断, not 未完成 — 55号 is not in the source.
  test('LY17-PRO: a year short of professional hours with an unconverted paper (55号) is 无法判断', () => {
    const acts = [course('public', 30, '2017-04-01'), course('professional', 40, '2017-05-01')];
    const paper = { kind: 'paper', paperType: 'paper', date: '2017-07-01' };
    expect(run('LY17', acts, year(2017))).toMatchObject({ complete: false, undetermined: false });
    const ev = run('LY17', [...acts, paper], year(2017));
    expect(ev).toMatchObject({ complete: false, undetermined: true });
    expect(ev.warnings.find((w) => w.code === 'not-encoded')?.message).toContain('临人社办发〔2016〕55号');
  });

  // 二(一)1 “根据……（鲁人社字〔2016〕269号）规定，……考试合格的，其成绩可作为当年度公需科目学习内容之一，登记继续
  // 教育学时。据此规定，……参加2017年度职称外语考试……”: the notice gives the hours for 2017's exams only. A 2016
  // exam is registered under 269号 too, by numbers not in the source: a 2016 short only of public hours is 无法判断.
  test('LY17-FL, LY17-PC: an exam outside 2017 (鲁人社字〔2016〕269号) leaves a year short only of public hours 无法判断', () => {
    const pro = course('professional', 60, '2016-06-01');
    expect(run('LY17', [pro], year(2016))).toMatchObject({ complete: false, undetermined: false });
    const exam = run('LY17', [pro, fl('B', 70, '2016-05-01')], year(2016));
    expect(exam).toMatchObject({ complete: false, undetermined: true });
    expect(exam.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/2016 年度.*鲁人社字〔2016〕269号/),
    );
    const pc = { kind: 'computer-exam', module: 'Word', date: '2016-05-01' };
    expect(run('LY17', [pro, pc], year(2016))).toMatchObject({ complete: false, undetermined: true });
    // Short of professional hours too: the exam cannot make that up.
    const both = run('LY17', [course('professional', 50, '2016-06-01'), fl('B', 70, '2016-05-01')], year(2016));
    expect(both).toMatchObject({ complete: false, undetermined: false });
  });

  test('LY17-MAKEUP: 2015 and 2016 hours may be made up until 2017-12-31 (31 Dec counts, 1 Jan 2018 does not)', () => {
    const ev = run(
      'LY17',
      [
        makeup(2016, '2017-12-31'),
        makeup(2015, '2018-01-01'),
        makeup(2015, '2017-11-01', 'professional'),
        // professional make-up needs 2017 itself complete and a 市属 person (see the audited readings below)
        course('public', 30, '2017-05-01'),
        course('professional', 60, '2017-06-01'),
      ],
      // A 2018 application: one in 2017 counts nothing done after 2017 anyway (the sixth audit below).
      {
        kind: 'application',
        level: 'intermediate',
        year: 2018,
      },
      { currentTitle: { level: 'junior', since: 2015 }, affiliation: 'city' },
    );
    expect(ev.years.find((y) => y.year === 2016)?.credited.public).toBe(30);
    expect(ev.years.find((y) => y.year === 2015)?.credited).toEqual({ public: 0, professional: 30, total: 30 });
    expect(ev.trace[1]?.reason).toBe('after-deadline');
  });

  test('LY17-NO-MAKEUP-2018: from 2018 each year’s hours must be earned in that year', () => {
    const ev = run(
      'LY17',
      [{ kind: 'makeup', category: 'public', hours: 30, date: '2019-03-01', forYear: 2018 }],
      year(2018),
    );
    expect(hoursOf(ev, 2018)).toEqual([0, 0]);
    expect(ev.trace[0]?.reason).toBe('not-applicable');
    expect(ev.complete).toBe(false);
  });
});

// Readings corrected after an outside audit of the notice (issue 10).
describe('LY17, audited readings', () => {
  const full2017 = [course('public', 30, '2017-05-01'), course('professional', 60, '2017-06-01')];
  const proMakeup = makeup(2016, '2017-10-01', 'professional');

  // 四(二) “市属专业技术人员2015和2016年度专业类学时未达到规定要求的60学时以上的，可以在确保完成本年度继续教育学时要求的基础上……补齐”
  test('LY17-MAKEUP: professional make-up counts for 市属 staff who completed 2017', () => {
    const ev = run('LY17', [...full2017, proMakeup], year(2016), { affiliation: 'city' });
    expect(hoursOf(ev, 2016)).toEqual([0, 30]);
  });

  // 四(二) “在确保完成本年度继续教育学时要求的基础上”: when 2017 itself is 无法判断 (50 专业 and a paper under 55号),
  // so is whether the 补修 counts — and with it 2016 (found in review).
  test('LY17-MAKEUP: when 2017 is undecided, the professional make-up waits, and 2016 is 无法判断', () => {
    const own2016 = [course('public', 30, '2016-05-01'), course('professional', 30, '2016-06-01')];
    const y2017 = [course('public', 30, '2017-05-01'), course('professional', 50, '2017-06-01')];
    const paper = { kind: 'paper', paperType: 'paper', date: '2017-09-01' };
    const ev = run('LY17', [...own2016, ...y2017, paper, proMakeup], year(2016), { affiliation: 'city' });
    expect(hoursOf(ev, 2016)).toEqual([30, 30]);
    expect(ev).toMatchObject({ complete: false, undetermined: true });
    // Without the paper 2017 is short: the make-up does not count, and 2016 is 未完成.
    const short = run('LY17', [...own2016, ...y2017, proMakeup], year(2016), { affiliation: 'city' });
    expect(short).toMatchObject({ complete: false, undetermined: false });
  });

  // 四(二) “……可以在确保完成本年度继续教育学时要求的基础上，……综合运用培训进修、自学及科研成果和论文著作形式等
  // 补齐每年60个学时的基本要求”: a 2017 paper (55号, not in the source) may make up 2016 (found in review).
  test('LY17-MAKEUP: a 2017 paper may make up 2015 or 2016 for 市属 staff — those years short of professional hours are 无法判断', () => {
    const own2016 = [course('public', 30, '2016-05-01'), course('professional', 30, '2016-06-01')];
    const paper = { kind: 'paper', paperType: 'paper', date: '2017-09-01' };
    const city = run('LY17', [...own2016, ...full2017, paper], year(2016), { affiliation: 'city' });
    expect(city).toMatchObject({ complete: false, undetermined: true });
    // A paper of 2018 is too late (“补修的时间均截止到2017年12月31日”).
    const late = run('LY17', [...own2016, ...full2017, { ...paper, date: '2018-01-02' }], year(2016), {
      affiliation: 'city',
    });
    expect(late).toMatchObject({ complete: false, undetermined: false });
  });

  // Two 补修 waiting on an undecided 2017, for 2015 (30) and 2016 (20): each year gets its own (third review).
  test('LY17-MAKEUP: make-ups for two years waiting on an undecided 2017 stay apart', () => {
    const acts = [
      course('public', 30, '2015-06-01'),
      course('professional', 10, '2015-06-01'),
      course('public', 30, '2016-06-01'),
      course('professional', 40, '2016-06-01'),
      course('public', 30, '2017-06-01'),
      course('professional', 50, '2017-06-01'),
      { kind: 'paper', paperType: 'paper', date: '2018-03-01' },
      { kind: 'self-study', startDate: '2017-03-01', date: '2018-07-01' },
      makeup(2015, '2017-11-20', 'professional'),
      { ...makeup(2016, '2017-11-21', 'professional'), hours: 20 },
    ];
    const city = { affiliation: 'city' as const };
    // 2015: 10 + 30 < 60 whatever happens (no 2015 conversion in reach of a 2018 paper; the 自学 spans 2017—2018).
    expect(run('LY17', acts, year(2015), city)).toMatchObject({ complete: false, undetermined: false });
    // 2016: 40 + 20 = 60 if the 补修 counts.
    expect(run('LY17', acts, year(2016), city)).toMatchObject({ complete: false, undetermined: true });
  });

  test('LY17-MAKEUP: not when 2017 itself is incomplete (professional 59 < 60)', () => {
    const acts = [course('public', 30, '2017-05-01'), course('professional', 59, '2017-06-01'), proMakeup];
    const ev = run('LY17', acts, year(2016), { affiliation: 'city' });
    expect(hoursOf(ev, 2016)).toEqual([0, 0]);
    expect(ev.trace.find((e) => e.kind === 'makeup')?.reason).toBe('below-threshold');
  });

  // 四(二) “县区专业技术人员专业科目的补修工作，按照县区人力资源和社会保障部门的规定执行”
  test('LY17-MAKEUP: 县区 staff follow their county; unknown affiliation is asked, not assumed', () => {
    const county = run('LY17', [...full2017, proMakeup], year(2016), { affiliation: 'county' });
    expect(hoursOf(county, 2016)).toEqual([0, 0]);
    // not refused: the county's rules are not in the notice (third audit, below) — not counted, and asked
    expect(county.trace.find((e) => e.kind === 'makeup')?.reason).toBe('needs-input');
    const unknown = run('LY17', [...full2017, proMakeup], year(2016));
    expect(hoursOf(unknown, 2016)).toEqual([0, 0]);
    expect(unknown.trace.find((e) => e.kind === 'makeup')?.reason).toBe('needs-input');
    // 2016 with 30 + 30 of its own: the make-up decides it, and whether it counts depends on the affiliation
    // not given (市属: yes, 2017 being complete; 县区: the county's rules) — 无法判断, not 未完成.
    const own2016 = [course('public', 30, '2016-05-01'), course('professional', 30, '2016-06-01')];
    const asked = run('LY17', [...own2016, ...full2017, proMakeup], year(2016));
    expect(asked).toMatchObject({ complete: false, undetermined: true });
    expect(asked.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/市属.*县区/));
    // public make-up has neither condition (四(一))
    const pub = run('LY17', [makeup(2016, '2017-10-01')], year(2016), { affiliation: 'county' });
    expect(hoursOf(pub, 2016)).toEqual([30, 0]);
  });

  // 二(一)1 “每个考试模块一次性计5学时”
  test('LY17-PC: the same module passed twice counts once', () => {
    const pc = (module: string, date: string) => ({ kind: 'computer-exam', module, date });
    const ev = run(
      'LY17',
      [pc('Word 2003', '2017-03-01'), pc('Word 2003', '2017-09-01'), pc('Excel 2003', '2017-09-01')],
      year(2017),
    );
    expect(hoursOf(ev, 2017)).toEqual([10, 0]);
  });
});

describe('LY17, second audit', () => {
  // 二(一)2 公需科目培训“由市人力资源和社会保障部门……统一组织实施”，在 upol.cn 学习
  test('LY17-PUB: a public course from another region’s known platform does not count', () => {
    const other = {
      ...course('public', 30, '2017-05-01'),
      source: { kind: 'platform', platform: 'yxlearning', host: 'sdwh-gxk.yxlearning.com', externalId: 'x' },
    };
    const ev = run('LY17', [other], year(2017));
    expect(hoursOf(ev, 2017)).toEqual([0, 0]);
    expect(ev.trace[0]?.reason).toBe('wrong-region');
  });

  // 四 the make-up arrangements open with this 2017 notice
  test('LY17-MAKEUP: a make-up finished before 2017 is not under this notice', () => {
    const ev = run('LY17', [makeup(2015, '2016-10-01')], year(2015));
    expect(hoursOf(ev, 2015)).toEqual([0, 0]);
  });

  // 二(二) “县区所属单位的专业科目培训工作，按照各县区人力资源和社会保障部门的安排执行”
  test('LY17-PRO: county staff are told their county’s arrangements decide professional training', () => {
    const ev = run('LY17', [course('professional', 60, '2017-06-01')], year(2017), { affiliation: 'county' });
    expect(ev.warnings.some((w) => w.code === 'unit-approval' && w.clauses.includes('LY17-PRO'))).toBe(true);
    const city = run('LY17', [course('professional', 60, '2017-06-01')], year(2017), { affiliation: 'city' });
    expect(city.warnings.some((w) => w.clauses.includes('LY17-PRO') && w.code === 'unit-approval')).toBe(false);
  });
});

// Third audit (review of WH19 / LY17 against the code).
describe('LY17, third audit', () => {
  const inter = (y: number) => ({ kind: 'application' as const, level: 'intermediate' as const, year: y });
  const full2017 = [course('public', 30, '2017-05-01'), course('professional', 60, '2017-06-01')];

  // 一 “完成继续教育学时是聘任专业技术职务或者申报评定上一级资格的重要条件”; 二 “每年累计应不少于90学时”:
  // the notice names no years for an application; without a term or title year they are unknown.
  test('LY17-REQ: an application with neither 任期 nor 取得现职称年度 asks for them (无法判断), not 2017 alone', () => {
    const ev = run('LY17', full2017, inter(2017));
    expect(ev.complete).toBe(false);
    expect(ev.undetermined).toBe(true);
    expect(ev.warnings.find((w) => w.code === 'needs-input')?.message).toMatch(
      /取得现职称的年度.*任期|任期.*取得现职称的年度/,
    );
    const since = (y: number) => ({ currentTitle: { level: 'junior' as const, since: y } });
    expect(run('LY17', full2017, inter(2017), since(2016))).toMatchObject({ complete: false, undetermined: false });
    expect(run('LY17', full2017, inter(2017), since(2017))).toMatchObject({ complete: true, undetermined: false });
  });
});

describe('LY17, third audit: county make-up', () => {
  // 四(二) “县区专业技术人员专业科目的补修工作，按照县区人力资源和社会保障部门的规定执行。”
  // The county rules are not in the notice: the make-up is neither refused nor credited; where it decides the year, 无法判断.
  const y2017 = [course('public', 30, '2017-05-01'), course('professional', 60, '2017-06-01')];
  const county = { affiliation: 'county' as const };
  const pro = makeup(2016, '2017-11-01', 'professional');
  test('LY17-MAKEUP: a county professional make-up that would complete 2016 (30 + 30 = 60) gives 无法判断', () => {
    const ev = run(
      'LY17',
      [course('public', 30, '2016-05-01'), course('professional', 30, '2016-06-01'), pro, ...y2017],
      year(2016),
      county,
    );
    expect(ev).toMatchObject({ complete: false, undetermined: true });
    expect(hoursOf(ev, 2016)).toEqual([30, 30]);
    expect(ev.trace.find((e) => e.kind === 'makeup')?.reason).toBe('needs-input');
    expect(ev.warnings.some((w) => w.clauses.includes('LY17-MAKEUP') && /县区/.test(w.message))).toBe(true);
  });
  test('LY17-MAKEUP: where it cannot decide, the answer stands (60 already → 完成; 0 + 30 < 60 → 未完成)', () => {
    const done = [course('public', 30, '2016-05-01'), course('professional', 60, '2016-06-01'), pro];
    expect(run('LY17', done, year(2016), county)).toMatchObject({ complete: true, undetermined: false });
    const far = [course('public', 30, '2016-05-01'), pro];
    expect(run('LY17', far, year(2016), county)).toMatchObject({ complete: false, undetermined: false });
  });
});

describe('LY17, fourth audit: a public make-up fills only what its year lacks', () => {
  // 四 “在“课程超市”的“公需课”列表中的课题中选取2015年或2016年的补修科目……2015年和2016年已全部完成或完成了其中1个年度
  // 公需科目的专业技术人员，可以不再补修已完成年度的课题”: the make-up is that year's own public topic; taken again for a
  // year already complete it adds nothing (the same reading as WH19-MAKEUP).
  test('LY17-MAKEUP: 2016 public 30 (complete) + a 30 h public make-up for 2016 → 2016 public 30, not 60', () => {
    const ev = run('LY17', [course('public', 30, '2016-05-01'), makeup(2016, '2017-10-01')], year(2016));
    expect(hoursOf(ev, 2016)).toEqual([30, 0]);
    expect(ev.warnings.some((w) => w.clauses.includes('LY17-MAKEUP') && /补修只补足/.test(w.message))).toBe(true);
  });
  test('LY17-MAKEUP: 2016 public 10 + a 30 h make-up for 2016 → 2016 public 30 (the year’s topic, taken whole)', () => {
    const ev = run('LY17', [course('public', 10, '2016-05-01'), makeup(2016, '2017-10-01')], year(2016));
    expect(hoursOf(ev, 2016)).toEqual([30, 0]);
  });
  // Sixth audit: the make-up fills what the year lacks, up to its public requirement (LY17-REQ 公需 30): 20 + 10 = 30,
  // where “the larger of the two” gave 20 and a 未完成 — against its own message (“只补足……缺的部分”).
  test('LY17-MAKEUP: 2016 public 20 + a 10 h make-up for 2016 → 2016 public 30, complete (was: 20)', () => {
    const m10 = { ...makeup(2016, '2017-10-01'), hours: 10 };
    const pro = course('professional', 60, '2016-06-01');
    const ev = run('LY17', [course('public', 20, '2016-05-01'), m10, pro], year(2016));
    expect(hoursOf(ev, 2016)).toEqual([30, 60]);
    expect(ev.complete).toBe(true);
    // Above the requirement a make-up adds nothing more: 0 + 50 → 30.
    const m50 = { ...makeup(2016, '2017-10-01'), hours: 50 };
    expect(hoursOf(run('LY17', [m50], year(2016)), 2016)).toEqual([30, 0]);
  });
});

describe('LY17, third audit: a “make-up” for its own year', () => {
  // 四 “自2018年起，不再安排类似的补修……公需类和专业类学时必须在当年度完成”: a record made up in the year it is for
  // is not a 补修; it used to count unchecked (an other-region platform's public course counted 30 h this way).
  test('LY17-NO-MAKEUP-2018: a public “make-up” for 2018 done in 2018 is not a make-up — never counted, whatever the platform', () => {
    const src = (host: string) => ({ kind: 'platform', platform: 'p', host, externalId: host });
    const other = { ...makeup(2018, '2018-05-01'), source: src('sdwh-gxk.yxlearning.com') };
    const local = { ...makeup(2018, '2018-05-01'), source: src('www.upol.cn') };
    for (const m of [other, local]) {
      const ev = run('LY17', [m], year(2018));
      expect(hoursOf(ev, 2018)).toEqual([0, 0]);
      expect(ev.trace[0]?.reason).toBe('not-applicable');
      expect(ev.trace[0]?.steps.map((s) => s.text).join('')).toMatch(/不是补修.*网络课程/);
    }
  });
});

// Sixth audit: 四 “特就2015和2016年度继续教育学时的补修工作做如下安排……补修的时间均截止到2017年12月31日”.
// A 2016 application was made in 2016: hours made up in 2017 for 2016 were not there when it was made.
describe('LY17, an application counts what was done by the end of its year (sixth audit)', () => {
  const app2016 = { kind: 'application', level: 'intermediate', year: 2016 } as const;
  const profile = { affiliation: 'city' as const, currentTitle: { level: 'junior' as const, since: 2015 } };
  const own = [
    course('public', 30, '2015-05-01'),
    course('professional', 60, '2015-06-01'),
    course('professional', 60, '2016-06-01'),
  ];
  test('LY17-MAKEUP: a 2017 补修 for 2016 does not complete a 2016 application (was: 完成)', () => {
    const ev = run('LY17', [...own, makeup(2016, '2017-10-01')], app2016, profile);
    expect(ev).toMatchObject({ complete: false, undetermined: false });
    expect(ev.shortfall).toEqual({ public: 30, professional: 0, total: 30 });
    expect(ev.asOf).toBe('2016-12-31');
    expect(ev.trace.find((e) => e.kind === 'makeup')?.reason).toBe('after-as-of');
  });
  test('LY17-MAKEUP: the same 补修 completes 2016 asked as a year, and a 2017 application', () => {
    expect(run('LY17', [...own, makeup(2016, '2017-10-01')], year(2016), profile).complete).toBe(true);
    const y2017 = [course('public', 30, '2017-05-01'), course('professional', 60, '2017-06-01')];
    const app2017 = { ...app2016, year: 2017 };
    expect(run('LY17', [...own, ...y2017, makeup(2016, '2017-10-01')], app2017, profile).complete).toBe(true);
  });
});
