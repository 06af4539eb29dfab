import { firstRead } from '../lib/first-read.ts';

// dashboard.html loads this as a classic script in its <head>: the first read of IndexedDB starts
// as the page parses, while its modules still load, instead of after them; Dashboard picks up the
// promise (startedFirstRead). Issue 12: first rows on screen 16 ms sooner (median of 15 reloads
// each, interleaved A/B, 5,000 records).
export default defineUnlistedScript(() => {
  // For the benchmark's breakdown (test/bench/extension-budgets.ts).
  performance.mark('xueshi:early-read');
  globalThis.xueshiFirstRead = firstRead();
});
