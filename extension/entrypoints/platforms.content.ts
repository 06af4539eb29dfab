import type { ContentScriptContext } from '#imports';
import { type Adapter, detectAdapter, liveContext } from '../adapters/index.ts';
import type { ContentMessage, ReadPageReply, SaveRead, SaveReadReply } from '../lib/messages.ts';
import { showNotice } from '../lib/page-notice.ts';

// The platform families 学时通 reads (see ../shared/platforms.md). Reading starts by itself on
// their record pages; anywhere else on these sites it waits for the popup's 读取本页.
export default defineContentScript({
  matches: ['*://*.yxlearning.com/*', '*://*.ghlearning.com/*', '*://*.chinahrt.com/*', '*://*.hst360.com/*'],
  main(ctx) {
    let reading: Promise<ReadPageReply> | null = null;
    const readOnce = (adapter: Adapter) => {
      reading ??= readPage(adapter, ctx).finally(() => {
        reading = null;
      });
      return reading;
    };
    const autoRead = () => {
      if (ctx.isInvalid) return;
      const adapter = detectAdapter(location.href);
      if (adapter?.isRecordPage(new URL(location.href))) void readOnce(adapter);
    };
    autoRead();
    // chinahrt is a Vue app with hash routes, newer yxlearning pages use history routes: a new
    // route may be a record page. WXT's event covers both and stops when the extension updates;
    // it fires as navigation starts, so the read waits until the new URL is in place.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(autoRead, 0));

    const onMessage = (message: ContentMessage, _sender: unknown, sendResponse: (r: ReadPageReply) => void) => {
      if (message?.type !== 'read-page') return false;
      const adapter = detectAdapter(location.href);
      if (!adapter) {
        sendResponse({ ok: false, reason: 'unrecognised', message: '学时通还不认识这个网站。' });
        return false;
      }
      readOnce(adapter).then(sendResponse);
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // An updated or reloaded extension leaves this script behind: it must stop answering.
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});

async function readPage(adapter: Adapter, script: ContentScriptContext): Promise<ReadPageReply> {
  const ctx = liveContext();
  const url = ctx.url;
  showNotice('学时通：正在读取本页的学习记录…', 'busy');
  // Page N of M while a long read lasts (issue 12).
  const result = await adapter.read({
    ...ctx,
    progress: (text) => {
      if (!script.isInvalid) showNotice(`学时通：${text}…`, 'busy');
    },
  });
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
