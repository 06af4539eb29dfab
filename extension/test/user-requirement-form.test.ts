import { USER_PRESETS } from '@xueshi/core';
import { describe, expect, test } from 'vitest';
import {
  emptyWindow,
  emptyYear,
  fieldName,
  parseDraft,
  presetCheck,
  type RequirementDraft,
  toDraft,
} from '../lib/user-requirement-form.ts';

// The 其他地区 form (issue 14): what is typed reaches core's validator as typed; every refusal names the field.
const jiangsu: RequirementDraft = {
  region: ' 江苏省 ',
  source: '苏人社发〔2021〕XX号',
  years: [
    { ...emptyYear('2016'), to: '2021', public: '24', professional: '48', total: '72' },
    { ...emptyYear('2022'), public: '30', professional: '60', total: '90' },
  ],
  windows: [],
};

describe('the 其他地区 form', () => {
  test('a filled form becomes the requirement, empty fields left out (not 0), region trimmed', () => {
    const r = parseDraft(jiangsu, true);
    expect(r).toEqual({
      ok: true,
      requirement: {
        region: '江苏省',
        source: '苏人社发〔2021〕XX号',
        years: [
          { from: 2016, to: 2021, public: 24, professional: 48, total: 72 },
          { from: 2022, public: 30, professional: 60, total: 90 },
        ],
      },
    });
  });

  test('round trip: every preset shows in the form and reads back the same', () => {
    for (const p of USER_PRESETS) {
      const d = toDraft(p.requirement);
      const r = parseDraft(d, true);
      // The 湖南 preset leaves the window's total blank for the person (its `blanks`): refused until filled.
      if (p.blanks.length) {
        expect(r.ok).toBe(false);
        expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['windows[0]']);
        const w = d.windows[0];
        if (w) w.total = '450';
        expect(parseDraft(d, true)).toMatchObject({ ok: true });
      } else {
        expect(r).toEqual({ ok: true, requirement: p.requirement });
      }
    }
  });

  test('bad entries are refused with Chinese messages and field paths; the draft is not changed', () => {
    const bad: RequirementDraft = {
      region: '',
      source: '',
      years: [{ ...emptyYear('二〇二二'), professional: '-5', total: '90' }],
      windows: [],
    };
    const before = structuredClone(bad);
    const r = parseDraft(bad, true);
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['region', 'years[0].from', 'years[0].professional']));
    for (const e of r.ok ? [] : r.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(bad).toEqual(before);
  });

  test('years reversed (core), and what core does not check: no figure, overlapping segments, a window with no level', () => {
    const d: RequirementDraft = {
      region: '某省',
      source: '',
      years: [
        { ...emptyYear('2020'), to: '2020' },
        { ...emptyYear('2023'), to: '2021', total: '90' },
        { ...emptyYear('2019'), to: '2022', total: '72' },
      ],
      windows: [{ ...emptyWindow(), years: '5', test: 'total' }],
    };
    const r = parseDraft(d, true);
    expect(r.ok ? [] : r.errors).toEqual([
      { path: 'years[1].from', message: '起始年度 2023 晚于结束年度 2021' }, // core's own check
      { path: 'years[0]', message: '这一段没有填写学时数：公需、专业、选修、合计至少填一个' },
      { path: 'years[2]', message: '与第 1 段的年度重叠，同一年只能有一个要求' },
      { path: 'windows[0].levels', message: '至少选一个职称级别' },
      { path: 'windows[0]', message: '累计达标要填写累计不少于多少学时（公需、专业、合计至少填一个）' },
    ]);
  });

  test('其他地区 needs a year segment; a notice’s gaps may state only a window', () => {
    const onlyWindow: RequirementDraft = {
      region: '宁夏',
      source: '',
      years: [],
      windows: [{ ...emptyWindow(), levels: ['intermediate'], years: '3' }],
    };
    expect(parseDraft(onlyWindow, true).ok).toBe(false);
    expect(parseDraft(onlyWindow, false)).toMatchObject({
      ok: true,
      requirement: {
        windows: [{ levels: ['intermediate'], years: 3, includeApplicationYear: false, test: 'per-year' }],
      },
    });
  });

  test('a per-year window keeps no cumulative figures typed before switching', () => {
    const d: RequirementDraft = {
      ...jiangsu,
      windows: [{ ...emptyWindow(), levels: ['full-senior'], years: '5', total: '450' }],
    };
    const r = parseDraft(d, true);
    expect(r.ok && r.requirement.windows?.[0]).toEqual({
      levels: ['full-senior'],
      years: 5,
      includeApplicationYear: false,
      test: 'per-year',
    });
  });

  test('a preset must be confirmed before it is saved', () => {
    const national = USER_PRESETS.find((p) => p.id === 'national') ?? null;
    expect(presetCheck(national, false)).toHaveLength(1);
    expect(presetCheck(national, true)).toEqual([]);
    expect(presetCheck(null, false)).toEqual([]);
  });

  test('field names in Chinese', () => {
    expect(fieldName('years[1].from')).toBe('第 2 段年度·起始年度');
    expect(fieldName('windows[0]')).toBe('第 1 条审验办法');
    expect(fieldName('region')).toBe('地区');
  });
});
