import { render, type VNode } from 'preact';
import { collectReportInTab, loadStashed, stash } from '../../lib/page-tools.ts';
import type { PageReport } from './model.ts';
import { Report, ReportFailure } from './Report.tsx';
import '../../assets/page.css';
import '../import-table/tools.css';

// `?id=` shows what the popup collected; `?tab=` collects from that tab first (the same script),
// then keeps the report under an id so that reloading this page does not ask the page again.
async function load(): Promise<{ ok: true; report: PageReport } | { ok: false; message: string }> {
  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  if (id) {
    const report = await loadStashed('report', id);
    return report
      ? { ok: true, report }
      : { ok: false, message: '这份报告已经过期（浏览器重启后会清除）。请回到那个页面，再点一次“报告此页面”。' };
  }
  const tab = Number(params.get('tab'));
  if (!Number.isInteger(tab) || tab < 0)
    return { ok: false, message: '没有要报告的页面。请在那个页面上点击学时通图标，选择“报告此页面”。' };
  const got = await collectReportInTab(tab);
  if (!got.ok) return got;
  history.replaceState(null, '', `?id=${await stash('report', got.value)}`);
  return { ok: true, report: got.value };
}

const app = document.getElementById('app') as HTMLElement;
// The static "正在加载…" goes once the page knows what to show.
const show = (page: VNode) => {
  app.replaceChildren();
  render(page, app);
};
load().then(
  (got) => show(got.ok ? <Report report={got.report} /> : <ReportFailure text={got.message} />),
  (error: unknown) => show(<ReportFailure text={`出现意外错误：${String(error)}`} />),
);
