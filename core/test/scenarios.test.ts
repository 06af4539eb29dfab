import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { evaluate, ScenarioSchema } from '../src/index.ts';
import { CLAUSES } from '../src/policies/clauses.ts';

const dir = fileURLToPath(new URL('../scenarios/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('scenarios', () => {
  test('there are scenarios for every notice', () => {
    const notices = new Set(
      files.map((f) => ScenarioSchema.parse(JSON.parse(readFileSync(`${dir}${f}`, 'utf8'))).notice),
    );
    expect([...notices].sort()).toEqual(['LY17', 'NX19', 'QD23', 'QH20', 'WH19']);
  });

  for (const f of files) {
    test(f, () => {
      const s = ScenarioSchema.parse(JSON.parse(readFileSync(`${dir}${f}`, 'utf8')));
      expect(s.ledger.profile.notice).toBe(s.notice);
      const known = new Set([...CLAUSES[s.notice], ...CLAUSES.NAT15].map((c) => c.id));
      for (const c of s.clauses) expect(known.has(c), c).toBe(true);
      const ev = evaluate(s.ledger, s.query);
      expect(ev.credited).toEqual(s.expected.credited);
      expect(ev.shortfall).toEqual(s.expected.shortfall);
      expect(ev.complete).toBe(s.expected.complete);
    });
  }
});
