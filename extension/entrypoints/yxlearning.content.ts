import type { PageSeen } from '../lib/messages.ts';

// 大众云学 (yxlearning) record pages; the adapter itself comes with the extension issue.
export default defineContentScript({
  matches: ['*://*.yxlearning.com/my/*'],
  async main() {
    const message: PageSeen = { type: 'page-seen', url: location.href, title: document.title };
    const reply = await browser.runtime.sendMessage(message);
    document.documentElement.dataset.xueshi = reply?.ok ? 'seen' : 'no-reply';
  },
});
