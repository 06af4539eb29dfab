// Worked examples for NX19 (宁夏 2019). Figures from the notice text (notice.txt in the notice folder).
import { describe, expect, test } from 'vitest';
import { run, year } from '../helpers.ts';

const senior = { kind: 'application' as const, level: 'associate-senior' as const, year: 2019 };
const mid = { kind: 'application' as const, level: 'intermediate' as const, year: 2019 };
const online = (category: string, hours: number, date: string, host?: string) => ({
  kind: 'online-course',
  title: 'c',
  category,
  hours,
  date,
  ...(host ? { source: { kind: 'platform', platform: 'p', host, externalId: date } } : {}),
});

describe('NX19', () => {
  test('NX19-SENIOR: 2019 副高+ applications check 2014-2018, total >= 396 h with public >= 132 h', () => {
    const ok = run('NX19', [online('public', 132, '2016-05-01'), online('professional', 264, '2017-05-01')], senior);
    expect(ok.window).toMatchObject({ years: [2014, 2015, 2016, 2017, 2018], test: 'total' });
    expect(ok.requirement).toMatchObject({ total: 396, public: 132 });
    expect(ok.complete).toBe(true);
    const short = run('NX19', [online('public', 131, '2016-05-01'), online('professional', 300, '2017-05-01')], senior);
    expect(short.shortfall).toEqual({ public: 1, professional: 0, total: 0 });
    const early = run('NX19', [online('public', 132, '2013-12-31'), online('professional', 264, '2019-01-01')], senior);
    expect(early.credited.total).toBe(0);
  });

  test('NX19-MID: 2019 中级 applications check 2015-2018, total >= 324 h with public >= 108 h', () => {
    const ev = run('NX19', [online('public', 108, '2015-05-01'), online('professional', 215, '2018-05-01')], mid);
    expect(ev.window?.years).toEqual([2015, 2016, 2017, 2018]);
    expect(ev.shortfall).toEqual({ public: 0, professional: 0, total: 1 });
  });

  test('NX19-PUB: public courses from the Ningxia platform count; another region’s platform does not', () => {
    const ev = run(
      'NX19',
      [
        online('public', 20, '2016-01-01', 'nxzj.chinahrt.com'),
        online('public', 20, '2016-01-02', 'sdwh-gxk.yxlearning.com'),
      ],
      mid,
    );
    expect(ev.credited.public).toBe(20);
    expect(ev.trace[1]?.reason).toBe('wrong-region');
  });

  test('NX19-DEGREE-IN: a degree started and finished inside the period meets the period’s requirement', () => {
    const ev = run(
      'NX19',
      [{ kind: 'degree', degreeType: 'higher', startDate: '2015-09-01', date: '2018-07-01' }],
      senior,
    );
    expect(ev.complete).toBe(true);
    expect(ev.trace[0]?.status).toBe('deemed');
  });

  test('NX19-DEGREE-SPAN: a degree across the edge gives the school-certified hours; public hours still needed', () => {
    const ev = run(
      'NX19',
      [{ kind: 'degree', degreeType: 'second', startDate: '2012-09-01', date: '2016-07-01', schoolHours: 300 }],
      senior,
    );
    expect(ev.credited).toEqual({ public: 0, professional: 300, total: 300 });
    expect(ev.shortfall).toEqual({ public: 132, professional: 0, total: 96 });
    const none = run(
      'NX19',
      [{ kind: 'degree', degreeType: 'second', startDate: '2012-09-01', date: '2016-07-01' }],
      senior,
    );
    expect(none.trace[0]?.reason).toBe('needs-input');
  });

  test('NX19-TOUR: study tours, 6 professional h per day', () => {
    expect(run('NX19', [{ kind: 'study-tour', days: 5, date: '2017-05-01' }], mid).credited.professional).toBe(30);
  });

  test('NX19-TEACH: teaching continuing-education courses in 2019, 3 h per hour taught', () => {
    const ev = run('NX19', [{ kind: 'teaching', hoursTaught: 10, date: '2019-05-01' }], year(2019), {
      sector: 'general',
    });
    expect(ev.credited.professional).toBe(30);
    // 2018 teaching counts too (the standard is one the notice “继续按照”: see the audited reading below)
    const teach2018 = [{ kind: 'teaching', hoursTaught: 10, date: '2018-05-01' }];
    expect(run('NX19', teach2018, mid, { sector: 'general' }).credited.professional).toBe(30);
  });

  test('NX19-FL: where the series needs no exams, a past language pass replaces 40 public h, each computer module 10 h', () => {
    const acts = [
      { kind: 'foreign-language-exam', grade: 'B', score: 62, date: '2010-04-01' },
      { kind: 'computer-exam', module: 'Word', date: '2011-05-01' },
      { kind: 'computer-exam', module: 'Excel', date: '2011-05-01' },
    ];
    const ev = run('NX19', acts, senior, { seriesRequiresExams: false });
    expect(ev.credited.public).toBe(60);
    const req = run('NX19', acts, senior, { seriesRequiresExams: true });
    expect(req.credited.public).toBe(0);
    expect(req.trace[0]?.reason).toBe('not-applicable');
    const low = run('NX19', [{ kind: 'foreign-language-exam', grade: 'B', score: 59, date: '2010-04-01' }], senior, {
      seriesRequiresExams: false,
    });
    expect(low.trace[0]?.reason).toBe('below-score');
  });

  test('NX19-PRO (project addition): professional courses and training count their certificate hours', () => {
    const ev = run(
      'NX19',
      [
        online('professional', 40, '2016-05-01'),
        { kind: 'training', format: 'training', hours: 24, date: '2016-06-01' },
      ],
      mid,
    );
    expect(ev.credited.professional).toBe(64);
  });

  test('no rule: a 2019 junior application or a 2020 application is undetermined, not invented', () => {
    const ev = run('NX19', [], { kind: 'application', level: 'junior', year: 2019 });
    expect(ev.undetermined).toBe(true);
    expect(ev.complete).toBe(false);
    expect(ev.warnings[0]?.code).toBe('no-rule');
  });
});

