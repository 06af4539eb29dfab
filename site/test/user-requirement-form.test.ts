// The 其他地区 form's reading of what the person typed (issue 14): figures as entered, cross-field checks with field
// paths and Chinese messages, and the share link / saved state carrying the requirement unchanged.
import { describe, expect, test } from 'vitest';
import { USER_PRESETS } from '../src/ui/core.ts';
import { clauseHrefFor } from '../src/ui/format.ts';
import { decodeShare, encodeShare } from '../src/ui/share.ts';
import { restore, snapshot } from '../src/ui/state.ts';
import { type Draft, emptySeg, emptyWin, parseDraft, pathLabel, toDraft } from '../src/ui/userRequirement.ts';

const seg = (from: string, to: string, pub: string, pro: string, total: string) => ({
  ...emptySeg(),
  from,
  to,
  public: pub,
  professional: pro,
  total,
});
const draft = (years: Draft['years'], windows: Draft['windows'] = []): Draft => ({
  region: '江苏省南京市',
  source: '（文号）',
  years,
  windows,
});

describe('其他地区 form → userRequirement', () => {
  test('figures as typed (full-width digits too), two segments', async () => {
    const r = await parseDraft(
      draft([seg('2016', '2021', '２４', '48', '72'), seg('2022', '', '30', '60', '90')]),
      true,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        region: '江苏省南京市',
        source: '（文号）',
        years: [
          { from: 2016, to: 2021, public: 24, professional: 48, total: 72 },
          { from: 2022, public: 30, professional: 60, total: 90 },
        ],
      },
    });
  });

  test('region missing, 到 before 从, overlapping segments, a segment with no figure: each on its field', async () => {
    const d = draft([
      seg('2016', '2015', '24', '', ''),
      seg('2020', '', '', '', ''),
      seg('2021', '2022', '', '', '72'),
    ]);
    d.region = ' ';
    const r = await parseDraft(d, true);
    if (r.ok) throw new Error('accepted');
    expect(r.errors.region).toBe('请填写“地区”');
    expect(r.errors['years[0].to']).toBe('不能早于起始年度');
    expect(r.errors['years[1].total']).toBe('这一段至少填写一个大于 0 的学时数');
    expect(pathLabel('years[2].from')).toBe('每年的要求第 3 段 · 从（年度）');
  });

  // Checks across segments and windows are core's (the file reader applies them too); they land on the field.
  test('overlapping segments, a level in two windows, parts above the total: core’s messages on their fields', async () => {
    const w = { ...emptyWin(), levels: ['full-senior' as const], years: '5' };
    const r = await parseDraft(
      draft([seg('2020', '', '', '', '90'), seg('2021', '2022', '30', '70', '90')], [w, { ...w, years: '3' }]),
      true,
    );
    if (r.ok) throw new Error('accepted');
    expect(r.errors).toEqual({
      'years[1].from': '与第 1 段的年度重叠',
      'years[1].total': '公需、专业、选修之和 100 大于合计 90',
      'windows[1].levels': '正高级 已在第 1 条审验办法里',
    });
  });

  test('a 累计达标 window needs a figure; with one it is kept as entered', async () => {
    const w = { ...emptyWin(), levels: ['full-senior' as const], years: '5', test: 'total' as const };
    const bad = await parseDraft(draft([seg('2016', '', '', '60', '90')], [w]), true);
    if (bad.ok) throw new Error('accepted');
    expect(Object.keys(bad.errors)).toEqual(['windows[0].total']);
    const ok = await parseDraft(
      draft([seg('2016', '', '', '60', '90')], [{ ...w, total: '450', public: '150' }]),
      true,
    );
    expect(ok.ok && ok.value.windows).toEqual([
      { levels: ['full-senior'], years: 5, includeApplicationYear: false, test: 'total', public: 150, total: 450 },
    ]);
    // Year segments only (a built-in notice's gaps): no window is read.
    const only = await parseDraft(draft([seg('2016', '', '', '60', '90')], [w]), false);
    expect(only.ok && only.value.windows).toBeUndefined();
  });

  test('the 湖南 preset as given cannot be used until its blank is filled', async () => {
    const hunan = USER_PRESETS.find((p) => p.id === 'hunan');
    if (!hunan) throw new Error('no hunan preset');
    const r = await parseDraft(toDraft(hunan.requirement), true);
    expect(r.ok).toBe(false);
    const national = USER_PRESETS.find((p) => p.id === 'national');
    const n = await parseDraft(toDraft(national?.requirement), true);
    expect(n.ok && n.value).toEqual(national?.requirement);
  });

  // Moved from the extension's own form (now this one): every preset reads back as given.
  test('every preset shows in the form and reads back the same; 湖南 waits for its blank window total', async () => {
    for (const p of USER_PRESETS) {
      const d = toDraft(p.requirement);
      const r = await parseDraft(d, true);
      if (p.id !== 'hunan') {
        expect(r).toEqual({ ok: true, value: p.requirement });
        continue;
      }
      // 湖南 leaves the window's 累计合计 for the person (its `blanks`): refused on that field until filled.
      expect(r.ok ? [] : Object.keys(r.errors)).toEqual(['windows[0].total']);
      const w = d.windows[0];
      if (w) w.total = '450';
      expect((await parseDraft(d, true)).ok).toBe(true);
    }
  });

  test('not a number, a negative figure: refused on their fields in Chinese, and what was typed is kept', async () => {
    const d = draft([{ ...seg('二〇二二', '', '', '-5', '90') }]);
    const before = structuredClone(d);
    const r = await parseDraft(d, true);
    if (r.ok) throw new Error('accepted');
    expect(Object.keys(r.errors)).toEqual(['years[0].from', 'years[0].professional']);
    for (const m of Object.values(r.errors)) expect(m).toMatch(/[\u4e00-\u9fff]/);
    expect(d).toEqual(before);
  });

  test('a 逐年达标 window keeps no 累计 figures typed before switching', async () => {
    const w = { ...emptyWin(), levels: ['full-senior' as const], years: '5', total: '450' };
    const r = await parseDraft(draft([seg('2016', '', '', '60', '90')], [w]), true);
    expect(r.ok && r.value.windows).toEqual([
      { levels: ['full-senior'], years: 5, includeApplicationYear: false, test: 'per-year' },
    ]);
  });

  test('saved state and share link keep the requirement unchanged', async () => {
    const u = { region: '南京', years: [{ from: 2021, to: 2021, public: 24, professional: 48, total: 72 }] };
    const ledger = {
      formatVersion: 1,
      profile: { notice: 'USER', doctorate: false, userRequirement: u },
      activities: [],
    };
    const r = await restore({ ledger, query: { kind: 'year', year: 2021 } });
    if (!r.ok) throw new Error(r.message);
    const back = await decodeShare(await encodeShare(snapshot(r.state)));
    const again = back.ok ? await restore(back.value) : back;
    expect(again.ok && again.state.profile.userRequirement).toEqual(u);
  });
});

test('the clauses of a stated requirement have no policy page: shown, not linked', () => {
  const href = clauseHrefFor('');
  expect(href('USER-REQ')).toBeUndefined();
  expect(href('NAT15-REQ')).toBe('/policy/nat15/#NAT15-REQ');
});
