import { render } from 'preact';
import { requestPersistence } from '../../lib/db.ts';
import { Dashboard } from './Dashboard.tsx';
import '@xueshi/site/ui/styles.css';
import '../../assets/page.css';
import './dashboard.css';

requestPersistence();
render(<Dashboard />, document.getElementById('app') as HTMLElement);
