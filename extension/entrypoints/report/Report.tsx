import { useState } from 'preact/hooks';
import { REMOVED_LABEL, type RemovedKind } from '../../lib/redact.ts';
import { type PageReport, reportFileName, reportText } from './model.ts';

/** Shows the exact file, what was removed from it, and saves it locally on request. */
export function Report({ report }: { report: PageReport }) {
  const text = reportText(report);
  const fileName = reportFileName(report);
  const [saved, setSaved] = useState('');
  const removed = (Object.keys(report.removed) as RemovedKind[]).filter((k) => report.removed[k] > 0);

  const save = () => {
    // A blob: URL in this page: the file goes to the browser's downloads, nowhere else.
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setSaved(`已保存为 ${fileName}（在浏览器的“下载内容”中）。`);
  };

  return (
    <main class="page">
      <header class="top">
        <h1>学时通 · 报告此页面</h1>
        <p class="muted">{report.page.host}</p>
      </header>
      <section aria-labelledby="what-h">
        <h2 id="what-h">这是什么</h2>
        <p>
          学时通还不认识这个页面。这份文件记录了页面上的表格结构和页面自己加载的数据结构（每个列表只留前几条），
          可以帮助开发者为这个网站编写读取程序。文件只保存在你的电脑上，学时通不会把它发送到任何地方；是否把它交给别人，由你决定。
        </p>
        <h3>已经删除的个人信息</h3>
        {removed.length ? (
          <ul>
            {removed.map((k) => (
              <li key={k}>
                {REMOVED_LABEL[k]}：{report.removed[k]} 处
              </li>
            ))}
          </ul>
        ) : (
          <p>没有发现需要删除的个人信息。</p>
        )}
        <p class="note">
          字段名或表头表示姓名、身份证号、电话、邮箱、账号、用户编号、密码、登录凭据、地址、生日的，整项已替换为“〔已删除…〕”；
          其余文字中的 18 位身份证号、手机号和电话、电子邮箱，以及“姓名：”“欢迎您，”之后的名字也已替换。
          自动删除难免遗漏，保存前请从头到尾看一遍，例如工作单位、证书编号等是否还在。
        </p>
      </section>
      <section aria-labelledby="file-h">
        <h2 id="file-h">
          文件内容：<code>{fileName}</code>
        </h2>
        <div class="actions">
          <button type="button" class="primary" onClick={save}>
            保存文件
          </button>
          <span role="status" aria-live="polite" class="status ok">
            {saved}
          </span>
        </div>
        <pre class="file">{text}</pre>
      </section>
    </main>
  );
}

export function ReportFailure({ text }: { text: string }) {
  return (
    <main class="page">
      <header class="top">
        <h1>学时通 · 报告此页面</h1>
      </header>
      <p class="error" role="alert">
        {text}
      </p>
    </main>
  );
}
