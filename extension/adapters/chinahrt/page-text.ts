/**
 * Hours as the page shows them, next to a course name ("2学时", "学时：2"). The JSON has no
 * hours field, so this is the only figure we may take, and only when it is unambiguous: the
 * smallest element around the course name that holds exactly one hours figure and no other
 * course's name.
 */
import { toHours } from '../util.ts';

const FIGURE = /(\d+(?:\.\d+)?)\s*学时|学时\s*[:：]\s*(\d+(?:\.\d+)?)/g;
const MAX_CLIMB = 4;
const MAX_ELEMENTS = 20000;
const MAX_HOLDER = 2000;

function figures(text: string): string[] {
  return Array.from(text.matchAll(FIGURE), (m) => m[1] ?? m[2] ?? '');
}

/** The hours figure shown next to each name (same order), or null where there is none or it is ambiguous. */
export function hoursFromPageText(root: ParentNode, names: readonly string[]): (number | null)[] {
  let texts: Map<Element, string>;
  try {
    const elements = Array.from(root.querySelectorAll('body *')).slice(0, MAX_ELEMENTS);
    // One textContent per element, shared by all names.
    texts = new Map(elements.map((el) => [el, (el.textContent ?? '').replace(/\s+/g, ' ')]));
  } catch {
    return names.map(() => null);
  }
  const textOf = (el: Element) => texts.get(el) ?? (el.textContent ?? '').replace(/\s+/g, ' ');
  return names.map((name) => {
    if (name.length < 4) return null; // too short to find reliably
    const others = names.filter((n) => n !== name && n.length >= 4 && !name.includes(n));
    const holders: Element[] = [];
    for (const [el, text] of texts) {
      // A course name's own element is small; skipping the big containers keeps this linear-ish.
      if (text.length > MAX_HOLDER || !text.includes(name)) continue;
      // The deepest elements holding the name: no child holds it too.
      if (!Array.from(el.children).some((child) => textOf(child).includes(name))) holders.push(el);
    }
    if (holders.length !== 1 || !holders[0]) return null; // shown twice: ambiguous
    let el: Element | null = holders[0];
    for (let i = 0; el && i <= MAX_CLIMB; i++, el = el.parentElement) {
      const text = textOf(el);
      // The element must stay within this course's row, not reach the whole list.
      if (text.split(name).length > 2 || others.some((n) => text.includes(n))) return null;
      const found = figures(text);
      if (found.length > 1) return null;
      if (found.length === 1) return toHours(found[0]);
    }
    return null;
  });
}
