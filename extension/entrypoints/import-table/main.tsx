import { render, type VNode } from 'preact';
import { openDb } from '../../lib/db.ts';
import { loadStashed, readTablesInTab, stash, type TableSnapshot } from '../../lib/page-tools.ts';
import { Failure, ImportTable } from './ImportTable.tsx';
import '../../assets/page.css';
import './tools.css';

// `?id=` shows what the popup read; `?tab=` reads that tab first (the same script the popup runs),
// then keeps the result under an id so that reloading this page does not read the tab again.
async function load(): Promise<{ ok: true; snapshot: TableSnapshot } | { ok: false; message: string }> {
  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  if (id) {
    const snapshot = await loadStashed('tables', id);
    return snapshot
      ? { ok: true, snapshot }
      : {
          ok: false,
          message: '读取的表格已经过期（浏览器重启后会清除）。请回到学习平台的页面，再点一次“读取本页表格”。',
        };
  }
  const tab = Number(params.get('tab'));
  if (!Number.isInteger(tab) || tab < 0)
    return { ok: false, message: '没有要读取的页面。请在学习平台的页面上点击学时通图标，选择“读取本页表格”。' };
  const read = await readTablesInTab(tab);
  if (!read.ok) return read;
  history.replaceState(null, '', `?id=${await stash('tables', read.value)}`);
  return { ok: true, snapshot: read.value };
}

const app = document.getElementById('app') as HTMLElement;
// The static "正在加载…" goes once the page knows what to show.
const show = (page: VNode) => {
  app.replaceChildren();
  render(page, app);
};
load().then(
  (got) => show(got.ok ? <ImportTable snapshot={got.snapshot} db={openDb()} /> : <Failure text={got.message} />),
  (error: unknown) => show(<Failure text={`出现意外错误：${String(error)}`} />),
);