// Readings corrected after an outside audit of the notice (issue 10).
describe('NX19, audited readings', () => {
  // 三(五) “必须在宁夏专业技术人员继续教育服务平台上按规定参加公需课的学习，由系统自动审核登记”
  test('NX19-PUB: public hours only from the Ningxia platform — not a certificate, not unit-approved public hours', () => {
    const base = [online('public', 132, '2016-06-01', 'nxzj.chinahrt.com'), online('professional', 264, '2017-06-01')];
    expect(run('NX19', base, senior).complete).toBe(true);
    const cert = run('NX19', [{ kind: 'public-certificate', hours: 40, date: '2016-06-01' }], senior);
    expect(cert.credited.public).toBe(0);
    const unit = run('NX19', [{ kind: 'unit-approved', category: 'public', hours: 40, date: '2016-06-01' }], senior);
    expect(unit.credited.public).toBe(0);
    // unit-approved professional hours still count (三(五): 用人单位负责对……专业课学时进行审核)
    const pro = run(
      'NX19',
      [{ kind: 'unit-approved', category: 'professional', hours: 40, date: '2016-06-01' }],
      senior,
    );
    expect(pro.credited.professional).toBe(40);
  });

  // 三(三) “对 2019 年担任继续教育培训师资的专业技术人员，继续按照授课 1 学时授予 3 学时的标准”
  test('NX19-TEACH: the standard was already in force, so teaching in 2014—2018 counts 3 h per hour taught', () => {
    const ev = run('NX19', [{ kind: 'teaching', hoursTaught: 10, date: '2018-05-01' }], senior, { sector: 'general' });
    expect(ev.credited.professional).toBe(30);
    expect(ev.warnings.some((w) => w.code === 'interpretation' && w.clauses.includes('NX19-TEACH'))).toBe(true);
    const before = run('NX19', [{ kind: 'teaching', hoursTaught: 10, date: '2013-05-01' }], year(2013), {
      sector: 'general',
    });
    expect(before.credited.professional).toBe(0);
  });
});

describe('NX19, second audit', () => {
  // 三(四) “凡以往参加过职称外语考试并达到合格标准的”: an exam after the application year is not “以往”
  test('NX19-FL: an exam taken after the application year does not replace public hours', () => {
    const exam = { kind: 'foreign-language-exam', grade: 'B', score: 70, date: '2021-04-01' };
    const ev = run('NX19', [exam], senior, { seriesRequiresExams: false });
    expect(ev.credited.public).toBe(0);
  });

  // 三(三) “（继续医学教育等有另行规定的，按原规定执行）”
  test('NX19-TEACH: health staff follow continuing medical education’s own rules, not the 1:3 standard', () => {
    const ev = run('NX19', [{ kind: 'teaching', hoursTaught: 10, date: '2018-05-01' }], senior, { sector: 'health' });
    expect(ev.credited.professional).toBe(0);
    expect(ev.trace[0]?.reason).toBe('not-encoded');
  });
});

