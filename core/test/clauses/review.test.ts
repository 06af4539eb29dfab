// Findings of a second, independent reading of the notices against the code (issue 10). Each case is one the
// code once answered 完成 (or with a wrong figure) where the quoted sentence says otherwise.
import { describe, expect, test } from 'vitest';
import { hoursOf, run, year } from '../helpers.ts';

const other = { kind: 'platform', platform: 'yxlearning', host: 'sddz-gxk.yxlearning.com', externalId: 'x' };
const pro = (hours: number, date: string) => ({
  kind: 'online-course',
  title: '专业课',
  category: 'professional',
  hours,
  date,
});

describe('as of a date, for leave and aid', () => {
  // QD23 四(四)4 “年度内请病假超过6个月的……不足一年的，按月份比例计算”
  test('QD23-LEAVE: by 1 Feb only the month that has passed counts, so “超过6个月” is not yet met', () => {
    const sick = { kind: 'leave', leaveType: 'sick', year: 2023, months: 12, unitApproved: true };
    const ev = run('QD23', [sick], { kind: 'year', year: 2023, asOf: '2023-02-01' });
    expect(hoursOf(ev, 2023)).toEqual([0, 0]);
    expect(ev.complete).toBe(false);
  });

  test('QD23-LEAVE / QD23-AID: dates are cut at the evaluation date (maternity 1 Jan–31 Dec as of 1 Mar: 2 months)', () => {
    const mat = {
      kind: 'leave',
      leaveType: 'maternity',
      year: 2023,
      startDate: '2023-01-01',
      endDate: '2023-12-31',
      unitApproved: true,
    };
    const ev = run('QD23', [mat], { kind: 'year', year: 2023, asOf: '2023-02-28' });
    expect(hoursOf(ev, 2023)).toEqual([5, 10]); // 30 × 2/12, 60 × 2/12
    const aid = { kind: 'aid', year: 2023, startDate: '2023-06-01', endDate: '2024-05-31' };
    expect(hoursOf(run('QD23', [aid], { kind: 'year', year: 2023, asOf: '2023-03-01' }), 2023)).toEqual([0, 0]);
  });

  // QD23 四(二) “以毕业证书、学位证书、学校出具的成绩单、结业证书为依据，在学期内每项每年登记10学时”
  test('QD23-SELF: study still in progress counts 10 h for each year already studied', () => {
    const study = { kind: 'self-study', startDate: '2019-09-01', date: '2024-06-30' };
    const ev = run('QD23', [study], { kind: 'application', level: 'intermediate', year: 2023, asOf: '2023-06-01' });
    expect(ev.years.map((y) => y.credited.professional)).toEqual([10, 10, 10, 10, 10]);
  });
});

describe('public hours only where the notice puts them', () => {
  const unitPublic = (date: string) => ({ kind: 'unit-approved', category: 'public', hours: 30, date });
  // WH19 一(二) “……均可按……有关规定折算取得相应的专业科目学时”
  test('WH19-PRO-CONVERT: unit-approved public hours do not count', () => {
    const ev = run('WH19', [unitPublic('2019-05-01'), pro(60, '2019-06-01')], year(2019));
    expect(hoursOf(ev, 2019)).toEqual([0, 60]);
    expect(ev.complete).toBe(false);
  });
  // LY17 二(二)3 “培训进修、自学及科研成果和论文著作等可折算为专业类学时”
  test('LY17-PRO: unit-approved public hours do not count', () => {
    expect(hoursOf(run('LY17', [unitPublic('2017-05-01')], year(2017)), 2017)).toEqual([0, 0]);
  });
  // QH20 五(一) “公需科目学习按专业技术人员完成网络课程时长(学时)认定学时”
  test('QH20-ONLINE: unit-approved public hours do not count', () => {
    expect(hoursOf(run('QH20', [unitPublic('2020-05-01')], year(2020)), 2020)).toEqual([0, 0]);
  });

  // WH19 一(一) “可继续登录服务平台进行补学”; LY17 四(一) upol.cn; QH20 七(六) “公需科目由“青海干部网络学院”承担”
  test('WH19-MAKEUP, LY17-MAKEUP, QH20-MAKEUP: a public make-up from another region’s platform does not count', () => {
    const mk = (forYear: number, date: string) => ({
      kind: 'makeup',
      category: 'public',
      hours: 30,
      forYear,
      date,
      source: other,
    });
    expect(hoursOf(run('WH19', [mk(2018, '2019-05-01')], year(2018)), 2018)).toEqual([0, 0]);
    expect(hoursOf(run('LY17', [mk(2016, '2017-05-01')], year(2016)), 2016)).toEqual([0, 0]);
    expect(hoursOf(run('QH20', [mk(2020, '2020-05-01')], year(2020)), 2020)).toEqual([0, 0]);
    const cert = { kind: 'public-certificate', hours: 45, date: '2020-05-01', source: other };
    expect(hoursOf(run('QH20', [cert], year(2020)), 2020)).toEqual([0, 0]);
  });

  // LY17 二(一)2 “……考核合格后，计30学时”: a certificate from another platform, or stating other hours, is not that course
  test('LY17-PUB: a certificate from another region does not count; one that states its hours counts those', () => {
    const cert = (hours: number | undefined, source?: object) => ({
      kind: 'public-certificate',
      ...(hours === undefined ? {} : { hours }),
      date: '2017-05-01',
      ...(source ? { source } : {}),
    });
    expect(hoursOf(run('LY17', [cert(10, other)], year(2017)), 2017)).toEqual([0, 0]);
    expect(hoursOf(run('LY17', [cert(10)], year(2017)), 2017)).toEqual([10, 0]);
    expect(hoursOf(run('LY17', [cert(undefined)], year(2017)), 2017)).toEqual([30, 0]);
  });
});

