import { ACTIVITY_KINDS, type Activity, evaluate, type Profile, type Query } from '@xueshi/core';
import { ActivityForm, exportFileName, exportLedgerText, importLedgerFile, saveTextFile } from '@xueshi/site/ui';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openDb, type ReadLog, type StoredRecord, type StoredSummary } from '../../lib/db.ts';
import {
  clearAll,
  deleteActivity,
  deleteRecord,
  importLedger,
  ledgerFrom,
  recordsToComplete,
  saveActivity,
  setProfile,
  setRecordOverride,
} from '../../lib/ledger-store.ts';
import { openingQuery } from '../../lib/opening.ts';
import { reconcileYear } from '../../lib/reconcile.ts';
import { allRecords } from '../../lib/records.ts';
import { useAfterFirstPaint, useLive } from '../../lib/ui/hooks.ts';
import { PlatformCheck } from '../../lib/ui/PlatformCheck.tsx';
import { LedgerTable } from './LedgerTable.tsx';
import { PendingRecords } from './PendingRecords.tsx';
import { ProfileEditor } from './ProfileEditor.tsx';
import { ResultPanel } from './ResultPanel.tsx';

const db = openDb();

interface Data {
  profile: Profile | undefined;
  records: StoredRecord[];
  summaries: StoredSummary[];
  activities: Activity[];
  reads: ReadLog[];
}

async function loadData(): Promise<Data> {
  const [settings, records, summaries, activities, reads] = await Promise.all([
    db.settings.get('profile'),
    allRecords(db),
    db.summaries.toArray(),
    db.activities.toArray(),
    db.reads.orderBy('at').reverse().limit(50).toArray(),
  ]);
  return { profile: settings?.profile, records, summaries, activities, reads };
}

