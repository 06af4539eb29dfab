import { openDb } from '../../lib/db.ts';
import { toolPageInput } from '../../lib/page-tools.ts';
import { mountToolPage } from '../../lib/tool-page.tsx';
import { Failure, ImportTable } from './ImportTable.tsx';
import '../../assets/page.css';
import './tools.css';

mountToolPage(
  toolPageInput('tables', {
    expired: '读取的表格已经过期（浏览器重启后会清除）。请回到学习平台的页面，再点一次“读取本页表格”。',
    noTab: '没有要读取的页面。请在学习平台的页面上点击学时通图标，选择“读取本页表格”。',
  }),
  (snapshot) => <ImportTable snapshot={snapshot} db={openDb()} />,
  (text) => <Failure text={text} />,
);
