import { toolPageInput } from '../../lib/page-tools.ts';
import { mountToolPage } from '../../lib/tool-page.tsx';
import { Report, ReportFailure } from './Report.tsx';
import '../../assets/page.css';
import '../import-table/tools.css';

mountToolPage(
  toolPageInput('report', {
    expired: '这份报告已经过期（浏览器重启后会清除）。请回到那个页面，再点一次“报告此页面”。',
    noTab: '没有要报告的页面。请在那个页面上点击学时通图标，选择“报告此页面”。',
  }),
  (report) => <Report report={report} />,
  (text) => <ReportFailure text={text} />,
);
