/**
 * The background's side of point 6: the toolbar badge follows the database (Dexie liveQuery),
 * and, once the user has turned reminders on in the popup, alarms 30, 7 and 1 days before each
 * deadline raise a local notification. Nothing leaves the device.
 */
import { evaluate, type Profile } from '@xueshi/core';
import { liveQuery } from 'dexie';
import type { XueshiDb } from './db.ts';
import { badgeText, deadlinesFor, localDate, type ReminderSettings, reminderTimes } from './deadlines.ts';
import { ledgerFrom } from './ledger.ts';
import { allRecords } from './records.ts';

export const REMINDERS_KEY = 'reminders';

export async function getReminders(): Promise<ReminderSettings> {
  const got = (await browser.storage.local.get(REMINDERS_KEY))[REMINDERS_KEY] as ReminderSettings | undefined;
  return got ?? { enabled: false };
}

export function setReminders(settings: ReminderSettings): Promise<void> {
  return browser.storage.local.set({ [REMINDERS_KEY]: settings });
}

function shortfallNow(profile: Profile | undefined, ledger: ReturnType<typeof ledgerFrom>['ledger']): string {
  if (!profile || !ledger) return '';
  return badgeText(evaluate(ledger, { kind: 'year', year: new Date().getFullYear() }));
}

async function schedule(profile: Profile | undefined): Promise<void> {
  const settings = await getReminders();
  const all = await browser.alarms.getAll();
  await Promise.all(all.filter((a) => a.name.startsWith('xueshi|')).map((a) => browser.alarms.clear(a.name)));
  if (!settings.enabled) return;
  const now = new Date();
  for (const r of reminderTimes(deadlinesFor(profile?.notice, settings.date, localDate(now)), now)) {
    await browser.alarms.create(r.name, { when: r.when });
  }
}

/** Starts the badge and the reminders; called once by the background. */
export function startReminders(db: XueshiDb): void {
  let badge = '';
  let profile: Profile | undefined;
  liveQuery(async () => {
    const [settings, activities, records] = await Promise.all([
      db.settings.get('profile'),
      db.activities.toArray(),
      allRecords(db),
    ]);
    return { profile: settings?.profile, ledger: ledgerFrom(settings?.profile, activities, records).ledger };
  }).subscribe({
    next: (state) => {
      badge = shortfallNow(state.profile, state.ledger);
      // MV3 `action`; the Firefox build is MV2, where the same API is `browserAction`.
      const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
      void action?.setBadgeText({ text: badge });
      void action?.setBadgeBackgroundColor({ color: '#b42318' });
      if (state.profile?.notice !== profile?.notice) void schedule(state.profile);
      profile = state.profile;
    },
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && REMINDERS_KEY in changes) void schedule(profile);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    const [, date, days, label] = alarm.name.split('|');
    if (!date) return;
    void browser.notifications.create(alarm.name, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: '学时通提醒',
      message: `${label}是 ${date}，还有 ${days} 天。${badge ? `本年度学时${badge}。` : ''}`,
    });
  });
}
