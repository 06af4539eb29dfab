// The clause inventory is the project's own: each notice's clauses.ts, pinned to the notice's text in the same
// folder (notice.txt) by verbatim quotes. Nothing here reads outside the repository.
// - every quote is found in its notice, and every sentence of a notice that gives 学时/学分 with a figure is
//   claimed by some clause (implemented, or set aside as not-a-calculation with its reason);
// - every parameter cites a clause; every implemented clause has a worked example named by its ID;
//   every interpretation names a clause of its own notice.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { allPolicies } from '../src/index.ts';
import { CLAUSES } from '../src/policies/clauses.ts';
import type { ClauseInfo } from '../src/policy/types.ts';
import { findAll, hasNotice, type NoticeText, needsClaim, normalise, readNotice, uncovered } from './notice-text.ts';

const clauses = allPolicies.flatMap((p) => CLAUSES[p.id].map((c) => ({ ...c, policy: p.id })));
const byId = new Map(clauses.map((c) => [c.id, c]));

/** NAT15 (人社部令第25号) is the only notice whose text the project does not have; its clauses quote nothing. */
const WITHOUT_TEXT = ['NAT15'];
const withText = allPolicies.filter((p) => !WITHOUT_TEXT.includes(p.id));

const quotesOf = (c: ClauseInfo): readonly string[] =>
  c.quote === null ? [] : typeof c.quote === 'string' ? [c.quote] : c.quote;

/** Quotes not found verbatim (whitespace removed on both sides) in the notice. */
function missingQuotes(notice: NoticeText, list: readonly ClauseInfo[]): string[] {
  return list.flatMap((c) =>
    quotesOf(c)
      .filter((q) => findAll(notice.flat, q).length === 0)
      .map((q) => `${c.id}: “${q}”`),
  );
}

/** Sentences giving 学时/学分 with a figure that no quote covers, with the characters left uncovered. */
function unclaimedSentences(notice: NoticeText, list: readonly ClauseInfo[]): string[] {
  const covered: boolean[] = new Array(notice.flat.length).fill(false);
  for (const c of list) {
    for (const q of quotesOf(c)) for (const [a, b] of findAll(notice.flat, q)) covered.fill(true, a, b);
  }
  return notice.sentences
    .filter(needsClaim)
    .map((s) => [s.text, uncovered(s, covered)] as const)
    .filter(([, rest]) => rest !== '')
    .map(([text, rest]) => `“${text}”（未引用：${rest}）`);
}

describe('notice texts in the repository', () => {
  test.each(withText.map((p) => p.id))(
    '%s: notice.txt header names issuer, 文号 and date, and the SHA-256 of the body',
    (id) => {
      const n = readNotice(id);
      const p = allPolicies.find((x) => x.id === id);
      expect(n.header).toMatch(/^# /);
      expect(n.header).toContain(p?.issuer);
      expect(n.header).toContain(p?.docNumber ?? '通知未载文号');
      expect(n.header).toContain(p?.date);
      const stated = /SHA-256 ([0-9a-f]{64})/.exec(n.header)?.[1];
      expect(stated, 'header has no SHA-256').toBeDefined();
      expect(n.sha256).toBe(stated);
    },
  );

  test('exactly the notices with a received text have notice.txt; NAT15 has none and quotes nothing', () => {
    for (const p of allPolicies) {
      expect(hasNotice(p.id), p.id).toBe(!WITHOUT_TEXT.includes(p.id));
      expect(p.seedFile === null, p.id).toBe(WITHOUT_TEXT.includes(p.id));
    }
    for (const id of WITHOUT_TEXT) for (const c of CLAUSES[id as 'NAT15']) expect(c.quote, c.id).toBeNull();
  });
});

describe('clause quotes', () => {
  test('the checks can fail: a changed quote is missing, an unquoted figure is unclaimed', () => {
    const n = readNotice('QD23');
    const base = { id: 'X', section: '', summary: '', status: 'implemented' } as const;
    expect(missingQuotes(n, [{ ...base, quote: '每年累计不少于91学时' }])).toHaveLength(1);
    expect(missingQuotes(n, [{ ...base, quote: '每年累计不少于\n 90学时' }])).toEqual([]);
    const unclaimed = unclaimedSentences(n, [{ ...base, quote: '每项10学时' }]);
    expect(unclaimed.some((s) => s.includes('不超过8学时/天'))).toBe(true);
  });

  test('a list marker is not a figure; a year or a Chinese numeral is', () => {
    const s = (text: string) => ({ start: 0, end: text.length, text });
    expect(needsClaim(s('（一）学时规定。'))).toBe(false);
    expect(needsClaim(s('1.评审类。'))).toBe(false);
    expect(needsClaim(s('四、2015、2016年度继续教育学时的补修安排'))).toBe(true);
    expect(needsClaim(s('三年内不得申报职称，学时作废'))).toBe(true);
    expect(needsClaim(s('以进修证书为依据进行认定'))).toBe(false);
  });

  test.each(withText.map((p) => p.id))('%s: every clause quotes its notice, verbatim', (id) => {
    const n = readNotice(id);
    for (const c of CLAUSES[id]) {
      const qs = quotesOf(c);
      expect(qs.length, `${c.id} has no quote`).toBeGreaterThan(0);
      // A quote is a sentence or a clause of one, not a word that happens to occur.
      for (const q of qs)
        expect(normalise(q).length, `${c.id}: “${q}” is too short to claim anything`).toBeGreaterThanOrEqual(6);
    }
    expect(missingQuotes(n, CLAUSES[id]), 'quotes not found in notice.txt').toEqual([]);
  });

  test.each(withText.map((p) => p.id))(
    '%s: every sentence with 学时 or 学分 and a figure is claimed by a clause',
    (id) => {
      const n = readNotice(id);
      expect(n.sentences.filter(needsClaim).length).toBeGreaterThan(3);
      expect(unclaimedSentences(n, CLAUSES[id]), 'sentences no clause quotes').toEqual([]);
    },
  );
});

describe('clause coverage', () => {
  test('every clause has a section, a Chinese summary, and a reason when it is not a calculation', () => {
    for (const c of clauses) {
      expect(c.section, c.id).not.toBe('');
      expect(c.summary, c.id).toMatch(/[\u4e00-\u9fff]/);
      if (c.status === 'not-a-calculation') expect(c.reason, c.id).toMatch(/\S{4,}/);
    }
  });

  test('clause IDs are unique and belong to their policy; interpretations name a clause of their own notice', () => {
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
    for (const c of clauses) expect(c.id.startsWith(`${c.policy}-`), c.id).toBe(true);
    for (const p of allPolicies) {
      for (const id of Object.keys(p.interpretations)) expect(byId.get(id)?.policy, id).toBe(p.id);
    }
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
