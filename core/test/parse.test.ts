import { describe, expect, test } from 'vitest';
import { ACTIVITY_KINDS, ActivitySchema, LEDGER_FORMAT_VERSION, parseLedger } from '../src/index.ts';

const base = { formatVersion: 1, profile: { notice: 'QD23' }, activities: [] };

describe('parseLedger', () => {
  test('accepts a minimal v1 ledger and fills defaults', () => {
    const r = parseLedger(base);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.ledger.profile.doctorate).toBe(false);
  });

  test('rejects a newer format version with a Chinese message', () => {
    const r = parseLedger({ ...base, formatVersion: LEDGER_FORMAT_VERSION + 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]?.path).toBe('formatVersion');
      expect(r.errors[0]?.message).toContain('请升级');
    }
  });

  test('names the field path of an invalid activity, in Chinese', () => {
    const r = parseLedger({
      ...base,
      activities: [{ id: 'a', kind: 'online-course', title: 'x', category: 'public', date: '2023-02-30' }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path)).toContain('activities[0].date');
      expect(r.errors[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test('rejects duplicate activity ids', () => {
    const act = { id: 'a', kind: 'covid-frontline', year: 2020 };
    const r = parseLedger({ ...base, activities: [act, act] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.path).toBe('activities[1].id');
  });

  test('rejects non-objects and files without a version', () => {
    expect(parseLedger(null).ok).toBe(false);
    expect(parseLedger([]).ok).toBe(false);
    const r = parseLedger({ profile: {}, activities: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.path).toBe('formatVersion');
  });

  test('an online course may lack hours (学时待补) and carry a platform source', () => {
    const r = parseLedger({
      ...base,
      activities: [
        {
          id: 'yx-1',
          kind: 'online-course',
          title: '乡村振兴',
          category: 'unknown',
          date: '2023-05-01',
          source: { kind: 'platform', platform: 'yxlearning', host: 'sdwh-gxk.yxlearning.com', externalId: '123' },
        },
      ],
    });
    expect(r.ok).toBe(true);
  });
});

describe('ACTIVITY_KINDS', () => {
  test('describes every activity kind with Chinese labels and typed fields', () => {
    expect(ACTIVITY_KINDS.map((k) => k.kind)).toEqual(ActivitySchema.options.map((o) => o.shape.kind.value));
    for (const k of ACTIVITY_KINDS) {
      expect(k.label).toMatch(/[\u4e00-\u9fff]/);
      for (const f of k.fields) {
        expect(f.label, `${k.kind}.${f.name}`).toMatch(/[\u4e00-\u9fff]/);
        if (f.type === 'enum')
          for (const o of f.options ?? []) expect(o.label, `${k.kind}.${f.name}.${o.value}`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  test('online course form: hours optional in 学时, category enum, date required', () => {
    const k = ACTIVITY_KINDS.find((x) => x.kind === 'online-course');
    const hours = k?.fields.find((f) => f.name === 'hours');
    expect(hours).toMatchObject({ type: 'number', unit: '学时', required: false });
    expect(k?.fields.find((f) => f.name === 'category')?.type).toBe('enum');
    expect(k?.fields.find((f) => f.name === 'date')).toMatchObject({ type: 'date', required: true });
  });
});

describe('v1 files stay importable', () => {
  test('every committed example and scenario ledger (v1) parses', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    for (const [dir, pick] of [
      ['../examples/', (j: { formatVersion?: number }) => j],
      ['../scenarios/', (j: { ledger: unknown }) => j.ledger],
    ] as const) {
      const path = fileURLToPath(new URL(dir, import.meta.url));
      for (const f of readdirSync(path).filter((x) => x.endsWith('.json'))) {
        const r = parseLedger((pick as (j: unknown) => unknown)(JSON.parse(readFileSync(`${path}${f}`, 'utf8'))));
        expect(r.ok, f).toBe(true);
      }
    }
  });
});
