/** 按需载入所选通知的规则：计算器只下载用户所在地区的那一份。 */
import { useEffect, useState } from 'preact/hooks';
import { loadPolicy, type Policy, type ProfileNotice } from './core.ts';

const loaded = new Map<ProfileNotice, Policy>();

/** 所选通知的规则；还没选、还在载入时为 `undefined`，载入失败时给出中文说明。 */
export function usePolicy(id: ProfileNotice | undefined): { policy?: Policy; error?: string } {
  const [, rerender] = useState(0);
  const [error, setError] = useState<{ id: ProfileNotice; text: string } | null>(null);
  useEffect(() => {
    if (!id || loaded.has(id)) return;
    let live = true;
    loadPolicy(id).then(
      (p) => {
        loaded.set(id, p);
        if (live) rerender((n) => n + 1);
      },
      () => live && setError({ id, text: `没能载入 ${id} 的规则文件，请检查网络后刷新页面` }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  const policy = id && loaded.get(id);
  if (policy) return { policy };
  return error && error.id === id ? { error: error.text } : {};
}
