import { EVALUATOR_VERSION, type Evaluation, evaluate, type Profile, type ProfileNotice } from '@xueshi/core';
import { fmtHours, NOTICE_OPTIONS, NoticeSelect } from '@xueshi/site/ui';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReadLog } from '../../lib/db.ts';
import { openDb } from '../../lib/db.ts';
import { getProfile, ledgerFrom, recordsToComplete, setProfile } from '../../lib/ledger-store.ts';
import type { ReadPage, ReadPageReply } from '../../lib/messages.ts';
import { NOTICES_WITH_GAPS } from '../../lib/notice-choices.ts';
import { latestYear } from '../../lib/opening.ts';
import { startTableRead, toolPageUrl } from '../../lib/page-tools.ts';
import { lastReadPerSource, ownRequirementLines } from '../../lib/present.ts';
import { reconcileYear, type YearCheck } from '../../lib/reconcile.ts';
import { allRecords } from '../../lib/records.ts';
import { suggestNotice } from '../../lib/suggest-notice.ts';
import { About } from '../../lib/ui/About.tsx';
import { PlatformCheck } from '../../lib/ui/PlatformCheck.tsx';
import { Reminders } from './Reminders.tsx';

const db = openDb();

interface State {
  /** The year the figures are for (set with them, so title and figures never disagree). */
  year: number;
  profile: Profile | undefined;
  evaluation: Evaluation | null;
  pendingCount: number;
  checks: YearCheck[];
  /** A notice the sites read suggest, offered (never chosen) while none is set. */
  suggested: ProfileNotice | null;
  lastReads: ReadLog[];
}

