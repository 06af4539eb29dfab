/**
 * A DOM for the page-reading tests (happy-dom). The adapters use only standard DOM calls
 * (querySelectorAll, children, closest, textContent, getAttribute), so any DOM works.
 */
import { Window } from 'happy-dom';

export function parseHtml(html: string): Document {
  const window = new Window({ url: 'https://fixture.test/' });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
