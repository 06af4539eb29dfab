import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
// 逐个模块导入（不经 ui/index.ts）：文件导入导出和分享链接的模块按需载入，不能被静态导入拉进首屏。
import { ActivityForm } from '../ui/ActivityForm.tsx';
import { ActivityList } from '../ui/ActivityList.tsx';
import {
  type Activity,
  type ActivityKind,
  type ActivityKindInfo,
  type Evaluation,
  evaluatePolicy,
  type FormFit,
  type Ledger,
  NOTICE_HEADERS,
  NOTICE_IDS,
  type Policy,
  type TraceEntry,
} from '../ui/core.ts';
import { clauseHrefFor } from '../ui/format.ts';
import { newActivityId } from '../ui/forms.ts';
import { usePolicy } from '../ui/policy.ts';
import { NoticeSelect, QueryForm } from '../ui/QueryForm.tsx';
import { queryText, ResultView } from '../ui/ResultView.tsx';
import {
  type CalcState,
  emptyState,
  fromLedger,
  mergeActivities,
  restore,
  snapshot,
  toLedger,
  withQueryInProfile,
} from '../ui/state.ts';

/** 本机保存的键；格式变化时换键，旧数据不会被误读。 */
export const STORAGE_KEY = 'xueshi.calculator.v1';

type Message = { kind: 'ok' | 'error'; text: string } | null;
/** 可以撤销的上一步：替换、合并或保存之前的状态。 */
type Undo = { state: CalcState; text: string } | null;

async function readSaved(): Promise<CalcState | undefined> {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (!saved) return undefined;
    const r = await restore(JSON.parse(saved));
    return r.ok ? r.state : undefined;
  } catch {
    // 本机保存的内容损坏：从空白开始，不影响使用。
    return undefined;
  }
}

