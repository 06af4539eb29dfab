import { useState } from 'preact/hooks';

/** Placeholder island: proves the Preact island hydrates; the calculator replaces it. */
export function Hello() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      已点击 {count} 次
    </button>
  );
}
