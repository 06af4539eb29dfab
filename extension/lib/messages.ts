/** Messages between content scripts, popup and the background service worker. */
export type PageSeen = { type: 'page-seen'; url: string; title: string };
export type Message = PageSeen;

/** The last page each content script reported; the smoke test reads it through the popup. */
const seen: PageSeen[] = [];

export function onMessage(): void {
  browser.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
    if (message?.type === 'page-seen') {
      seen.push(message);
      sendResponse({ ok: true, count: seen.length });
    }
    return false;
  });
}