export function Popup() {
  // null until the first load picks the year that matters (the latest with records).
  const [year, setYear] = useState<number | null>(null);
  const [state, setState] = useState<State | null>(null);
  const [readReply, setReadReply] = useState<string | null>(null);

  const latest = useRef(0);
  const load = async () => {
    const ticket = ++latest.current;
    const [profile, activities, records, reads, tab] = await Promise.all([
      getProfile(db),
      db.activities.toArray(),
      allRecords(db),
      db.reads.orderBy('at').reverse().limit(200).toArray(),
      activeTab(),
    ]);
    const shown = year ?? latestYear(records, activities, new Date().getFullYear());
    const summaries = await db.summaries.where('year').equals(shown).toArray();
    const { ledger } = ledgerFrom(profile, activities, records);
    if (ticket !== latest.current) return; // a newer year was asked for meanwhile
    const evaluation = ledger ? evaluate(ledger, { kind: 'year', year: shown }) : null;
    const hosts = [...records.map((r) => r.host), ...reads.flatMap((r) => (r.host ? [r.host] : []))];
    if (tab?.url?.startsWith('http')) hosts.push(new URL(tab.url).hostname);
    setState({
      year: shown,
      profile,
      evaluation,
      checks: reconcileYear(shown, summaries, records, evaluation),
      pendingCount: recordsToComplete(records).length,
      lastReads: lastReadPerSource(reads),
      suggested: profile ? null : suggestNotice(hosts),
    });
    if (year === null) setYear(shown);
  };
  useEffect(() => {
    void load();
  }, [year]);

  const chooseNotice = async (notice: ProfileNotice) => {
    await setProfile(db, { ...(state?.profile ?? { doctorate: false }), notice });
    await load();
  };

  const readThisPage = async () => {
    setReadReply('正在读取…');
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return setReadReply('找不到当前标签页。');
    try {
      const reply: ReadPageReply = await browser.tabs.sendMessage(tab.id, { type: 'read-page' } satisfies ReadPage);
      setReadReply(reply.message);
      await load();
    } catch {
      setReadReply('这个页面不是学时通认识的学习平台页面（或页面还没加载完）。');
    }
  };

  // Any other page: the user asks, which grants activeTab for that tab. Reading a table is
  // quick and done from here; a report takes seconds, so its own page does the work, where
  // closing the popup cannot cut it short.
  const readTables = async () => {
    setReadReply('正在读取本页表格…');
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return setReadReply('找不到当前标签页。');
    const got = await startTableRead(tab.id);
    setReadReply(got.ok ? null : got.message);
  };
  const reportPage = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return setReadReply('找不到当前标签页。');
    await browser.tabs.create({ url: toolPageUrl('report', { tab: tab.id }) });
  };

  if (!state) return <main aria-busy="true">正在加载…</main>;
  const { profile, evaluation } = state;
  return (
    <main>
      <h1>学时通</h1>
      {state.suggested && (
        <p class="suggest" data-testid="notice-suggestion">
          根据你读取的平台，适用的可能是{' '}
          {NOTICE_OPTIONS.find((n) => n.id === state.suggested)?.label ?? state.suggested}。{' '}
          <button type="button" onClick={() => state.suggested && void chooseNotice(state.suggested)}>
            采用
          </button>
        </p>
      )}
      <div class="field">
        <label for="popup-notice">适用的地区通知</label>
        <NoticeSelect id="popup-notice" value={profile?.notice} onChange={(notice) => void chooseNotice(notice)} />
      </div>
      {profile?.notice === 'USER' && !profile.userRequirement && (
        <p class="hint">
          <a href={browser.runtime.getURL('/dashboard.html#profile-h')} target="_blank" rel="noreferrer">
            在台账中填写你所在地区的要求
          </a>
          （可以从国家规定或江苏、广东、湖南的数字开始）。
        </p>
      )}

      {evaluation ? (
        <section aria-labelledby="progress-title">
          <div class="year">
            <button type="button" class="step" aria-label="上一年" onClick={() => setYear(state.year - 1)}>
              ‹
            </button>
            <h2 id="progress-title">{state.year} 年度进度</h2>
            <button type="button" class="step" aria-label="下一年" onClick={() => setYear(state.year + 1)}>
              ›
            </button>
          </div>
          {ownRequirementLines(evaluation).map((w) => (
            <p key={w.message} class="own-basis" data-testid="own-basis">
              {w.message}
            </p>
          ))}
          <Progress label="公需科目" credited={evaluation.credited.public} required={evaluation.requirement?.public} />
          <Progress
            label="专业科目"
            credited={evaluation.credited.professional}
            required={evaluation.requirement?.professional}
          />
          <Progress label="合计" credited={evaluation.credited.total} required={evaluation.requirement?.total} />
          <p
            class={`verdict ${evaluation.undetermined ? 'unknown' : evaluation.complete ? 'ok' : 'short'}`}
            data-testid="verdict"
          >
            {verdictText(evaluation)}
          </p>
          {floorOnly(evaluation) && (
            <p class="hint">
              <a href={browser.runtime.getURL('/dashboard.html#profile-h')} target="_blank" rel="noreferrer">
                在台账中填写当地这一年的要求
              </a>
              ，按它核算。
            </p>
          )}
          <BadgeYear shown={state.year} thisYear={new Date().getFullYear()} />
          <PlatformCheck
            checks={state.checks}
            complete={evaluation.complete}
            fixHref={browser.runtime.getURL('/dashboard.html#pending-h')}
            ledgerHref={browser.runtime.getURL('/dashboard.html#ledger-h')}
          />
          {state.pendingCount > 0 && (
            <p class="hint">有 {state.pendingCount} 条记录缺学时、类别或完成日期，请在台账中补充。</p>
          )}
        </section>
      ) : (
        <p class="hint">先选择适用的地区通知，学时通才能按规定核算。</p>
      )}

      {profile && <Reminders notice={profile.notice} />}

      <section aria-labelledby="reads-title">
        <h2 id="reads-title">最近读取</h2>
        {state.lastReads.length === 0 ? (
          <p class="hint">还没有读取过任何平台。登录学习平台后打开“学习档案”页面，学时通会自动读取。</p>
        ) : (
          <ul class="reads">
            {state.lastReads.map((r) => (
              <li key={r.id}>
                <span class="host">{r.host ?? r.file ?? '导入的文件'}</span>
                <time dateTime={r.at}>{new Date(r.at).toLocaleString('zh-CN', { hour12: false })}</time>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div class="actions">
        <button type="button" onClick={() => void readThisPage()}>
          读取本页
        </button>
        <button type="button" onClick={() => void readTables()}>
          读取本页表格
        </button>
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}
        >
          打开台账
        </button>
      </div>
      <p class="hint">
        学时通不认识的平台：打开学习记录页面后点“读取本页表格”，确认后保存。{' '}
        <button type="button" class="link" onClick={() => void reportPage()}>
          报告此页面
        </button>
        （生成去除个人信息的页面结构文件，供编写新的平台适配器；不会发送到任何地方）
      </p>
      {readReply && (
        <p class="hint" role="status">
          {readReply}
        </p>
      )}
      <About evaluatorVersion={EVALUATOR_VERSION} />
    </main>
  );
}

/**
 * What is still missing, per category: a surplus of 公需 does not make up for missing 专业 hours.
 * Names the year: the popup opens on the latest year with records, which need not be this one.
 */
export function verdictText(e: Evaluation): string {
  const span = e.query.kind === 'year' ? `${e.query.year} 年度` : '审验期';
  if (e.undetermined) return `${span}无法判断：${undeterminedReason(e)}`;
  if (e.complete) return `${span}学时已达标。`;
  const parts: string[] = [];
  if (e.shortfall.public > 0) parts.push(`公需科目 ${fmtHours(e.shortfall.public)} 学时`);
  if (e.shortfall.professional > 0) parts.push(`专业科目 ${fmtHours(e.shortfall.professional)} 学时`);
  const byCategory = e.shortfall.public + e.shortfall.professional;
  if (e.shortfall.total > byCategory)
    parts.push(`合计还需 ${fmtHours(e.shortfall.total - byCategory)} 学时（任一类别）`);
  return `${span}还差：${parts.join('，')}。`;
}

/**
 * Undecided because the year has only the national floor to measure by, under a notice whose years without
 * figures the dashboard's form can fill (QH20, NX19; 其他地区): the way forward is to state the local figure.
 */
function floorOnly(e: Evaluation): boolean {
  const fillable = e.notice === 'USER' || NOTICES_WITH_GAPS.includes(e.notice);
  return fillable && e.undetermined && e.warnings.some((w) => w.code === 'baseline');
}

/**
 * Why the evaluator could not decide, in its own words: another department's rules (own-rules), a route or year
 * the notice does not provide for (no-rule), hours that wait on rules outside the notice (pending, unknown), only the
 * national floor to measure by (baseline), or a question to the user (needs-input).
 */
function undeterminedReason(e: Evaluation): string {
  // Hours waiting on other rules are a reason only in a year that is itself undecided.
  const undecidedYears = new Set(e.years.filter((y) => y.undetermined).map((y) => y.year));
  const w =
    e.warnings.find((x) => x.code === 'own-rules' || x.code === 'no-rule') ??
    e.warnings.find((x) => x.hours && x.hours.use !== 'fill' && undecidedYears.has(x.hours.year)) ??
    e.warnings.find((x) => x.code === 'baseline') ??
    e.warnings.find((x) => x.code === 'needs-input');
  return w ? `${w.message}。` : '通知对这一年没有规定。';
}

/** The badge counts this year; the popup may show another (the latest year with records). */
function BadgeYear({ shown, thisYear }: { shown: number; thisYear: number }) {
  if (shown === thisYear) return null;
  return (
    <p class="hint" data-testid="badge-year">
      工具栏图标上的提示按今年（{thisYear} 年度）计算。
    </p>
  );
}

function Progress({ label, credited, required }: { label: string; credited: number; required?: number | undefined }) {
  const share = required ? Math.min(1, credited / required) : 0;
  return (
    <div class="progress">
      <div class="progress-label">
        <span>{label}</span>
        <span>
          {fmtHours(credited)}
          {required !== undefined ? ` / ${fmtHours(required)}` : ''} 学时
        </span>
      </div>
      {required !== undefined && (
        <progress value={share} max={1} aria-label={`${label}完成比例`}>
          {Math.round(share * 100)}%
        </progress>
      )}
    </div>
  );
}

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
