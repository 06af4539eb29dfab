/**
 * 按需载入的一组：导入导出文件、分享链接，以及它们的对话框（导入时问合并还是替换、
 * 查看分享链接时本机另有保存的内容、文件有问题）。计算器第一次导入、导出或分享时才下载。
 */
export * from './files.ts';
export * from './share.ts';

export function ImportAsk(p: { file: string; count: number; have: number; onChoose(how?: 'merge' | 'replace'): void }) {
  return (
    <div class="xs-confirm xs-no-print" role="alertdialog" aria-labelledby="xs-import-t" data-import="ask">
      <p id="xs-import-t">
        “{p.file}”有 {p.count} 条活动，计算器里已有 {p.have} 条。怎样导入？
      </p>
      <button type="button" class="xs-primary" onClick={() => p.onChoose('merge')}>
        合并（加到现有活动中）
      </button>
      <button type="button" onClick={() => p.onChoose('replace')}>
        替换现有活动
      </button>
      <button type="button" onClick={() => p.onChoose()} ref={(el) => el?.focus()}>
        取消
      </button>
    </div>
  );
}

export function SharedBanner(p: { count: number; saved: number; savedWhat: string; onKeep(): void; onBack(): void }) {
  return (
    <section class="xs-confirm xs-no-print" aria-labelledby="xs-shared-t" data-shared-view="">
      <p id="xs-shared-t">
        <strong>你在查看分享链接中的内容</strong>（{p.count} 条活动）。本机保存的 {p.saved} 条活动（{p.savedWhat}
        ）没有改动，也不会被自动覆盖。
      </p>
      <button type="button" onClick={p.onKeep}>
        保存分享的内容（替换本机保存的）
      </button>
      <button type="button" class="xs-primary" onClick={p.onBack}>
        回到本机保存的内容
      </button>
    </section>
  );
}

export function ImportErrors(p: { file: string; errors: string[]; onClose(): void }) {
  return (
    <div class="xs-alert xs-no-print" role="alert" data-import="error">
      <p>
        <strong>没有导入“{p.file}”</strong>：文件有 {p.errors.length} 处问题，当前内容没有改动。
      </p>
      <ul>
        {p.errors.slice(0, 20).map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
      {p.errors.length > 20 ? <p>……另有 {p.errors.length - 20} 处。</p> : null}
      <button type="button" onClick={p.onClose}>
        知道了
      </button>
    </div>
  );
}
