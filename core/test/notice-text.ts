/**
 * Reading a notice's text (core/src/policies/<ID>/notice.txt) for the clause tests: the header line, the body,
 * the body with whitespace removed, and its sentences as spans of that normalised body.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface NoticeText {
  /** First line, without the newline. */
  header: string;
  /** The original bytes from line 2 on. */
  body: Buffer;
  /** SHA-256 of `body`, lower-case hex. */
  sha256: string;
  /** `body` as text with every whitespace character removed (see {@link normalise}). */
  flat: string;
  /** Sentences as [start, end) spans of `flat`. */
  sentences: readonly Sentence[];
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export function noticePath(id: string): string {
  return fileURLToPath(new URL(`../src/policies/${id}/notice.txt`, import.meta.url));
}

export function hasNotice(id: string): boolean {
  return existsSync(noticePath(id));
}

export function readNotice(id: string): NoticeText {
  const bytes = readFileSync(noticePath(id));
  const nl = bytes.indexOf(0x0a);
  const body = bytes.subarray(nl + 1);
  const { flat, sentences } = split(body.toString('utf8'));
  return {
    header: bytes.subarray(0, nl).toString('utf8'),
    body,
    sha256: createHash('sha256').update(body).digest('hex'),
    flat,
    sentences,
  };
}

/**
 * Whitespace removed, not collapsed to one space: the received texts break lines inside words at page ends
 * ("专业技\n\n术人员", "以习近\n\n平新时代") and mix half- and full-width spaces ("2019 年", "　　一、").
 * `\s` covers line breaks, tabs, U+3000 (ideographic space) and U+00A0.
 */
export function normalise(s: string): string {
  return s.replace(/\s+/gu, '');
}

/** Sentence ends: Chinese and Western full stops, semicolons, question and exclamation marks. */
const END = /[。；;！!？?]/u;

/** Splits at sentence ends and at line breaks (each list item of these notices is on its own line). */
function split(text: string): { flat: string; sentences: Sentence[] } {
  let flat = '';
  const sentences: Sentence[] = [];
  let start = 0;
  const close = () => {
    if (flat.length > start) sentences.push({ start, end: flat.length, text: flat.slice(start) });
    start = flat.length;
  };
  for (const ch of text) {
    if (ch === '\n') close();
    else if (/\s/u.test(ch)) continue;
    else {
      flat += ch;
      if (END.test(ch)) close();
    }
  }
  close();
  return { flat, sentences };
}

/** A list marker at the start of a sentence: 一、 （二） (3) 4. 5、 ⑴ ①. Its numeral is not a figure. */
const LIST_MARKER =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d)|[⑴-⒇①-⑳])/u;

/** Arabic (half- or full-width) or Chinese numerals. */
const FIGURE = /[0-9０-９零〇一二两三四五六七八九十百千万]/u;

/** The sentence without its list markers (a heading such as “（一）学时规定。” carries no figure). */
export function withoutMarker(s: string): string {
  let t = s;
  for (let m = LIST_MARKER.exec(t); m; m = LIST_MARKER.exec(t)) t = t.slice(m[0].length);
  return t;
}

/** A sentence about hours or credits with a figure in it: some clause must claim it. */
export function needsClaim(s: Sentence): boolean {
  const t = withoutMarker(s.text);
  return /学时|学分/u.test(t) && FIGURE.test(t);
}

/** Where a (normalised) quote occurs in the flat text: every occurrence, as [start, end) spans. */
export function findAll(flat: string, quote: string): [number, number][] {
  const q = normalise(quote);
  const spans: [number, number][] = [];
  if (q === '') return spans;
  for (let i = flat.indexOf(q); i >= 0; i = flat.indexOf(q, i + 1)) spans.push([i, i + q.length]);
  return spans;
}

/**
 * The characters of a sentence that no quote covers (letters and digits only: a quote may leave out the
 * punctuation at its ends, and the list marker that opens the sentence).
 */
export function uncovered(s: Sentence, covered: readonly boolean[]): string {
  const skip = s.text.length - withoutMarker(s.text).length;
  let out = '';
  for (let i = s.start + skip; i < s.end; i++) {
    const ch = s.text[i - s.start] as string;
    if (!covered[i] && /[\p{L}\p{N}]/u.test(ch)) out += ch;
  }
  return out;
}