describe('NX19, third review (qn)', () => {
  // 一(二) “把专业技术人员参与……等作为年度公需课学习的必要任务” — a yearly public task with no yearly figure
  test('NX19-YEAR: a year query is 无法判断, not 完成 on the national 90 h with no public hours', () => {
    const ev = run('NX19', [{ kind: 'training', format: 'training', hours: 90, date: '2017-03-01' }], year(2017));
    expect(ev.complete).toBe(false);
    expect(ev.undetermined).toBe(true);
    // no-rule: the calculator then offers to continue with the user's own yearly requirement
    expect(ev.warnings.some((w) => w.code === 'no-rule' && w.clauses.includes('NX19-YEAR'))).toBe(true);
    expect(ev.credited.professional).toBe(90);
    const own = { userRequirement: { region: '宁夏回族自治区', years: [{ from: 2017, public: 30, total: 90 }] } };
    const stated = run(
      'NX19',
      [{ kind: 'training', format: 'training', hours: 90, date: '2017-03-01' }],
      year(2017),
      own,
    );
    expect(stated.undetermined).toBe(false);
    expect(stated.shortfall.public).toBe(30);
  });
});

describe('NX19-TOUR for training abroad (qn review)', () => {
  // 三(三) “参加国内外考察和专业技术交流活动的,依据考察或培训的有关文件,按实际考察培训时间(路程时间除外), 每天以 6 学时折合计算专业课程培训学时。”
  const abroad = (extra: Record<string, unknown>) => ({
    kind: 'training',
    format: 'abroad',
    date: '2017-05-01',
    ...extra,
  });
  test('NX19-TOUR: a 5-day training abroad is 5 × 6 = 30 h, not the 40 on the certificate', () => {
    expect(run('NX19', [abroad({ days: 5, hours: 40 })], mid).credited.professional).toBe(30);
  });
  test('NX19-TOUR: the documents’ hours are the most it gives (5 days, document says 20 h → 20)', () => {
    expect(run('NX19', [abroad({ days: 5, hours: 20 })], mid).credited.professional).toBe(20);
  });
  // Sixth audit: “专业技术交流活动” are the ledger's 学术会议、讲座等活动 (format 'event'), converted the same way.
  test('NX19-TOUR: a 5-day academic exchange (学术会议) is 5 × 6 = 30 h, not the 50 its document states (was: 50, 完成)', () => {
    const event = { kind: 'training', format: 'event', date: '2017-05-01', days: 5, hours: 50 };
    const ev = run('NX19', [event], mid);
    expect(ev.credited.professional).toBe(30);
    expect(ev.trace[0]?.rule).toBe('NX19-TOUR');
    expect(run('NX19', [{ ...event, days: 1, hours: 3 }], mid).credited.professional).toBe(3);
    const noDays = run('NX19', [{ ...event, days: undefined }], mid);
    expect(noDays.trace[0]?.reason).toBe('needs-input');
  });
  test('NX19-TOUR: without the actual days, training abroad asks for them', () => {
    const ev = run('NX19', [abroad({ hours: 40 })], mid);
    expect(ev.credited.professional).toBe(0);
    expect(ev.trace[0]?.reason).toBe('needs-input');
    expect(ev.warnings.some((w) => w.code === 'needs-input' && w.clauses.includes('NX19-TOUR'))).toBe(true);
  });
});

describe('NX19-TEACH for other sectors (qn review)', () => {
  // 三(三) “（继续医学教育等有另行规定的，按原规定执行）” — 等: not only health
  test('NX19-TEACH: a teacher’s teaching is not converted 1:3 without asking (中小学教师 may have their own rules)', () => {
    const t = [{ kind: 'teaching', hoursTaught: 10, date: '2018-05-01' }];
    for (const sector of ['teacher', 'accountant', 'social-worker'] as const) {
      const ev = run('NX19', t, senior, { sector });
      expect([sector, ev.credited.professional]).toEqual([sector, 0]);
      expect(ev.warnings.some((w) => w.code === 'needs-input' && w.clauses.includes('NX19-TEACH'))).toBe(true);
    }
    expect(run('NX19', t, senior, { sector: 'general' }).credited.professional).toBe(30);
  });
});
