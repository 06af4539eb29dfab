/**
 * 预算（只报告，不作为计时测试）：
 * 1. 各类页面引用的 JS（gzip 后字节数），以及计算器页上一位访客实际下载的 JS（每份通知分别测）；
 * 2. 计算器在 500 条活动时，一次输入变化到结果更新的时间（Chromium，playwright-core）。
 *
 * 运行：`pnpm --filter @xueshi/site bench`（先构建，再测量）。
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// 复用端到端测试的 Chromium 启动与静态服务器（playwright-core 在 test 包里）。
import { launch } from '../../test/e2e/harness/browser.ts';
import { startSiteServer } from '../../test/e2e/harness/fixtures.ts';
import { calculatorVisit, gz, htmlFiles, pageJs } from './js-graph.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const JS_BUDGET_CALCULATOR = 40 * 1024;
const LATENCY_BUDGET_MS = 50;

if (!existsSync(join(dist, 'index.html'))) {
  console.error('site/dist 不存在：先运行 pnpm build');
  process.exit(1);
}

/** 一个页面引用到的全部 JS：打开时下载的和按需载入的。 */
function jsOfPage(htmlPath: string): { files: Set<string>; inline: number } {
  const js = pageJs(dist, htmlPath);
  const files = new Set(js.initial);
  for (const chunk of js.onDemand.values()) for (const f of chunk) files.add(f);
  return { files, inline: js.inline };
}

function pageType(rel: string): string {
  if (rel === 'index.html') return '首页';
  if (rel.startsWith('calculator/')) return '计算器';
  if (rel === 'policy/index.html') return '政策目录';
  if (rel.startsWith('policy/')) return '政策页';
  if (rel.startsWith('compare/')) return '地区对比';
  if (rel.startsWith('format/')) return '文件格式';
  if (rel === '404.html') return '404';
  return rel;
}

console.log('== JS（gzip，字节）按页面：页面引用到的全部文件，含按需载入和从不载入的 ==');
const byType = new Map<string, number[]>();
for (const html of htmlFiles(dist).sort()) {
  const rel = relative(dist, html);
  const { files, inline } = jsOfPage(html);
  const bytes = [...files].reduce((s, f) => s + gz(f), 0) + inline;
  const type = pageType(rel);
  byType.set(type, [...(byType.get(type) ?? []), bytes]);
  console.log(`${String(bytes).padStart(8)}  ${rel}${inline ? `（其中内联 ${inline}）` : ''}`);
}
console.log('\n== 按页面类型（最大值） ==');
for (const [type, list] of byType)
  console.log(`${type.padEnd(6, '　')} ${Math.max(...list)} 字节 gzip（${list.length} 页）`);