export function Dashboard() {
  // Live: a read landing from another tab (the background writes it) re-renders the page.
  const data = useLive(loadData);
  const [asked, setQuery] = useState<Query | null>(null);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  // The ledger's rows show first; the ledger and the evaluation of thousands of activities
  // follow a frame later.
  const ledger = useAfterFirstPaint(
    data !== undefined,
    () => (data ? ledgerFrom(data.profile, data.activities, data.records).ledger : null),
    [data],
  );
  // The opening question is chosen once, from the first data; later reads do not move the page.
  const opening = useRef<Query | null>(null);
  if (data && !opening.current) opening.current = openingQuery(data);
  const query = asked ?? opening.current;
  const evaluation = useMemo(
    () => (ledger === undefined ? undefined : ledger && query ? evaluate(ledger, query) : null),
    [ledger, query],
  );
  const pending = useMemo(() => (data ? recordsToComplete(data.records) : []), [data]);
  const checks = useMemo(
    () =>
      data && query?.kind === 'year' && evaluation !== undefined
        ? reconcileYear(query.year, data.summaries, data.records, evaluation)
        : [],
    [data, query, evaluation],
  );
  // For the benchmark: when the ledger first showed, and when its evaluation did.
  useLayoutEffect(() => {
    if (data) performance.mark('xueshi:ledger-shown');
  }, [data === undefined]);
  useLayoutEffect(() => {
    if (evaluation !== undefined) performance.mark('xueshi:evaluated');
  }, [evaluation === undefined]);

  if (!data || !query) return <main aria-busy="true">正在加载台账…</main>;

  const run = async (work: () => Promise<unknown>, ok?: string) => {
    try {
      await work();
      if (ok) setStatus({ tone: 'ok', text: ok });
    } catch (error) {
      setStatus({ tone: 'error', text: `操作失败，台账没有改动：${String(error)}` });
    }
  };

  const onImport = async (file: File) => {
    const result = await importLedger(db, await importLedgerFile(file), file.name);
    setStatus(result.ok ? { tone: 'ok', text: result.log.message } : { tone: 'error', text: result.message });
  };

  return (
    <div class="page">
      <header class="top">
        <h1>学时通 · 我的台账</h1>
        <p>数据只保存在这个浏览器里。</p>
      </header>
      {status && (
        <p class={`status ${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'} data-testid="status">
          {status.text}
        </p>
      )}

      <section aria-labelledby="profile-h">
        <h2 id="profile-h">个人资料</h2>
        <ProfileEditor profile={data.profile} onChange={(p) => void run(() => setProfile(db, p))} />
      </section>

      <section aria-labelledby="result-h">
        <h2 id="result-h">核算结果</h2>
        {evaluation === undefined ? (
          <p class="hint" aria-busy="true">
            正在核算…
          </p>
        ) : evaluation && data.profile ? (
          <ResultPanel
            profile={data.profile}
            evaluation={evaluation}
            query={query}
            onChange={(profile, q) => {
              setQuery(q);
              if (profile !== data.profile) void run(() => setProfile(db, profile));
            }}
          />
        ) : (
          <p class="hint">先在“个人资料”中选择适用的地区通知。</p>
        )}
        <PlatformCheck checks={checks} complete={evaluation?.complete ?? null} fixHref="#pending-h" />
      </section>

      {pending.length > 0 && (
        <section aria-labelledby="pending-h">
          <h2 id="pending-h">待补充的记录（{pending.length}）</h2>
          <PendingRecords
            pending={pending}
            onOverride={(key, override) => void run(() => setRecordOverride(db, key, override), '已保存。')}
          />
        </section>
      )}

      <section aria-labelledby="ledger-h">
        <h2 id="ledger-h">台账</h2>
        <LedgerTable
          records={data.records}
          activities={data.activities}
          onSaveActivity={(a) => void run(() => saveActivity(db, a), '已保存。')}
          onDeleteActivity={(id) => void run(() => deleteActivity(db, id), '已删除。')}
          onOverride={(key, override) => void run(() => setRecordOverride(db, key, override), '已保存。')}
          onDeleteRecord={(key) => void run(() => deleteRecord(db, key), '已删除。')}
        />
      </section>

      <section aria-labelledby="add-h">
        <h2 id="add-h">添加线下活动</h2>
        <ActivityForm
          kinds={ACTIVITY_KINDS}
          existing={data.activities}
          onSave={(a) => void run(() => saveActivity(db, { ...a, source: { kind: 'manual' } }), '已添加。')}
        />
      </section>

      <section aria-labelledby="files-h">
        <h2 id="files-h">文件</h2>
        <div class="actions">
          <button
            type="button"
            disabled={!ledger}
            onClick={() => {
              if (!ledger) return;
              saveTextFile(exportFileName(ledger), exportLedgerText(ledger, evaluation ?? undefined));
              setStatus({ tone: 'ok', text: `已导出 ${ledger.activities.length} 条活动。` });
            }}
          >
            导出台账（JSON）
          </button>
          <label class="button">
            导入台账（JSON）
            <input
              type="file"
              accept="application/json,.json"
              class="visually-hidden"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void onImport(file);
              }}
            />
          </label>
          <DeleteAll onConfirm={() => void run(() => clearAll(db), '已删除全部数据。')} />
        </div>
      </section>

      <section aria-labelledby="history-h">
        <h2 id="history-h">读取与导入记录</h2>
        {data.reads.length === 0 ? (
          <p class="hint">还没有读取或导入过。</p>
        ) : (
          <ul class="history">
            {data.reads.map((r) => (
              <li key={r.id}>
                <time dateTime={r.at}>{new Date(r.at).toLocaleString('zh-CN', { hour12: false })}</time>{' '}
                <span>{r.host ?? r.file ?? '导入'}</span> <span>{r.message}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function DeleteAll({ onConfirm }: { onConfirm(): void }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" class="danger" onClick={() => setAsking(true)}>
        删除全部数据…
      </button>
    );
  return (
    <fieldset class="confirm">
      <legend class="visually-hidden">确认删除全部数据</legend>
      将删除本机保存的全部记录、活动和个人资料，且无法恢复。建议先导出台账。
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        确定删除
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        取消
      </button>
    </fieldset>
  );
}
