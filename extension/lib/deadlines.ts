/**
 * Deadlines and the toolbar badge (issue 12, point 6). A deadline comes from the notice — a
 * parameter whose id ends in "deadline", in force for this year (WH19's 9 月 30 日 is written for
 * 2019, QH20's 11 月 30 日 for 2020: other years have none, and none is invented) — or from the
 * date the user gives for their own application.
 */
import { type Evaluation, getPolicy, type ProfileNotice, valueAt } from '@xueshi/core';

export interface Deadline {
  date: string; // YYYY-MM-DD
  label: string;
}

export interface ReminderSettings {
  /** On only after the user said so in the popup. */
  enabled: boolean;
  /** The user's own application deadline, if they gave one. */
  date?: string;
}

export const REMINDER_DAYS = [30, 7, 1] as const;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function deadlinesFor(
  notice: ProfileNotice | undefined,
  userDate: string | undefined,
  today: string,
): Deadline[] {
  const out: Deadline[] = [];
  if (notice) {
    for (const p of getPolicy(notice).parameters) {
      if (!/deadline$/i.test(p.id)) continue;
      const v = valueAt(p, Number(today.slice(0, 4)));
      if (typeof v === 'string' && ISO.test(v) && v >= today) out.push({ date: v, label: `${notice}：${p.label}` });
    }
  }
  if (userDate && ISO.test(userDate) && userDate >= today) out.push({ date: userDate, label: '你的申报截止日期' });
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Whole days from `today` to `date` (both YYYY-MM-DD). */
export const daysUntil = (date: string, today: string) =>
  Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);

/** When to remind: 09:00 local time 30, 7 and 1 days before each deadline, only those still ahead. */
export function reminderTimes(deadlines: readonly Deadline[], now: Date): { name: string; when: number }[] {
  const out: { name: string; when: number }[] = [];
  for (const d of deadlines) {
    for (const days of REMINDER_DAYS) {
      const [y, m, day] = d.date.split('-').map(Number) as [number, number, number];
      const when = new Date(y, m - 1, day - days, 9, 0, 0).getTime();
      if (when > now.getTime()) out.push({ name: `xueshi|${d.date}|${days}|${d.label}`, when });
    }
  }
  return out;
}

/** What is still missing, in hours: each category's shortfall, or the total's where it asks more. */
export function missingHours(e: Evaluation): number | null {
  if (e.undetermined) return null;
  const byCategory = e.shortfall.public + e.shortfall.professional;
  return Math.round(Math.max(e.shortfall.total, byCategory) * 10) / 10;
}

/** The toolbar badge: "差15" while hours are missing this year, empty otherwise. */
export function badgeText(e: Evaluation | null): string {
  const missing = e ? missingHours(e) : null;
  return missing ? `差${missing}` : '';
}

export const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
