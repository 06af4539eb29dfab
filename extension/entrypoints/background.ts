import { z } from 'zod';
import { platformRecordSchema } from '../adapters/record-schema.ts';
import { openDb } from '../lib/db.ts';
import type { BackgroundMessage, SaveReadReply } from '../lib/messages.ts';
import { startReminders } from '../lib/reminders.ts';
import { saveRead } from '../lib/save-read.ts';

export default defineBackground(() => {
  const db = openDb();
  startReminders(db);
  browser.runtime.onMessage.addListener((message: BackgroundMessage, sender, sendResponse) => {
    if (message?.type !== 'save-read') return false;
    // Only our own content scripts, on the host they report, may write.
    const from = sender.url ? new URL(sender.url).hostname : undefined;
    if (sender.id !== browser.runtime.id || from !== message.host) {
      sendResponse({ ok: false, message: '来源不符，未保存。' } satisfies SaveReadReply);
      return false;
    }
    // The adapter validated what it read; check again at the database's door.
    if (!z.array(platformRecordSchema).safeParse(message.result?.records).success) {
      sendResponse({ ok: false, message: '读取结果的格式不对，未保存。' } satisfies SaveReadReply);
      return false;
    }
    saveRead(db, { platform: message.platform, host: message.host }, message.result)
      .then((log) => sendResponse({ ok: true, log } satisfies SaveReadReply))
      .catch((error: unknown) =>
        sendResponse({ ok: false, message: `保存失败：${String(error)}` } satisfies SaveReadReply),
      );
    return true; // the reply comes asynchronously
  });
});
