// Every clause of ../shared/policy-clauses.md is either implemented or marked "not a calculation" with a reason,
// every parameter cites clauses, and every implemented clause has a worked example named by its ID.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { allPolicies } from '../src/index.ts';
import { CLAUSES } from '../src/policies/clauses.ts';

/** CI puts shared/ beside the repository: <repo>/../shared. */
const INVENTORY = fileURLToPath(new URL('../../../shared/policy-clauses.md', import.meta.url));

function inventoryIds(): string[] {
  if (!existsSync(INVENTORY)) {
    throw new Error(`clause inventory not found at ${INVENTORY}: shared/ must sit beside the repository (../shared)`);
  }
  const text = readFileSync(INVENTORY, 'utf8');
  const ids = [...text.matchAll(/^- ([A-Z][A-Z0-9]+-[A-Z0-9-]+):/gm)].map((m) => m[1] as string);
  if (ids.length < 50) throw new Error(`only ${ids.length} clause IDs parsed from ${INVENTORY}; the format changed?`);
  return ids;
}

const clauses = allPolicies.flatMap((p) => CLAUSES[p.id].map((c) => ({ ...c, policy: p.id })));
const byId = new Map(clauses.map((c) => [c.id, c]));

describe('clause coverage', () => {
  const ids = inventoryIds();

  test('the inventory file is read (not skipped) and lists the five notices and NAT15', () => {
    for (const prefix of ['WH19-', 'LY17-', 'QD23-', 'QH20-', 'NX19-', 'NAT15-']) {
      expect(ids.some((id) => id.startsWith(prefix))).toBe(true);
    }
  });

  test('every inventory clause is implemented or marked not-a-calculation with a reason', () => {
    const missing = ids.filter((id) => !byId.has(id));
    expect(missing, 'clauses neither implemented nor marked').toEqual([]);
    for (const id of ids) {
      const c = byId.get(id);
      if (c?.status === 'not-a-calculation') expect(c.reason, id).toMatch(/\S{4,}/);
      expect(c?.summary, id).toMatch(/[\u4e00-\u9fff]/);
      expect(c?.section, id).not.toBe('');
    }
  });

  test('clause IDs are unique, belong to their policy, and extra ones are flagged as project additions', () => {
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
    // Interpretations live with the rules (the evaluator states them); each names a clause of its notice.
    for (const p of allPolicies) {
      for (const id of Object.keys(p.interpretations)) expect(byId.get(id)?.policy, id).toBe(p.id);
    }
    for (const c of clauses) expect(c.id.startsWith(`${c.policy}-`), c.id).toBe(true);
    const extra = clauses.filter((c) => !ids.includes(c.id));
    for (const c of extra) expect(c.projectAddition, `${c.id} is not in the inventory`).toBe(true);
  });

  test('every parameter cites at least one known clause and has well-formed dated values', () => {
    for (const p of allPolicies) {
      for (const param of p.parameters) {
        expect(param.clauses.length, param.id).toBeGreaterThan(0);
        for (const c of param.clauses) expect(byId.has(c), `${param.id} cites unknown ${c}`).toBe(true);
        expect(param.values.length, param.id).toBeGreaterThan(0);
        for (const v of param.values) {
          expect(v.from, param.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (v.to) expect(v.to >= v.from, param.id).toBe(true);
        }
        expect(param.label, param.id).toMatch(/[\u4e00-\u9fff]/);
      }
      for (const c of CLAUSES[p.id]) {
        for (const pid of c.params ?? []) {
          expect(
            p.parameters.some((x) => x.id === pid),
            `${c.id} lists unknown parameter ${pid}`,
          ).toBe(true);
        }
      }
    }
  });

  test('every implemented clause has a worked example whose test name contains its ID', () => {
    const dir = fileURLToPath(new URL('./clauses/', import.meta.url));
    const names = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .flatMap((f) =>
        [...readFileSync(`${dir}${f}`, 'utf8').matchAll(/\btest\(\s*'([^']+)'/g)].map((m) => m[1] as string),
      );
    const untested = clauses
      .filter((c) => c.status === 'implemented')
      .filter((c) => !names.some((n) => new RegExp(`(?<![A-Z0-9-])${c.id}(?![A-Z0-9-])`).test(n)))
      .map((c) => c.id);
    expect(untested).toEqual([]);
  });
});
