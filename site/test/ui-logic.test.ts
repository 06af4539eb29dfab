import { describe, expect, test } from 'vitest';
import { ACTIVITY_KINDS, type ActivityKindInfo, evaluate } from '../src/ui/core.ts';
import { describeIssue, exportLedgerText, importLedgerFile, importLedgerText } from '../src/ui/files.ts';
import { initialValues, parseField, parseForm } from '../src/ui/forms.ts';
import { decodeShare, encodeShare, shareParam, shareUrl } from '../src/ui/share.ts';
import { emptyState, mergeActivities, restore, snapshot, toLedger } from '../src/ui/state.ts';

const kind = (k: string): ActivityKindInfo => {
  const info = ACTIVITY_KINDS.find((x) => x.kind === k);
  if (!info) throw new Error(k);
  return info;
};

const ledger = {
  formatVersion: 1,
  profile: { notice: 'QD23', doctorate: false },
  activities: [
    { id: 'p1', kind: 'public-certificate', date: '2023-06-30', hours: 24 },
    { id: 't1', kind: 'training', format: 'training', days: 3, hours: 30, date: '2023-04-12', title: '岗位培训' },
  ],
};

describe('share links', () => {
  test('round-trip: the decoded state gives the same result', async () => {
    const parsed = await restore({ ledger, query: { kind: 'year', year: 2023 } });
    if (!parsed.ok) throw new Error(parsed.message);
    const enc = await encodeShare(snapshot(parsed.state));
    expect(enc).toMatch(/^[A-Za-z0-9_-]+$/);
    const url = shareUrl('https://example.org/calculator/#old', enc);
    expect(url).toBe(`https://example.org/calculator/#s=${enc}`);
    const back = await decodeShare(shareParam(new URL(url).hash) ?? '');
    if (!back.ok) throw new Error(back.message);
    const again = await restore(back.value);
    if (!again.ok) throw new Error(again.message);
    expect(again.state.query).toEqual({ kind: 'year', year: 2023 });
    const a = evaluate(toLedger(parsed.state), parsed.state.query);
    const b = evaluate(toLedger(again.state), again.state.query);
    expect(b.credited).toEqual(a.credited);
    expect(b.credited).toEqual({ public: 24, professional: 24, total: 48 });
  });

  test('a large state (500 activities) stays a short-enough link', async () => {
    const activities = Array.from({ length: 500 }, (_, i) => ({
      id: `c${i}`,
      kind: 'online-course',
      title: `课程 ${i}`,
      category: 'professional',
      hours: 2,
      date: '2023-03-01',
    }));
    const enc = await encodeShare({ ledger: { ...ledger, activities }, query: { kind: 'year', year: 2023 } });
    expect(enc.length).toBeLessThan(20_000);
  });

  test('a damaged link gives a Chinese message', async () => {
    const r = await decodeShare('AAAA');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('分享链接不完整或已损坏');
    const bad = await decodeShare('%%%');
    expect(bad.ok).toBe(false);
    expect(shareParam('#x=1')).toBeUndefined();
  });

  test('restoring content that is not a ledger says why', async () => {
    const r = await restore({ ledger: { formatVersion: 1, profile: { notice: 'XX' }, activities: [] }, query: {} });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('profile.notice');
  });
});