const site = await startSiteServer();
const calculatorInline = jsOfPage(join(dist, 'calculator', 'index.html')).inline;
const jsPaths = (requests: { url(): string }[]) => [
  ...new Set(requests.map((r) => new URL(r.url()).pathname).filter((p) => p.endsWith('.js'))),
];
const gzOf = (paths: string[]) => paths.reduce((sum, p) => sum + gz(join(dist, p.replace(/^\//, ''))), 0);

/**
 * 一位访客实际下载的 JS：新的浏览器打开计算器、选所在地区的通知、导入一份台账文件、生成分享链接。
 * 每份通知的规则按需载入，所以按通知分别测量；预算看最重的那一份。
 */
async function visitorSession(notice: string): Promise<{ paths: string[]; bytes: number }> {
  const b = await launch();
  try {
    const page = await b.context.newPage();
    await page.goto(`${site.origin}/calculator/`);
    await page.getByLabel('适用的通知（地区）').selectOption(notice);
    await page.waitForSelector('.xs-result');
    const example = readdirSync(examples).find((f) => f.startsWith(`${notice}-`));
    if (example) {
      await page.setInputFiles('input[type=file]', join(examples, example));
      await page.waitForSelector('.xs-ok-msg');
    }
    await page.getByRole('button', { name: '生成分享链接' }).click();
    await page.waitForSelector('#xs-share-link');
    await page.waitForLoadState('networkidle');
    const paths = jsPaths(b.requests);
    return { paths, bytes: gzOf(paths) + calculatorInline };
  } finally {
    await b.close();
  }
}

const examples = fileURLToPath(new URL('../../core/examples/', import.meta.url));
console.log('\n== 计算器页：访客实际下载的 JS（Chromium，gzip） ==');
let heaviest = 0;
for (const notice of ['WH19', 'LY17', 'QD23', 'QH20', 'NX19']) {
  const { paths, bytes } = await visitorSession(notice);
  heaviest = Math.max(heaviest, bytes);
  console.log(
    `${notice}：${(bytes / 1024).toFixed(1)} KB（${paths.length} 个文件 + 内联 ${calculatorInline} 字节：${paths
      .map((p) => `${p.replace('/_astro/', '')} ${gz(join(dist, p.replace(/^\//, '')))}`)
      .join('、')}）`,
  );
}
console.log(
  `最重的一次访问 ${(heaviest / 1024).toFixed(1)} KB（${heaviest} 字节），预算 ${JS_BUDGET_CALCULATOR / 1024} KB：${heaviest <= JS_BUDGET_CALCULATOR ? '符合' : '超出'}`,
);
const visit = calculatorVisit(dist);
console.log(`按构建文件计（确定性，预算测试 site-budget 检查它）：${visit.bytes} 字节（${visit.parts.join('，')}）`);
const everything = jsOfPage(join(dist, 'calculator', 'index.html'));
console.log(
  `（参考：计算器页引用到的全部 JS，含所有通知的规则和从不载入的 signals 模块，共 ${(
    ([...everything.files].reduce((s, f) => s + gz(f), 0) + everything.inline) / 1024
  ).toFixed(1)} KB）`,
);

// ---- 500 条活动时的更新延迟 ----
const N = 500;
const kinds = [
  (i: number) => ({
    kind: 'online-course',
    title: `网络课程 ${i}`,
    category: i % 3 ? 'professional' : 'public',
    hours: 2 + (i % 5),
    date: `2023-${String((i % 12) + 1).padStart(2, '0')}-15`,
  }),
  (i: number) => ({
    kind: 'training',
    title: `培训 ${i}`,
    format: 'training',
    days: 1 + (i % 3),
    hours: 10 + (i % 20),
    date: `2023-${String((i % 12) + 1).padStart(2, '0')}-10`,
  }),
  (i: number) => ({
    kind: 'paper',
    title: `论文 ${i}`,
    paperType: 'paper',
    date: `2023-${String((i % 12) + 1).padStart(2, '0')}-05`,
  }),
  (i: number) => ({
    kind: 'public-certificate',
    title: `公需证书 ${i}`,
    hours: 5,
    date: `2023-${String((i % 12) + 1).padStart(2, '0')}-20`,
  }),
  (i: number) => ({
    kind: 'qualification-exam',
    title: `资格考试 ${i}`,
    examType: 'qualification',
    date: `2022-${String((i % 12) + 1).padStart(2, '0')}-01`,
  }),
];
const activities = Array.from({ length: N }, (_, i) => ({
  id: `b${i}`,
  ...(kinds[i % kinds.length] as (i: number) => object)(i),
}));
const snapshot = {
  ledger: { formatVersion: 1, profile: { notice: 'QD23', doctorate: false }, activities },
  query: { kind: 'year', year: 2023 },
};

const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/calculator/`);
  await page.evaluate((s) => localStorage.setItem('xueshi.calculator.v1', JSON.stringify(s)), snapshot);
  await page.reload();
  await page.waitForFunction((n) => document.getElementById('xs-list-h')?.textContent?.includes(`（${n} 条）`), N);

  // 一次输入变化：改变年度输入框 / 选择通知 / 勾选查询方式；从派发事件到 DOM 更新完毕（MutationObserver），以及到下一帧。
  const measure = (action: 'year' | 'notice' | 'add' | 'kind', i: number) =>
    page.evaluate(
      async ({ action, i }) => {
        const root = document.querySelector('.xs-calc') as HTMLElement;
        const form = document.querySelector('form[aria-label="添加活动"]') as HTMLFormElement;
        if (action === 'add') {
          // 先填好表单（不计时），计时从提交开始。
          const set = (label: string, value: string) => {
            const l = [...form.querySelectorAll('label')].find((x) => x.textContent?.startsWith(label));
            const el = l?.control as HTMLInputElement | HTMLSelectElement;
            el.value = value;
            el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
          };
          set('活动种类', 'online-course');
          await new Promise((r) => setTimeout(r, 0));
          set('课程名称', `新课程 ${i}`);
          set('类别', 'professional');
          set('学时', '3');
          set('完成日期', '2023-05-05');
          await new Promise((r) => setTimeout(r, 0));
        }
        // 观察从这里开始：填表引起的变化不算。
        const done = new Promise<number>((resolve) => {
          const mo = new MutationObserver(() => {
            mo.disconnect();
            resolve(performance.now());
          });
          mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
        });
        const t0 = performance.now();
        if (action === 'add') {
          form.requestSubmit();
        } else if (action === 'year') {
          const input = [...document.querySelectorAll('label')].find(
            (l) => l.textContent === '年度' || l.textContent === '申报年度',
          )?.control as HTMLInputElement;
          input.value = String(i % 2 ? 2023 : 2022);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        } else if (action === 'notice') {
          const sel = [...document.querySelectorAll('label')].find((l) => l.textContent === '适用的通知（地区）')
            ?.control as HTMLSelectElement;
          sel.value = i % 2 ? 'QD23' : 'WH19';
          sel.dispatchEvent(new Event('change', { bubbles: true }));
        } else {
          const radios = [...document.querySelectorAll<HTMLInputElement>('.xs-query input[type=radio]')];
          const r = radios[i % 2 ? 0 : 1] as HTMLInputElement;
          r.checked = true;
          r.dispatchEvent(new Event('change', { bubbles: true }));
          r.dispatchEvent(new Event('click', { bubbles: true }));
        }
        const t1 = await done;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return { dom: t1 - t0, frame: performance.now() - t0 };
      },
      { action, i },
    );

  console.log(`\n== 结果更新延迟（${N} 条活动，Chromium） ==`);
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { median: s[Math.floor(s.length / 2)] as number, max: s[s.length - 1] as number };
  };
  let worst = 0;
  for (const listed of ['清单先列 100 条（默认）', '清单列出全部 500 条（点“显示其余”后）']) {
    if (listed.startsWith('清单列出全部')) {
      await page.getByRole('button', { name: /显示其余/ }).click();
      await page.waitForFunction(() => document.querySelectorAll('.xs-list > li').length >= 500);
    }
    console.log(`-- ${listed}`);
    for (const action of ['year', 'notice', 'add'] as const) {
      for (let w = 0; w < 3; w++) await measure(action, w); // 预热
      const runs = [];
      for (let i = 0; i < (action === 'add' ? 10 : 15); i++) runs.push(await measure(action, i));
      const dom = stats(runs.map((r) => r.dom));
      const frame = stats(runs.map((r) => r.frame));
      worst = Math.max(worst, dom.median);
      const label = { year: '改年度', notice: '换通知', add: '添加一条活动' }[action];
      console.log(
        `${label}：到 DOM 更新 中位数 ${dom.median.toFixed(1)} ms（最大 ${dom.max.toFixed(1)}）；到下一帧 中位数 ${frame.median.toFixed(1)} ms（最大 ${frame.max.toFixed(1)}）`,
      );
    }
  }
  console.log(
    `目标 < ${LATENCY_BUDGET_MS} ms（DOM 更新中位数，两种清单中较差者）：${worst < LATENCY_BUDGET_MS ? '符合' : '超出'}`,
  );
} finally {
  await browser.close();
  await site.close();
}
