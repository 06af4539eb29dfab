import { useEffect, useMemo, useState } from 'preact/hooks';

/** Marks the dashboard's first screen with data (elementtiming): what `useOnScreen` waits for. */
export const FIRST_SCREEN = 'xueshi-first-screen';

/**
 * True once the element marked `elementtiming={id}` is on screen: the frame presented, as the
 * browser reports it (Element Timing), not merely laid out. Work started then does not compete with
 * that frame's raster for the CPU (issue 12: the first rows ~25–35 ms sooner, measured). Where the
 * browser does not report it (Firefox), after the frame; an element it never paints (outside the
 * viewport) gives up waiting after half a second.
 */
export function useOnScreen(id: string, enabled: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!enabled || shown) return;
    const done = () => setShown(true);
    // Effects run as the frame is drawn: a timer set now fires after it.
    if (!PerformanceObserver.supportedEntryTypes?.includes('element')) {
      const t = setTimeout(done, 0);
      return () => clearTimeout(t);
    }
    const t = setTimeout(done, 500);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => (e as PerformanceEntry & { identifier?: string }).identifier === id)) done();
    });
    observer.observe({ type: 'element', buffered: true });
    return () => {
      clearTimeout(t);
      observer.disconnect();
    };
  }, [id, enabled, shown]);
  return shown;
}

/**
 * `compute()` once `ready` (undefined before), then, on later changes of `deps`, synchronously:
 * the first screen shows without waiting for a slow figure, and later figures never flicker.
 */
export function useOnceReady<T>(ready: boolean, compute: () => T, deps: readonly unknown[]): T | undefined {
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
