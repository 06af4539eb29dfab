import { useEffect, useMemo, useState } from 'preact/hooks';

/**
 * `compute()` once the page has painted with `enabled` true (undefined before), then, on later
 * changes of `deps`, synchronously: the first screen shows without waiting for a slow figure,
 * and later figures never flicker.
 */
export function useAfterFirstPaint<T>(enabled: boolean, compute: () => T, deps: readonly unknown[]): T | undefined {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!enabled || ready) return;
    const t = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(t);
  }, [enabled, ready]);
  return useMemo(() => (ready ? compute() : undefined), [ready, ...deps]);
}

/**
 * What a promise resolves to, undefined before: a module the page loads after its first screen.
 * A failure goes to `onError`.
 */
export function useResolved<T>(promise: Promise<T>, onError?: (error: unknown) => void): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    promise.then(
      (v) => live && setValue(() => v),
      (e: unknown) => live && onError?.(e),
    );
    return () => {
      live = false;
    };
  }, [promise]);
  return value;
}

/** A module import that starts only when asked (`start`), while `promise` can be waited on from the first render. */
export interface Deferred<T> {
  promise: Promise<T>;
  start(): Promise<T>;
}

export function deferred<T>(load: () => Promise<T>): Deferred<T> {
  let go: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    go = resolve;
  });
  const promise = gate.then(load);
  return {
    promise,
    start: () => {
      go();
      return promise;
    },
  };
}
