import { type Adapter, detectAdapter, liveContext } from '../adapters/index.ts';
import type { ContentMessage, ReadPageReply, SaveRead, SaveReadReply } from '../lib/messages.ts';
import { showNotice } from '../lib/page-notice.ts';

// The platform families 学时通 reads (see ../shared/platforms.md). Reading starts by itself on
// their record pages; anywhere else on these sites it waits for the popup's 读取本页.
export default defineContentScript({
  matches: ['*://*.yxlearning.com/*', '*://*.ghlearning.com/*', '*://*.chinahrt.com/*', '*://*.hst360.com/*'],
  main() {
    let reading: Promise<ReadPageReply> | null = null;
    const readOnce = (adapter: Adapter) => {
      reading ??= readPage(adapter).finally(() => {
        reading = null;
      });
      return reading;
    };
    const autoRead = () => {
      const adapter = detectAdapter(location.href);
      if (adapter?.isRecordPage(new URL(location.href))) void readOnce(adapter);
    };
    autoRead();
    // chinahrt is a Vue app with hash routes: a new route may be a record page.
    window.addEventListener('hashchange', autoRead);

    browser.runtime.onMessage.addListener((message: ContentMessage, _sender, sendResponse) => {
      if (message?.type !== 'read-page') return false;
      const adapter = detectAdapter(location.href);
      if (!adapter) {
        sendResponse({
          ok: false,
          reason: 'unrecognised',
          message: '学时通还不认识这个网站。',
        } satisfies ReadPageReply);
        return false;
      }
      readOnce(adapter).then(sendResponse);
      return true;
    });
  },
});

async function readPage(adapter: Adapter): Promise<ReadPageReply> {
  const ctx = liveContext();
  const url = ctx.url;
  showNotice('学时通：正在读取本页的学习记录…', 'busy');
  const result = await adapter.read(ctx);
  if (!result.ok) {
    showNotice(`学时通：${result.message}（没有保存任何内容）`, 'error');
    document.documentElement.dataset.xueshi = 'failed';
    return result;
  }
  const message: SaveRead = { type: 'save-read', platform: adapter.id, host: url.hostname, result };
  const reply: SaveReadReply | undefined = await browser.runtime.sendMessage(message);
  if (!reply?.ok) {
    const why = reply?.message ?? '扩展没有回应。';
    showNotice(`学时通：${why}`, 'error');
    document.documentElement.dataset.xueshi = 'failed';
    return { ok: false, reason: 'unrecognised', message: why };
  }
  const extra = result.warnings.length ? ` ${result.warnings.join(' ')}` : '';
  showNotice(`学时通：${reply.log.message}${extra}`, 'ok');
  document.documentElement.dataset.xueshi = 'read';
  return { ok: true, message: reply.log.message, count: result.records.length };
}