describe('import messages', () => {
  test('not JSON', () => {
    const r = importLedgerText('{ formatVersion: 1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(describeIssue(r.errors[0] ?? { path: '', message: '' })).toContain('文件不是有效的 JSON');
  });

  test('field path and reason, in Chinese', () => {
    const bad = structuredClone(ledger) as { activities: Record<string, unknown>[] };
    (bad.activities[1] as Record<string, unknown>).hours = '三十';
    (bad.activities[0] as Record<string, unknown>).date = '2023-02-30';
    const r = importLedgerText(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = r.errors.map(describeIssue);
    expect(lines.some((l) => l.startsWith('字段 activities[1].hours：'))).toBe(true);
    expect(lines.some((l) => l.startsWith('字段 activities[0].date：') && l.includes('不是有效的日期'))).toBe(true);
  });

  test('a newer format version asks for an upgrade; a BOM is tolerated', () => {
    const r = importLedgerText(JSON.stringify({ ...ledger, formatVersion: 9 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toContain('请升级');
    expect(importLedgerText(`\uFEFF${JSON.stringify(ledger)}`).ok).toBe(true);
  });

  test('export → import keeps everything and carries the result', () => {
    const parsed = importLedgerText(JSON.stringify(ledger));
    if (!parsed.ok) throw new Error('parse');
    const e = evaluate(parsed.ledger, { kind: 'year', year: 2023 });
    const text = exportLedgerText(parsed.ledger, e, new Date('2026-01-02T03:04:05Z'));
    const again = importLedgerText(text);
    if (!again.ok) throw new Error('re-parse');
    expect(again.ledger.activities).toEqual(parsed.ledger.activities);
    expect(again.ledger.sharedResult?.figures).toEqual({ public: 24, professional: 24, total: 48, complete: false });
    expect(again.ledger.sharedResult?.sharedAt).toBe('2026-01-02T03:04:05.000Z');
  });
});

describe('form values', () => {
  test('numbers: full-width digits accepted, words and out-of-range rejected with the label', () => {
    const hours = kind('public-certificate').fields.find((f) => f.name === 'hours');
    if (!hours) throw new Error('hours');
    expect(parseField(hours, '２４．５')).toEqual({ value: 24.5 });
    expect(parseField(hours, '二十四').error).toBe('“证书学时”应为数字');
    expect(parseField(hours, '-1').error).toContain('不能小于 0');
    expect(parseField(hours, '')).toEqual({});
  });

  test('integers and dates', () => {
    const training = kind('training');
    const days = training.fields.find((f) => f.name === 'days');
    const date = training.fields.find((f) => f.name === 'date');
    if (!days || !date) throw new Error('fields');
    expect(parseField(days, '2.5').error).toContain('应为整数');
    expect(parseField(date, '2023-02-30').error).toContain('不是有效的日期');
    expect(parseField(date, '2023/02/03').error).toContain('YYYY-MM-DD');
    expect(parseField(date, '').error).toContain('请填写');
  });

  test('a whole form becomes a valid activity; errors land on fields', async () => {
    const info = kind('training');
    const values = {
      ...initialValues(info),
      format: 'training',
      days: '3',
      hours: '30',
      date: '2023-04-12',
      title: ' 岗位培训 ',
    };
    const r = await parseForm(info, values, 'x1');
    expect(r).toEqual({
      ok: true,
      activity: {
        id: 'x1',
        kind: 'training',
        title: '岗位培训',
        format: 'training',
        days: 3,
        hours: 30,
        date: '2023-04-12',
        source: { kind: 'manual' },
      },
    });
    const bad = await parseForm(info, { ...values, format: '', date: '' }, 'x1');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.format).toBe('请选择“形式”');
      expect(bad.errors.date).toContain('请填写');
    }
  });

  test('editing keeps the source of a platform record', async () => {
    const info = kind('online-course');
    const base = {
      id: 'k1',
      kind: 'online-course' as const,
      title: '课程',
      category: 'public' as const,
      hours: 3,
      date: '2023-01-02',
      source: { kind: 'platform' as const, platform: 'yxlearning', externalId: '42' },
    };
    const r = await parseForm(info, { ...initialValues(info, base), hours: '4' }, 'k1', base);
    expect(r.ok && r.activity.source).toEqual(base.source);
    expect(r.ok && r.activity.kind === 'online-course' && r.activity.hours).toBe(4);
  });

  test('every kind has Chinese labels for its fields', () => {
    for (const k of ACTIVITY_KINDS) for (const f of k.fields) expect(f.label).toMatch(/[\u4e00-\u9fff]/);
  });

  test('empty state', () => {
    expect(emptyState('QH20', 2020).query).toEqual({ kind: 'year', year: 2020 });
  });
});

describe('share links: hostile input', () => {
  test('a link that inflates beyond 10 MB is refused, not decoded', async () => {
    const enc = await encodeShare('x'.repeat(11 * 1024 * 1024));
    expect(enc.length).toBeLessThan(30_000);
    const r = await decodeShare(enc);
    expect(r.ok).toBe(false);
  });
});

test('the validator’s Chinese is shown as written (no leftover zod rewriting: “空值 null” stays)', () => {
  const r = importLedgerText(JSON.stringify({ ...ledger, activities: [{ ...ledger.activities[0], hours: null }] }));
  expect(r.ok).toBe(false);
  if (!r.ok)
    expect(describeIssue(r.errors[0] ?? { path: '', message: '' })).toBe(
      '字段 activities[0].hours：应为数字，实际是空值 null',
    );
});

describe('importLedgerFile reads bytes: wrong files and the size limit, as the CLI says it', () => {
  test('an Excel workbook', async () => {
    const xlsx = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new Array(26).fill(0),
      ...new TextEncoder().encode('xl/workbook.xml'),
    ]);
    const r = await importLedgerFile(new Blob([xlsx]));
    expect(r.ok ? '' : r.errors[0]?.message).toBe('这是 Excel 文件，只能导入学时通导出的 .json 文件');
  });

  test('over 5 MB; a BOM and UTF-8 Chinese read intact', async () => {
    const big = await importLedgerFile(new Blob([new Uint8Array(5 * 1024 * 1024 + 1).fill(0x20)]));
    expect(big.ok ? '' : big.errors[0]?.message).toBe('文件超过 5 MB，不像是学时通台账文件');
    const named = { ...ledger, profile: { ...ledger.profile, name: '王五' } };
    const bom = await importLedgerFile(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), JSON.stringify(named)]));
    expect(bom.ok && bom.ledger.profile.name).toBe('王五');
  });
});

describe('merging an imported file into the current activities', () => {
  const a = { id: 'a', kind: 'paper', paperType: 'paper', date: '2023-05-01', source: { kind: 'manual' } } as const;
  const b = { id: 'b', kind: 'paper', paperType: 'book', date: '2023-06-01', source: { kind: 'manual' } } as const;
  test('the same activity (same content, whatever its id) is not added twice', () => {
    const r = mergeActivities([a], [a, { ...a, id: 'other' }, b]);
    expect(r.activities.map((x) => x.id)).toEqual(['a', 'b']);
    expect(r).toMatchObject({ added: 1, same: 2 });
  });
  test('a different activity under a taken id keeps both, the imported one under a new id', () => {
    const other = { ...b, id: 'a' };
    const r = mergeActivities([a], [other]);
    expect(r.activities).toHaveLength(2);
    expect(r.activities[0]).toEqual(a);
    expect(r.activities[1]).toEqual({ ...b, id: 'a-2' });
  });
});
