/**
 * A small notice in the corner of a platform page ("已读取 N 条记录"). It lives in a closed
 * shadow root so the page's styles neither break it nor see it, and sets text only (never
 * HTML), so a course name can never become markup.
 */
const HOST_ID = 'xueshi-notice';
let text: HTMLElement | null = null;

export function showNotice(message: string, tone: 'busy' | 'ok' | 'error'): void {
  if (!text?.isConnected) {
    const host = document.createElement('div');
    host.id = HOST_ID;
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = `
      div { position: fixed; top: 12px; right: 12px; z-index: 2147483647; max-width: 360px;
        padding: 10px 36px 10px 14px; border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.2);
        font: 14px/1.5 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #fff; background: #0b5cad; }
      div[data-tone="ok"] { background: #1a7f37; }
      div[data-tone="error"] { background: #b42318; }
      button { position: absolute; top: 6px; right: 6px; border: 0; background: transparent; color: inherit;
        font-size: 18px; cursor: pointer; }`;
    const box = document.createElement('div');
    box.setAttribute('role', 'status');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', '关闭学时通提示');
    close.addEventListener('click', () => host.remove());
    text = document.createElement('span');
    box.append(text, close);
    root.append(style, box);
    (document.body ?? document.documentElement).append(host);
  }
  text.textContent = message;
  text.parentElement?.setAttribute('data-tone', tone);
  // Tests (and curious users) can read the last message without entering the closed shadow root.
  document.getElementById(HOST_ID)?.setAttribute('data-message', message);
}
