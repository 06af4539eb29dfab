// Presets a person starts from when they choose 其他地区 (issue 14). Each preset's figures are checked against the
// requirement as the issue and the cited source state it, worked by hand — not read back from the module.
import { describe, expect, test } from 'vitest';
import { parseLedger, USER_PRESETS } from '../src/index.ts';
import { run, year } from './helpers.ts';

const byId = (id: string) => {
  const p = USER_PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`no preset ${id}`);
  return p;
};
const course = (category: 'public' | 'professional', hours: number, date: string) => ({
  kind: 'online-course',
  title: category === 'public' ? '公需' : '专业',
  category,
  hours,
  date,
});

describe('USER presets', () => {
  test('every preset is a valid profile.userRequirement, names its source and asks to be confirmed', () => {
    for (const p of USER_PRESETS) {
      const parsed = parseLedger({
        formatVersion: 1,
        profile: { notice: 'USER', userRequirement: p.requirement },
        activities: [],
      });
      // a preset with blanks is not usable until they are filled: the file reader refuses exactly those fields
      const refused = parsed.ok ? [] : parsed.errors.map((e) => e.path);
      expect(refused, p.id).toEqual(p.id === 'hunan' ? ['profile.userRequirement.windows[0].total'] : []);
      expect(p.requirement.source, p.id).toBeTruthy();
      expect(p.confirm, p.id).toContain('确认');
    }
  });

  test('national baseline (人社部令第25号第八条): 90 a year, professional 60; 30 public + 60 professional completes', () => {
    const p = byId('national');
    const ev = run(
      'USER' as 'WH19',
      [course('public', 30, '2024-03-01'), course('professional', 60, '2024-04-01')],
      year(2024),
      {
        notice: 'USER',
        userRequirement: p.requirement,
      },
    );
    expect(ev.requirement).toMatchObject({ total: 90, professional: 60 });
    expect(ev.complete).toBe(true);
    // 90 public hours: total met, professional short 60
    const pub = run('USER' as 'WH19', [course('public', 90, '2024-03-01')], year(2024), {
      notice: 'USER',
      userRequirement: p.requirement,
    });
    expect(pub.shortfall.professional).toBe(60);
  });

  test('江苏: 72 = 24 + 48 in 2021, 90 = 30 + 60 from 2022', () => {
    const p = byId('jiangsu');
    const profile = { notice: 'USER' as const, userRequirement: p.requirement };
    expect(run('USER' as 'WH19', [], year(2021), profile).requirement).toMatchObject({
      public: 24,
      professional: 48,
      total: 72,
    });
    expect(run('USER' as 'WH19', [], year(2022), profile).requirement).toMatchObject({
      public: 30,
      professional: 60,
      total: 90,
    });
  });

  test('广东 from 2021: 公需 30, 专业 42, 选修 18 (90 in all)', () => {
    const p = byId('guangdong');
    const profile = { notice: 'USER' as const, userRequirement: p.requirement };
    expect(run('USER' as 'WH19', [], year(2021), profile).requirement).toMatchObject({
      public: 30,
      professional: 42,
      elective: 18,
      total: 90,
    });
  });

  test('湖南-style window: five years before the application year as a total, figures left for the person to fill', () => {
    const p = byId('hunan');
    const w = p.requirement.windows?.[0];
    expect(w).toMatchObject({ years: 5, includeApplicationYear: false, test: 'total' });
    expect(w?.levels).toEqual(expect.arrayContaining(['associate-senior', 'full-senior']));
    expect(w?.total).toBeUndefined();
    expect(p.blanks.length).toBeGreaterThan(0);
    // unfilled: never 完成
    const acts = [2020, 2021, 2022, 2023, 2024].map((y) => course('professional', 90, `${y}-06-01`));
    const ev = run(
      'USER' as 'WH19',
      acts,
      { kind: 'application', level: 'associate-senior', year: 2025 },
      {
        notice: 'USER',
        userRequirement: p.requirement,
      },
    );
    expect(ev.complete).toBe(false);
    expect(ev.undetermined).toBe(true);
  });
});
