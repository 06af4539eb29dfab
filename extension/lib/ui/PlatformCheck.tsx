import { fmtHours } from '@xueshi/site/ui';
import './platform-check.css';
import type { Reason, YearCheck } from '../reconcile.ts';

const pair = (earned: number | null, target: number | null) =>
  `${earned === null ? '—' : fmtHours(earned)} / ${target === null ? '—' : fmtHours(target)}`;
const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });
const PASSED = (p: boolean | null) => (p === null ? '状态未知' : p ? '已通过' : '未通过');

/**
 * The platform's own figures for the year, beside 学时通's verdict, with why they differ and a
 * way to the fix. Shared by the popup and the dashboard.
 */
const FIX_TEXT: Record<NonNullable<Reason['fix']>, string> = {
  category: '去选择类别',
  hours: '去补学时',
  date: '去补完成日期',
  ledger: '去台账修改',
};

export function PlatformCheck(props: {
  checks: readonly YearCheck[];
  complete: boolean | null;
  /** The 待补充 list, and the 台账 table (where 不计入 and changed hours are edited). */
  fixHref: string;
  ledgerHref: string;
}) {
  const hrefOf = (fix: NonNullable<Reason['fix']>) => (fix === 'ledger' ? props.ledgerHref : props.fixHref);
  if (props.checks.length === 0) return null;
  return (
    <div class="platform-checks">
      {props.checks.map(({ summary: s, ours, verdict, reasons }) => (
        <div class="platform-check" key={s.key} data-testid="platform-check" data-verdict={verdict}>
          <p>
            <strong>平台自己的记录</strong>（{s.host}，{when(s.readAt)} 读取）：必修{' '}
            {pair(s.requiredEarned, s.requiredTarget)}，选修 {pair(s.electiveEarned, s.electiveTarget)}，总学时{' '}
            {pair(s.totalEarned, s.totalTarget)}，<strong data-testid="platform-passed">{PASSED(s.passed)}</strong>
          </p>
          <p class={verdict === 'differ' ? 'differ' : undefined}>
            {ours !== null && <>学时通计入本站课程 {fmtHours(ours)} 学时。</>}
            {verdict === 'agree' && '与平台的结论一致。'}
            {verdict === 'undetermined' && '学时通对这一年无法判断（原因见核算结果的提示），平台的结论只作参考。'}
            {verdict === 'differ' &&
              `与平台的结论不同：平台显示${PASSED(s.passed)}，按通知的规定${props.complete ? '已达标' : '未达标'}。结论以通知为准，可能的原因：`}
          </p>
          {reasons.length > 0 && (
            <ul data-testid="platform-reasons">
              {reasons.map((r) => (
                <li key={r.text} data-kind={r.kind}>
                  {r.text}
                  {r.fix && (
                    <>
                      {' '}
                      <a href={hrefOf(r.fix)} target={hrefOf(r.fix).startsWith('#') ? undefined : '_blank'}>
                        {FIX_TEXT[r.fix]}
                      </a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
