import type { Profile, Query } from '@xueshi/core';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type LedgerData, startedFirstRead } from '../../lib/first-read.ts';
import { recordsToComplete } from '../../lib/ledger.ts';
import { About } from '../../lib/ui/About.tsx';
import { type Deferred, FIRST_SCREEN, useOnceReady, useOnScreen, useResolved } from '../../lib/ui/hooks.ts';
import type { Undo } from '../../lib/undo.ts';
import { BulkEditor } from './BulkEditor.tsx';
import { guessedRows } from './bulk-model.ts';
import type { DashboardModules } from './full.ts';
import { LedgerTable } from './LedgerTable.tsx';

interface Status {
  tone: 'ok' | 'error';
  text: string;
  undo?: Undo;
}

/** For the benchmark's breakdown (test/bench/extension-budgets.ts): when the first read returned. */
function markRead() {
  if (performance.getEntriesByName('xueshi:data-read').length === 0) performance.mark('xueshi:data-read');
}

/**
 * The dashboard. Its first screen (the ledger's rows, the list to complete) needs only Preact and
 * one read in plain IndexedDB; `loading` (full.ts: evaluator, forms, Dexie for live updates and
 * writes) follows it and fills in the rest.
 */
export function Dashboard({ loading }: { loading: Deferred<DashboardModules> }) {
  const [asked, setQuery] = useState<Query | null>(null);
  // 撤销 belongs to the status line of the action that produced it (see `undoable`).
  const [status, setStatus] = useState<Status | null>(null);
  const [data, setData] = useState<LedgerData>();
  // Started by early-read.ts while the modules loaded (or here, during the first render).
  // No database at the current schema yet: Dexie creates or upgrades it, so the rest loads at once.
  useState(() =>
    startedFirstRead().then((d) => {
      if (!d) return void loading.start();
      markRead();
      setData((now) => now ?? d);
    }),
  );
  const full = useResolved(loading.promise, (error) =>
    setStatus({ tone: 'error', text: `页面加载不完整：${String(error)}。请刷新本页重试。` }),
  );
  // Live: a read landing from another tab (the background writes it) re-renders the page.
  useEffect(
    () =>
      full?.watchLedger(
        full.db,
        (d) => {
          markRead();
          setData(d);
        },
        (error) => setStatus({ tone: 'error', text: `读取本机台账失败：${String(error)}。请刷新本页重试。` }),
      ),
    [full],
  );
  // Undo is offered only until the next change of the ledger, from anywhere: a later write here
  // drops it (`run`), and so does a change seen live from another tab or the background, checked
  // against the ledger as the action left it. Restoring then would silently discard that change;
  // the restore itself checks again in its transaction (undoIfUnchanged), so a change that lands
  // while the button is still shown is not discarded either.
  const undo = status?.undo;
  useEffect(() => {
    if (!undo || !full) return;
    let live = true;
    void full.unchangedSince(full.db, undo.after).then((same) => {
      if (live && !same) setStatus((s) => (s?.undo === undo ? { tone: s.tone, text: s.text } : s));
    });
    return () => {
      live = false;
    };
  }, [data, undo, full]);
  const [importing, setImporting] = useState<File | null>(null);
  const [confirmGuessed, setConfirmGuessed] = useState(false);

  // The ledger's rows show first; the ledger and the evaluation of thousands of activities follow
  // once they are on screen.
  const shown = useOnScreen(FIRST_SCREEN, data !== undefined);
  const ledger = useOnceReady(
    shown && full !== undefined,
    () => (data && full ? full.ledgerFrom(data.profile, data.activities, data.records).ledger : null),
    [data, full],
  );
  // The opening question is chosen once, from the first data; later reads do not move the page
  // (Chosen again while the ledger was empty: the first read then decides.)
  const opening = useRef<{ query: Query; empty: boolean } | null>(null);
  const empty = !data || data.records.length + data.activities.length === 0;
  if (data && full && (!opening.current || (opening.current.empty && !empty))) {
    opening.current = { query: full.openingQuery(data), empty };
  }
  const query = asked ?? opening.current?.query ?? null;
  const evaluation = useMemo(
    () => (ledger === undefined || !full ? undefined : ledger && query ? full.evaluate(ledger, query) : null),
    [ledger, query, full],
  );
  // The list to complete weighs every record's evidence (tens of ms for thousands): it follows
  // the first screen too.
  const toComplete = useOnceReady(
    shown,
    () => (data ? { pending: recordsToComplete(data.records), guessed: guessedRows(data.records).length } : null),
    [data],
  );
  const pending = toComplete?.pending ?? [];
  const guessedCount = toComplete?.guessed ?? 0;
  const checks = useMemo(
    () =>
      data && full && query?.kind === 'year' && evaluation !== undefined
        ? full.reconcileYear(query.year, data.summaries, data.records, evaluation)
        : [],
    [data, full, query, evaluation],
  );
  // For the benchmark: when the ledger first showed, and when its evaluation did.
  useLayoutEffect(() => {
    if (data) performance.mark('xueshi:ledger-shown');
  }, [data === undefined]);
  // The rest of the page starts loading once the rows are on screen (or the read failed).
  useEffect(() => {
    if (shown || status?.tone === 'error') void loading.start();
  }, [shown, status]);
  useLayoutEffect(() => {
    if (evaluation !== undefined) performance.mark('xueshi:evaluated');
  }, [evaluation === undefined]);

  if (!data)
    return (
      <main aria-busy={status ? undefined : 'true'}>
        {status ? <p role="alert">{status.text}</p> : '正在加载台账…'}
      </main>
    );

  // A write waits for full.ts when a click comes before it has loaded.
  const write =
    <T,>(work: (m: DashboardModules) => Promise<T>) =>
    () =>
      loading.start().then(work);
  // Every write: its status line (if any) replaces the last one, and any write ends the undo of an
  // earlier action, whose copy would throw this write away.
  const attempt = async (work: () => Promise<Status | null>) => {
    try {
      const next = await work();
      setStatus((s) => next ?? (s && { tone: s.tone, text: s.text }));
    } catch (error) {
      setStatus({ tone: 'error', text: `操作失败，台账没有改动：${String(error)}` });
    }
  };
  const run = (work: () => Promise<unknown>, ok?: string) =>
    attempt(async () => {
      await work();
      return ok ? { tone: 'ok', text: ok } : null;
    });
  // Deletes, imports, clear-all and bulk edits can be undone (the last one): a copy before, and
  // one after (a write from another tab between the action and that copy is not told apart).
  const undoable = (work: () => Promise<unknown>, text: string | ((result: unknown) => string)) =>
    attempt(async () => {
      const m = await loading.start();
      const before = await m.takeSnapshot(m.db);
      const result = await work();
      const after = await m.takeSnapshot(m.db);
      return { tone: 'ok', text: typeof text === 'string' ? text : text(result), undo: { before, after } };
    });
  const onUndo = (u: Undo) =>
    attempt(async () => {
      const m = await loading.start();
      return (await m.undoIfUnchanged(m.db, u))
        ? { tone: 'ok', text: '已撤销，台账恢复到上一步之前。' }
        : { tone: 'error', text: '台账在这之后又有改动，不能再撤销了（撤销会丢掉这些改动）。' };
    });

  const onImport = async (file: File, mode: 'ask' | 'merge' | 'replace') => {
    const m = await loading.start();
    const parsed = await m.readLedgerFile(file);
    if (!parsed.ok) {
      const result = await m.importLedger(m.db, parsed, file.name);
      if (!result.ok) setStatus({ tone: 'error', text: result.message });
      return;
    }
    if (mode === 'ask' && data.activities.length + data.records.length > 0) return setImporting(file);
    setImporting(null);
    await undoable(
      async () => {
        const result = await (mode === 'replace' ? m.replaceWithLedger : m.importLedger)(m.db, parsed, file.name);
        if (!result.ok) throw new Error(result.message);
        return result.log.message;
      },
      (message) => (mode === 'replace' ? `已替换台账：${message}` : String(message)),
    );
  };
  // Saving or deleting the figures of 其他地区 replaces the ones before: undoable, like a delete.
  const saveProfile = (p: Profile) => {
    const save = write((m) => m.setProfile(m.db, p));
    const before = data.profile?.userRequirement;
    if (JSON.stringify(before) === JSON.stringify(p.userRequirement)) return run(save);
    return undoable(save, p.userRequirement ? '已保存你填写的要求。' : '已不再使用你填写的要求（表格保留）。');
  };
  const rows = confirmGuessed ? [...pending, ...guessedRows(data.records)] : pending;

  return (
    <>
      <main class="page">
        <header class="top">
          <h1 elementtiming={FIRST_SCREEN}>学时通 · 我的台账</h1>
          <p>数据只保存在这个浏览器里。</p>
        </header>
        {status && (
          <p class={`status ${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'} data-testid="status">
            {status.text}
            {status.undo && status.tone === 'ok' && (
              <>
                {' '}
                <button type="button" onClick={() => status.undo && void onUndo(status.undo)}>
                  撤销
                </button>
              </>
            )}
          </p>
        )}

        <section aria-labelledby="profile-h">
          <h2 id="profile-h">个人资料</h2>
          {full ? (
            <full.ProfileEditor profile={data.profile} question={query?.kind} onChange={(p) => void saveProfile(p)} />
          ) : (
            <Loading />
          )}
        </section>

        <section aria-labelledby="result-h">
          <h2 id="result-h">核算结果</h2>
          {evaluation === undefined || !full ? (
            <p class="hint" aria-busy="true">
              正在核算…
            </p>
          ) : evaluation && query && data.profile ? (
            <full.ResultPanel
              profile={data.profile}
              evaluation={evaluation}
              query={query}
              onChange={(profile, q) => {
                setQuery(q);
                if (profile !== data.profile) void run(write((m) => m.setProfile(m.db, profile)));
              }}
            />
          ) : (
            <p class="hint">先在“个人资料”中选择适用的地区通知。</p>
          )}
          {full && (
            <full.PlatformCheck
              checks={checks}
              complete={evaluation?.complete ?? null}
              fixHref="#pending-h"
              ledgerHref="#ledger-h"
            />
          )}
        </section>

        {(pending.length > 0 || guessedCount > 0) && (
          <section aria-labelledby="pending-h">
            <h2 id="pending-h">待补充的记录（{pending.length}）</h2>
            {guessedCount > 0 && (
              <label class="check">
                <input
                  type="checkbox"
                  checked={confirmGuessed}
                  onChange={(e) => setConfirmGuessed(e.currentTarget.checked)}
                />{' '}
                也列出类别只按网址推断的记录（{guessedCount} 条），逐一确认
              </label>
            )}
            <BulkEditor
              rows={rows}
              onSave={(changes) =>
                void undoable(
                  write((m) => m.setRecordOverrides(m.db, changes)),
                  `已保存 ${changes.length} 条记录的修改。`,
                )
              }
            />
          </section>
        )}

        <section aria-labelledby="ledger-h">
          <h2 id="ledger-h">台账</h2>
          <LedgerTable
            full={full}
            records={data.records}
            activities={data.activities}
            onScreen={shown}
            onSaveActivity={(a) =>
              void run(
                write((m) => m.saveActivity(m.db, a)),
                '已保存。',
              )
            }
            onDeleteActivity={(id) =>
              void undoable(
                write((m) => m.deleteActivity(m.db, id)),
                '已删除。',
              )
            }
            onOverride={(key, override) =>
              void run(
                write((m) => m.setRecordOverride(m.db, key, override)),
                '已保存。',
              )
            }
            onExcludeRecord={(key, excluded) =>
              void undoable(
                write((m) => m.setRecordExcluded(m.db, key, excluded)),
                excluded ? '已设为不计入：平台上仍有这门课，再次读取时也不会计入。' : '已恢复计入。',
              )
            }
          />
        </section>

        <section aria-labelledby="add-h">
          <h2 id="add-h">添加线下活动</h2>
          {full ? (
            <full.ActivityForm
              kinds={full.ACTIVITY_KINDS}
              existing={data.activities}
              onSave={(a) =>
                void run(
                  write((m) => m.saveActivity(m.db, { ...a, source: { kind: 'manual' } })),
                  '已添加。',
                )
              }
            />
          ) : (
            <Loading />
          )}
        </section>

        <section aria-labelledby="files-h">
          <h2 id="files-h">文件</h2>
          <div class="actions">
            <button
              type="button"
              disabled={!ledger || !full}
              onClick={() => {
                if (!ledger || !full) return;
                const file = full.withPlatformRecords(ledger, data.records);
                full.saveTextFile(full.exportFileName(ledger), full.exportLedgerText(file, evaluation ?? undefined));
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
                  if (file) void onImport(file, 'ask');
                }}
              />
            </label>
            <DeleteAll
              onConfirm={() =>
                void undoable(
                  write((m) => m.clearAll(m.db)),
                  '已删除全部数据。',
                )
              }
            />
          </div>
          {importing && (
            <fieldset class="confirm" data-testid="import-choice">
              <legend>导入“{importing.name}”</legend>
              台账中已有 {data.activities.length + data.records.length}{' '}
              条记录。合并：保留现有的，只添加文件中新的；替换：先清空现有的记录和个人资料，再导入文件。两种都可以撤销。
              <button type="button" onClick={() => void onImport(importing, 'merge')}>
                合并
              </button>
              <button type="button" class="danger" onClick={() => void onImport(importing, 'replace')}>
                替换
              </button>
              <button type="button" onClick={() => setImporting(null)}>
                取消
              </button>
            </fieldset>
          )}
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
      </main>
      <footer class="page-footer">
        <About evaluatorVersion={full?.EVALUATOR_VERSION} />
      </footer>
    </>
  );
}

/** Where a part of the page waits for full.ts (a moment after the first screen). */
function Loading() {
  return (
    <p class="hint" aria-busy="true">
      正在加载…
    </p>
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
      将删除本机保存的全部记录、活动和个人资料（删除后可以立即撤销）。建议先导出台账。
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
