import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'preact/hooks';

/**
 * The value of a Dexie query, kept current: Dexie re-runs it whenever a table it read changes,
 * in this page or in any other context of the extension (the background's writes included).
 * undefined until the first result.
 */
export function useLive<T>(query: () => Promise<T>, onError?: (error: unknown) => void): T | undefined {
  const [value, setValue] = useState<T>();
  // Subscribed during the first render rather than in an effect after its paint: the first read
  // starts a frame sooner (the dashboard's first-render budget). Results arrive asynchronously.
  const [sub] = useState(() => liveQuery(query).subscribe({ next: setValue, error: (e: unknown) => onError?.(e) }));
  useEffect(() => () => sub.unsubscribe(), []);
  return value;
}

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
