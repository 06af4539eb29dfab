// When our first line runs (the bench's breakdown: page load before it, our work after).
performance.mark('xueshi:main');

import { render } from 'preact';
import { requestPersistence } from '../../lib/db-basics.ts';
import { deferred } from '../../lib/ui/hooks.ts';
import { Dashboard } from './Dashboard.tsx';
import '@xueshi/site/ui/styles.css';
import '../../assets/page.css';
import './dashboard.css';

requestPersistence();
// The evaluator, forms and writes (full.ts) load once the ledger's rows have painted, or at the
// first click that needs them: evaluating ~170 KB of modules on the main thread would otherwise
// delay the first screen (issue 12: first render ≤ 150 ms).
const loading = deferred(() => import('./full.ts'));
render(<Dashboard loading={loading} />, document.getElementById('app') as HTMLElement);
