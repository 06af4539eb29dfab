import type { ProfileNotice } from '@xueshi/core';
import { useEffect, useState } from 'preact/hooks';
import { daysUntil, deadlinesFor, localDate, type ReminderSettings } from '../../lib/deadlines.ts';
import { getReminders, setReminders } from '../../lib/reminders.ts';

/**
 * The next deadline, the user's own application date, and the reminders — off until the user
 * turns them on here (they are local notifications; nothing is sent anywhere).
 */
export function Reminders({ notice }: { notice: ProfileNotice | undefined }) {
  const [settings, setSettings] = useState<ReminderSettings | null>(null);
  useEffect(() => {
    void getReminders().then(setSettings);
  }, []);
  if (!settings) return null;
  const today = localDate(new Date());
  const next = deadlinesFor(notice, settings.date, today)[0];
  const save = (s: ReminderSettings) => {
    setSettings(s);
    void setReminders(s);
  };
  return (
    <section aria-labelledby="deadline-title">
      <h2 id="deadline-title">截止日期与提醒</h2>
      <p data-testid="next-deadline">
        {next
          ? `下一个截止日期：${next.date}（${next.label}），还有 ${daysUntil(next.date, today)} 天。`
          : `所选通知对 ${today.slice(0, 4)} 年没有规定截止日期；可以填写你自己的申报截止日期。`}
      </p>
      <div class="field">
        <label for="popup-apply-date">我的申报截止日期（可不填）</label>
        <input
          id="popup-apply-date"
          type="date"
          value={settings.date ?? ''}
          onChange={(e) => {
            const date = e.currentTarget.value;
            save(date ? { ...settings, date } : { enabled: settings.enabled });
          }}
        />
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => save({ ...settings, enabled: e.currentTarget.checked })}
        />{' '}
        截止前 30、7、1 天在本机提醒我
      </label>
    </section>
  );
}
