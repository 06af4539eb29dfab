import { describe, expect, test } from 'vitest';
import { draftsToOverrides, groupRows, type Row } from '../entrypoints/dashboard/bulk-model.ts';
import type { StoredRecord } from '../lib/db.ts';

const row = (externalId: string, over: Partial<StoredRecord> = {}): Row => ({
  record: {
    platform: 'chinahrt',
    host: 'gp.chinahrt.com',
    externalId,
    key: `chinahrt|gp.chinahrt.com|${externalId}`,
    title: `课程 ${externalId}`,
    hours: null,
    category: null,
    completedOn: null,
    year: null,
    passed: true,
    firstReadAt: '2026-01-01',
    ...over,
  },
  needs: ['date', 'hours', 'category'],
});

describe('bulk editor model', () => {
  test('rows are grouped by site, plan and year', () => {
    const groups = groupRows([row('151:p1:a'), row('151:p2:b'), row('151:p1:c'), row('151:p1:d', { year: 2024 })]);
    expect(groups.map((g) => [g.label, g.rows.length])).toEqual([
      ['gp.chinahrt.com · 培训计划 p1 · 年度未知', 2],
      ['gp.chinahrt.com · 培训计划 p1 · 2024 年', 1],
      ['gp.chinahrt.com · 培训计划 p2 · 年度未知', 1],
    ]);
  });

  test('typed values become overrides, the old override kept; a bad figure saves nothing', () => {
    const rows = [row('151:p1:a', { override: { excluded: false } }), row('151:p1:b')];
    const ok = draftsToOverrides(
      rows,
      new Map([
        [rows[0]?.record.key ?? '', { hours: '２.5', category: 'public', date: '2024-05-01' }],
        [rows[1]?.record.key ?? '', { hours: '3' }],
      ]),
    );
    expect(ok).toEqual({
      ok: true,
      changes: [
        { key: rows[0]?.record.key, override: { excluded: false, hours: 2.5, category: 'public', date: '2024-05-01' } },
        { key: rows[1]?.record.key, override: { hours: 3 } },
      ],
    });
    const bad = draftsToOverrides(rows, new Map([[rows[1]?.record.key ?? '', { hours: '三' }]]));
    expect(bad).toEqual({ ok: false, message: '《课程 151:p1:b》：学时应为 0 到 1000 之间的数字，没有保存任何修改。' });
  });
});
