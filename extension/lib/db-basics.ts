/**
 * What a page needs of the database before Dexie has loaded (the dashboard's first screen,
 * first-read.ts): the name, and the request not to evict it. No Dexie here.
 */
export const DB_NAME = 'xueshi';

/**
 * Asks the browser not to evict the ledger under storage pressure. StorageManager.persist()
 * exists only in window contexts, so the extension's pages call it, not the service worker.
 */
export function requestPersistence(): void {
  navigator.storage?.persist?.().catch(() => undefined);
}
