import { render } from 'preact';
import { requestPersistence } from '../../lib/db.ts';
import { Dashboard } from './Dashboard.tsx';
import '@xueshi/site/ui/styles.css';
import '../../assets/page.css';
import './dashboard.css';

requestPersistence();
// The evaluator, forms and writes load beside the first screen, not before it (full.ts).
const loading = import('./full.ts');
render(<Dashboard loading={loading} />, document.getElementById('app') as HTMLElement);
