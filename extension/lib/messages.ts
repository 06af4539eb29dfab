/**
 * Messages between the content script, the popup and the background service worker.
 * Content scripts never open the database: they hand what they read to the background.
 */
import type { PlatformId, ReadFail, ReadOk } from '../adapters/contract.ts';
import type { ReadLog } from './db.ts';

/** Content script → background: a read of a platform page succeeded. */
export interface SaveRead {
  type: 'save-read';
  platform: PlatformId;
  host: string;
  result: ReadOk;
}
export type SaveReadReply = { ok: true; log: ReadLog } | { ok: false; message: string };

/** Popup → content script of the active tab: read this page now. */
export interface ReadPage {
  type: 'read-page';
}
/** What the content script says back, and shows on the page. */
export type ReadPageReply = { ok: true; message: string; count: number } | (ReadFail & { count?: undefined });

export type BackgroundMessage = SaveRead;
export type ContentMessage = ReadPage;