describe('asked, not assumed', () => {
  // NX19 三(三) “（继续医学教育等有另行规定的，按原规定执行）”
  test('NX19-TEACH: with the sector unknown, the 1:3 standard is not applied until it is given', () => {
    const teach = { kind: 'teaching', hoursTaught: 72, date: '2016-05-01' };
    const q = { kind: 'application' as const, level: 'intermediate' as const, year: 2019 };
    expect(run('NX19', [teach], q).trace[0]?.reason).toBe('needs-input');
    expect(run('NX19', [teach], q, { sector: 'general' }).credited.professional).toBe(216);
  });

  // QH20 五(二)5 “在规定时间内完成并结题的”
  test('QH20-PROJ: on-time conclusion is asked when the file does not say', () => {
    const p = {
      kind: 'research-project',
      level: 'national',
      role: 'lead',
      startDate: '2019-03-01',
      date: '2020-06-01',
    };
    expect(run('QH20', [p], year(2020)).trace[0]?.reason).toBe('needs-input');
    expect(hoursOf(run('QH20', [{ ...p, completedOnTime: true }], year(2020)), 2020)).toEqual([0, 90]);
  });

  // NX19 三(五): hours from a host several provinces share are credited, with the same request to confirm
  test('NX19-PUB: a public course from a shared host asks to confirm the platform', () => {
    const shared = { ...pro(10, '2016-05-01'), category: 'public', source: { ...other, host: 'gp.chinahrt.com' } };
    const ev = run('NX19', [shared], { kind: 'application', level: 'intermediate', year: 2019 });
    expect(ev.warnings.some((w) => w.code === 'needs-input' && w.clauses.includes('NX19-PUB'))).toBe(true);
  });
});

describe('other people’s rules, and the notice’s own dates', () => {
  // QH20 二 “全省会计人员……其公需科目和专业科目学习培训要求……均按省财政厅有关规定执行”
  test('QH20-ACCOUNTANT: an accountant’s result is 无法判断, not 完成', () => {
    const ev = run(
      'QH20',
      [{ kind: 'online-course', title: 'c', category: 'public', hours: 45, date: '2020-05-01' }, pro(90, '2020-06-01')],
      year(2020),
      {
        sector: 'accountant',
      },
    );
    expect(ev.complete).toBe(false);
    expect(ev.undetermined).toBe(true);
  });
  // QD23 五 “申报卫生……职称系列的继续教育学时认定、登记工作，分别由市卫生健康委……负责并按其规定执行”
  test('QD23-OWNRULES: a health worker’s result is 无法判断, not 完成', () => {
    const ev = run(
      'QD23',
      [{ kind: 'public-certificate', hours: 30, date: '2023-05-01' }, pro(60, '2023-06-01')],
      year(2023),
      { sector: 'health' },
    );
    expect(ev.undetermined).toBe(true);
  });
  // QD23 “本通知自下发之日起执行” (2023-02-20)
  test('QD23-WINDOW: an application before 2023 is not governed by this notice', () => {
    const ev = run('QD23', [pro(60, '2021-06-01')], { kind: 'application', level: 'intermediate', year: 2022 });
    expect(ev.undetermined).toBe(true);
  });
  // WH19 二(一) “100学时（20学分）”: the rate belongs to the year the hours are for
  test('WH19-PRE2018: a make-up for 2016 recorded in 学分 converts at the 2016 rate', () => {
    const mk = { kind: 'makeup', category: 'public', credits: 6, forYear: 2016, date: '2019-05-01' };
    expect(hoursOf(run('WH19', [mk], year(2016)), 2016)).toEqual([30, 0]);
  });
});

describe('counted against the year it is measured by', () => {
  // QH20 四(二)1 “申报初级职称人员，具备当年或上一年的继续教育培训学时”: the best year carries the figures
  test('QH20-TITLE: for “当年或上一年”, counted and credited are the chosen year’s', () => {
    const acts = [
      { kind: 'online-course', title: 'c', category: 'public', hours: 30, date: '2019-05-01' },
      pro(60, '2019-06-01'),
      { kind: 'online-course', title: 'c', category: 'public', hours: 45, date: '2020-05-01' },
    ];
    const ev = run('QH20', acts, { kind: 'application', level: 'junior', year: 2020 });
    // 2019 is chosen (nothing short of its figure), but that figure is the national one (NAT15-REQ): 无法判断.
    expect([ev.complete, ev.undetermined]).toEqual([false, true]);
    expect(ev.counted).toEqual({ public: 30, professional: 60, total: 90 });
  });
});