function safeEvaluate(policy: Policy, s: CalcState): { evaluation?: Evaluation; error?: string } {
  try {
    return { evaluation: evaluatePolicy(policy, toLedger(s), s.query) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** 真实的状态：不含计划中的活动（计划另算，不计入真实结果）。 */
const realOf = (s: CalcState): CalcState =>
  s.activities.some((a) => a.planned) ? { ...s, activities: s.activities.filter((a) => !a.planned) } : s;

/** 今天（YYYY-MM-DD，UTC）：打印日期、规划器和“完成这些计划后”的截至日期都用它。 */
const today = () => new Date().toISOString().slice(0, 10);

type PlanModule = typeof import('../ui/PlanView.tsx');
type Prompts = typeof import('../ui/Prompts.tsx');
type UserForm = typeof import('../ui/UserRequirementForm.tsx');

export interface CalculatorProps {
  /** 条款链接的站点根地址（'' 为本站）。 */
  clauseBase?: string;
  /** 构建时的年份：服务器端渲染的初始值，打开后换成访问者的当前年份。 */
  initialYear: number;
  /** 各通知的表单（构建时由核心试算得出，见 formFit）。 */
  fit?: Partial<Record<string, FormFit>>;
  /** 活动种类与表单字段（核心的 ACTIVITY_KINDS，构建时写进页面的属性：不必随 JS 下载）。 */
  kinds: readonly ActivityKindInfo[];
}

/** 学时计算器（页面上唯一的 Preact 岛）：所有计算都在浏览器里完成。 */
export function Calculator({ clauseBase = '', initialYear, fit, kinds }: CalculatorProps) {
  const [state, setState] = useState<CalcState>(() => emptyState('QD23', initialYear));
  // 导入导出、分享及其对话框：第一次用到时载入。
  const [prompts, setPrompts] = useState<Prompts | null>(null);
  const loadPrompts = useCallback(async () => {
    const m = await import('../ui/Prompts.tsx');
    setPrompts(m);
    return m;
  }, []);
  const stateRef = useRef(state);
  stateRef.current = state;
  const [ready, setReady] = useState(false);
  // 还没有选通知时什么规则都不下载：每份通知的规则单独一个文件，选定后才载入。
  const [chosen, setChosen] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [importErrors, setImportErrors] = useState<{ file: string; errors: string[] } | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [printing, setPrinting] = useState(false);
  // 导入文件时已有活动：先问合并还是替换。
  const [pending, setPending] = useState<{ file: string; ledger: Ledger } | null>(null);
  const [undo, setUndo] = useState<Undo>(null);
  // 正在查看分享链接，而本机另有保存的内容：不自动保存，等用户选择。
  const [sharedOver, setSharedOver] = useState<CalcState | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const clauseHref = useMemo(() => clauseHrefFor(clauseBase), [clauseBase]);

  // 用户的任何改动都使文件里附带的“分享时的结果”失效。
  const update = useCallback((fn: (s: CalcState) => CalcState) => {
    setState((s) => {
      const next = fn(s);
      if (next.sharedResult) delete next.sharedResult;
      return next;
    });
    setLink(null);
  }, []);

  // 打开时：分享链接优先，其次本机保存的内容。
  const restoreFromHash = useCallback(
    async (current?: CalcState) => {
      // 分享链接的解码按需载入：没有 #s= 时不下载。
      if (!/[#&]s=/.test(location.hash)) return false;
      const { decodeShare, shareParam } = await loadPrompts();
      const enc = shareParam(location.hash);
      if (!enc) return false;
      const d = await decodeShare(enc);
      const r = d.ok ? await restore(d.value) : d;
      if (r.ok) {
        const saved = current ?? (await readSaved());
        // 本机已有活动时，分享的内容只是“查看”：本机保存的内容不动，等用户选择。
        if (saved?.activities.length) setSharedOver((s) => s ?? saved);
        setState(r.state);
        setChosen(true);
        setEditing(null);
        setMessage({
          kind: 'ok',
          text: `已从分享链接恢复：${r.state.activities.length} 条活动，${queryText(r.state.query)}。`,
        });
      } else setMessage({ kind: 'error', text: `${r.message}。当前内容没有改动。` });
      // 恢复后去掉 #，之后的改动不会与链接混淆。
      history.replaceState(null, '', location.pathname + location.search);
      return true;
    },
    [loadPrompts],
  );
  useEffect(() => {
    (async () => {
      if (!(await restoreFromHash())) {
        const saved = await readSaved();
        if (saved) {
          setState(saved);
          setChosen(true);
        } else {
          // 从政策页过来时（?notice=QH20）预先选好那份通知。
          const asked = new URLSearchParams(location.search).get('notice');
          const notice = NOTICE_IDS.find((id) => id === asked);
          setState((s) => ({
            ...s,
            profile: notice ? { ...s.profile, notice } : s.profile,
            query: { kind: 'year', year: new Date().getFullYear() },
          }));
          if (notice) setChosen(true);
        }
      }
      setReady(true);
    })();
    const onHash = () => void restoreFromHash(stateRef.current);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [restoreFromHash]);
  // 打印时展开全部解释（平时只生成展开的那几条）。
  useEffect(() => {
    const mq = matchMedia('print');
    const onMq = () => setPrinting(mq.matches);
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    mq.addEventListener('change', onMq);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      mq.removeEventListener('change', onMq);
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  useEffect(() => {
    if (!ready || !chosen || sharedOver) return;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(snapshot(state)));
    } catch {
      // 存储已满或被禁用：只是刷新后不能恢复。
    }
  }, [state, ready, chosen, sharedOver]);

  // “其他地区”的表单按需载入：选了其他地区、恢复了自己填写的要求，或要接着核算通知没有规定的年度时。
  const [userMod, setUserMod] = useState<UserForm | null>(null);
  const [gapOpen, setGapOpen] = useState(false);
  const isUser = state.profile.notice === 'USER';
  const wantUser = chosen && (isUser || gapOpen || !!state.profile.userRequirement);
  useEffect(() => {
    if (wantUser && !userMod)
      import('../ui/UserRequirementForm.tsx').then(setUserMod, () =>
        setMessage({ kind: 'error', text: '没能载入填写要求的表单，请检查网络后再试' }),
      );
  }, [wantUser, userMod]);
  const { policy, error: loadError } = usePolicy(chosen ? state.profile.notice : undefined);
  const real = useMemo(() => realOf(state), [state]);
  const hasPlans = real !== state;
  const { evaluation, error } = useMemo(
    () => (policy?.id === state.profile.notice ? safeEvaluate(policy, real) : { error: loadError }),
    [policy, real, state.profile.notice, loadError],
  );
  // 规划器按需载入：第一次点“怎样补齐”时，或台账里有计划时下载（“完成这些计划后”的试算也在它的文件里）。
  const [planMod, setPlanMod] = useState<PlanModule | null>(null);
  const planned = useMemo(
    () =>
      hasPlans && planMod && policy?.id === state.profile.notice
        ? safeEvaluate(policy, planMod.withPlansDone(state, today())).evaluation
        : undefined,
    [policy, state, hasPlans, planMod],
  );
  const trace = useMemo(() => {
    const m = new Map<string, TraceEntry>(evaluation?.trace.map((t) => [t.activityId, t]) ?? []);
    for (const t of planned?.trace ?? []) if (!m.has(t.activityId)) m.set(t.activityId, t);
    return m;
  }, [evaluation, planned]);
  const [planWanted, setPlanWanted] = useState(false);
  const loadPlan = () =>
    import('../ui/PlanView.tsx').then(setPlanMod, () =>
      setMessage({ kind: 'error', text: '没能载入“怎样补齐”，请检查网络后再试' }),
    );
  const openPlan = () => {
    setPlanWanted(true);
    void loadPlan();
  };
  // 台账里有计划时，“完成这些计划后”的试算和那一句也在规划器的文件里：一并载入。
  useEffect(() => {
    if (hasPlans && !planMod) void loadPlan();
  }, [hasPlans, planMod]);
  const addFromPlan = useCallback(
    (template: Activity, asPlan: boolean) => {
      const a = { ...template, id: newActivityId(stateRef.current.activities) } as Activity;
      if (asPlan) a.planned = true;
      update((s) => ({ ...s, activities: [...s.activities, a] }));
      setMessage({ kind: 'ok', text: `已${asPlan ? '加为计划' : '添加'}：${a.title ?? ''}` });
    },
    [update],
  );
  const onComplete = useCallback(
    (id: string) => {
      update((s) => ({
        ...s,
        activities: s.activities.map((a) => {
          if (a.id !== id) return a;
          const { planned: _, ...done } = a;
          return done as Activity;
        }),
      }));
      setMessage({ kind: 'ok', text: '已标为已完成，计入真实结果。' });
    },
    [update],
  );

  const onSave = useCallback(
    (a: Activity) => {
      update((s) => {
        const i = s.activities.findIndex((x) => x.id === a.id);
        const activities = i < 0 ? [...s.activities, a] : s.activities.map((x) => (x.id === a.id ? a : x));
        return { ...s, activities };
      });
      setEditing(null);
      setMessage({
        kind: 'ok',
        text: `已${editing ? '保存' : '添加'}：${a.title || kinds.find((k) => k.kind === a.kind)?.label}`,
      });
    },
    [update, editing],
  );
  const onEdit = useCallback((id: string) => {
    setEditing(id);
    requestAnimationFrame(() => document.getElementById('xs-edit')?.focus());
  }, []);
  const onRemove = useCallback(
    (id: string) => {
      update((s) => ({ ...s, activities: s.activities.filter((a) => a.id !== id) }));
      setEditing((e) => (e === id ? null : e));
      setMessage({ kind: 'ok', text: '已删除一条活动。' });
      // 被删的按钮消失后，焦点回到清单标题，键盘用户不会迷失。
      requestAnimationFrame(() => document.getElementById('xs-list-h')?.focus());
    },
    [update],
  );

  /** 换上新的状态，并记下原来的以便撤销。 */
  const replaceWith = (next: CalcState, text: string) => {
    setUndo({ state, text });
    setState(next);
    setChosen(true);
    setEditing(null);
    setLink(null);
    setPending(null);
    setMessage({ kind: 'ok', text });
  };
  const applyImport = (file: string, ledger: Ledger, how: 'merge' | 'replace') => {
    if (how === 'merge') {
      const m = mergeActivities(state.activities, ledger.activities);
      const same = m.same ? `，${m.same} 条与已有的相同、没有重复加入` : '';
      replaceWith({ ...state, activities: m.activities }, `已把“${file}”合并进来：新增 ${m.added} 条活动${same}。`);
      return;
    }
    // 文件没有指明查询（分享结果或拟申报）时，保留当前的问题。
    const next = fromLedger(ledger, state.query.year);
    if (!ledger.sharedResult && !(ledger.profile.applyingFor && ledger.profile.applicationYear))
      next.query = state.query;
    replaceWith(next, `已导入“${file}”：${ledger.activities.length} 条活动。`);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const { describeIssue, importLedgerFile } = await loadPrompts();
    const r = await importLedgerFile(file);
    if (r.ok) {
      setImportErrors(null);
      if (chosen && state.activities.length) {
        setPending({ file: file.name, ledger: r.ledger });
        setMessage(null);
      } else applyImport(file.name, r.ledger, 'replace');
    } else {
      setImportErrors({ file: file.name, errors: r.errors.map(describeIssue) });
      setMessage(null);
    }
  };
  const undoLast = () => {
    if (!undo) return;
    setState(undo.state);
    setChosen(true);
    setUndo(null);
    setMessage({ kind: 'ok', text: '已撤销，恢复到之前的内容。' });
  };
  const keepShared = () => {
    if (!sharedOver) return;
    setUndo({ state: sharedOver, text: '已保存分享的内容，替换了本机原来保存的。' });
    setSharedOver(null);
    setMessage({ kind: 'ok', text: '已保存分享的内容，替换了本机原来保存的。' });
  };
  const backToSaved = () => {
    if (!sharedOver) return;
    setState(sharedOver);
    setSharedOver(null);
    setMessage({ kind: 'ok', text: '已回到本机保存的内容。' });
  };
  const exportFile = async () => {
    const ledger = toLedger(withQueryInProfile(state));
    const { exportFileName, exportLedgerText, saveTextFile } = await loadPrompts();
    saveTextFile(exportFileName(ledger), exportLedgerText(ledger, evaluation));
    setMessage({ kind: 'ok', text: '已导出台账文件（含本次结果，对方打开时会重新计算并比较）。' });
  };
  const makeLink = async () => {
    const { encodeShare, shareUrl } = await loadPrompts();
    const url = shareUrl(location.href, await encodeShare(snapshot(state)));
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ kind: 'ok', text: '分享链接已复制。数据都在链接的 # 之后，不会发送到任何服务器。' });
    } catch {
      setMessage({ kind: 'ok', text: '分享链接已生成，请复制下方的链接。数据都在 # 之后，不会发送到任何服务器。' });
    }
  };
  // 清空活动和设置，回到第一步（选择通知）：没有选定通知时不保存，本机保存的内容因此确定被删掉，
  // 不会被随后的自动保存又写回去。
  const clearAll = () => {
    setState(emptyState(state.profile.notice, new Date().getFullYear()));
    setChosen(false);
    setEditing(null);
    setConfirmClear(false);
    setImportErrors(null);
    setSharedOver(null);
    setPending(null);
    setUndo(null);
    setLink(null);
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {}
    setMessage({ kind: 'ok', text: '已清空全部活动。' });
  };

  // 所选通知没有规则的种类照样可以录入（换通知时有用），但标明不会计入。
  const rules = policy?.rules;
  const kindNote = useCallback((k: ActivityKind) => (!rules || k in rules ? undefined : '（本通知未规定）'), [rules]);
  const userForm = wantUser ? (
    userMod ? (
      <div class="xs-no-print">
        <userMod.UserRequirementForm
          value={state.profile.userRequirement}
          yearsOnly={!isUser && state.query.kind === 'year'}
          onChange={(u) =>
            update((s) => {
              const { userRequirement: _, ...profile } = s.profile;
              return { ...s, profile: u ? { ...profile, userRequirement: u } : profile };
            })
          }
        />
      </div>
    ) : (
      <p class="xs-loading">正在载入表单……</p>
    )
  ) : // 收录的通知没有规定这一年度（退回国家规定）或这类申报（无法判断）：可以接着按所在地区的要求核算。
  evaluation?.warnings.some((w) => w.code === 'no-rule' || (w.code === 'baseline' && w.clauses[0] === 'NAT15-REQ')) ? (
    <button type="button" class="xs-no-print" onClick={() => setGapOpen(true)}>
      按你所在地区的要求继续核算
    </button>
  ) : null;
  const editingActivity = editing ? state.activities.find((a) => a.id === editing) : undefined;
  const notice = NOTICE_HEADERS[state.profile.notice];
  return (
    // 拖放只是鼠标的快捷方式；键盘用户用“导入台账文件”按钮。
    // biome-ignore lint/a11y/noStaticElementInteractions: drop target only, file button is the accessible path
    <div
      class={`xs-calc${dragging ? ' xs-dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void importFile(e.dataTransfer?.files[0]);
      }}
    >
      <div class="xs-print-only xs-print-head">
        <p>
          姓名：{state.profile.name || '＿＿＿＿＿＿'} · 继续教育学时核对表 · {notice.region}
          {policy ? `《${policy.title}》${policy.docNumber ? `（${policy.docNumber}）` : ''}` : ''} · 打印日期 {today()}
        </p>
      </div>
      <fieldset class="xs-toolbar xs-no-print">
        <legend class="xs-visually-hidden">文件与分享</legend>
        <button type="button" onClick={() => fileInput.current?.click()}>
          导入台账文件
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          class="xs-visually-hidden"
          aria-label="选择要导入的台账文件（JSON）"
          tabIndex={-1}
          onChange={(e) => {
            void importFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
        <button type="button" onClick={exportFile} disabled={!evaluation}>
          导出台账文件
        </button>
        <button type="button" onClick={() => void makeLink()}>
          生成分享链接
        </button>
        <input
          aria-label="姓名（只用于打印，可不填）"
          placeholder="姓名（打印用）"
          value={state.profile.name ?? ''}
          onInput={(e) => {
            const name = e.currentTarget.value;
            update((s) => ({ ...s, profile: { ...s.profile, name } }));
          }}
        />
        <button type="button" onClick={() => print()}>
          打印 / 存为 PDF
        </button>
        <button type="button" class="xs-danger" onClick={() => setConfirmClear(true)} aria-expanded={confirmClear}>
          清空
        </button>
      </fieldset>
      <p class="xs-drop-hint xs-no-print">也可以把台账文件（.json）拖到本区域导入。</p>
      {confirmClear ? (
        <div class="xs-confirm xs-no-print" role="alertdialog" aria-labelledby="xs-confirm-t">
          <p id="xs-confirm-t">
            确定清空全部 {state.activities.length} 条活动和设置吗？本机保存的内容也会删除，不能撤销。
          </p>
          <button type="button" class="xs-danger" onClick={clearAll}>
            确定清空
          </button>
          <button type="button" onClick={() => setConfirmClear(false)} ref={(el) => el?.focus()}>
            取消
          </button>
        </div>
      ) : null}
      {link ? (
        <div class="xs-field xs-no-print">
          <label for="xs-share-link">分享链接</label>
          <input id="xs-share-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <div aria-live="polite" class="xs-no-print">
        {message ? <p class={message.kind === 'ok' ? 'xs-ok-msg' : 'xs-error'}>{message.text}</p> : null}
        {undo && message?.text === undo.text ? (
          <button type="button" onClick={undoLast}>
            撤销
          </button>
        ) : null}
      </div>
      {/* 导入、分享的对话框与导入文件、分享链接的代码一起按需载入（prompts 在它们第一次用到时已载入）。 */}
      {pending && prompts ? (
        <prompts.ImportAsk
          file={pending.file}
          count={pending.ledger.activities.length}
          have={state.activities.length}
          onChoose={(how) => (how ? applyImport(pending.file, pending.ledger, how) : setPending(null))}
        />
      ) : null}
      {sharedOver && prompts ? (
        <prompts.SharedBanner
          count={state.activities.length}
          saved={sharedOver.activities.length}
          savedWhat={`${NOTICE_HEADERS[sharedOver.profile.notice].region}，${queryText(sharedOver.query)}`}
          onKeep={keepShared}
          onBack={backToSaved}
        />
      ) : null}
      {importErrors && prompts ? (
        <prompts.ImportErrors
          file={importErrors.file}
          errors={importErrors.errors}
          onClose={() => setImportErrors(null)}
        />
      ) : null}

      {chosen || !ready ? null : (
        <div class="xs-field xs-choose">
          <label for="xs-choose-notice">适用的通知（地区）</label>
          <NoticeSelect
            id="xs-choose-notice"
            value={undefined}
            onChange={(notice) => {
              update((s) => ({ ...s, profile: { ...s.profile, notice } }));
              setChosen(true);
            }}
          />
          <p class="xs-help">各地、各年度的学时要求和折算办法不同。先选你所在单位适用的通知，或导入一份台账文件。</p>
        </div>
      )}
      {chosen ? (
        <div class="xs-no-print">
          <QueryForm
            profile={state.profile}
            query={state.query}
            routes={fit?.[state.profile.notice]?.routes}
            onChange={(profile, query) => update((s) => ({ ...s, profile, query }))}
          />
        </div>
      ) : null}
      {isUser ? userForm : null}

      {!chosen ? null : evaluation ? (
        <>
          <ResultView evaluation={evaluation} clauseHref={clauseHref} />
          {isUser ? null : userForm}
          {planned && planMod ? <planMod.PlannedSummary real={evaluation} planned={planned} /> : null}
          {evaluation.complete || evaluation.undetermined ? null : planMod && planWanted && policy ? (
            <div class="xs-no-print">
              <planMod.PlanView
                policy={policy}
                ledger={toLedger(real)}
                query={real.query}
                today={today()}
                clauseHref={clauseHref}
                onAdd={addFromPlan}
              />
            </div>
          ) : (
            <button type="button" class="xs-plan-open xs-no-print" onClick={openPlan} aria-busy={planWanted}>
              怎样补齐？列出所选通知提供的办法
            </button>
          )}
        </>
      ) : error ? (
        <p class="xs-error" role="alert">
          无法核算：{error}
        </p>
      ) : (
        <p class="xs-loading" aria-busy="true">
          正在载入{notice.region}的规则……
        </p>
      )}

      <section class="xs-add xs-no-print" aria-labelledby="xs-edit" id="xs-edit-wrap">
        <h2 id="xs-edit" tabIndex={-1}>
          {editingActivity ? '编辑活动' : '添加活动'}
        </h2>
        <ActivityForm
          key={editing ?? 'new'}
          kinds={kinds}
          activity={editingActivity}
          existing={state.activities}
          onSave={onSave}
          onCancel={editingActivity ? () => setEditing(null) : undefined}
          kindNote={kindNote}
          fit={fit?.[state.profile.notice]}
          allowPlanned
        />
      </section>

      <section aria-labelledby="xs-list-h">
        <h2 id="xs-list-h" tabIndex={-1}>
          活动与计入的学时（{state.activities.length} 条）
        </h2>
        <ActivityList
          activities={state.activities}
          kinds={kinds}
          trace={trace}
          clauseHref={clauseHref}
          onEdit={onEdit}
          onRemove={onRemove}
          onComplete={onComplete}
          expandAll={printing}
          limit={100}
        />
      </section>
    </div>
  );
}
