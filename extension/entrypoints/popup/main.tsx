import { render } from 'preact';
import { requestPersistence } from '../../lib/db-basics.ts';
import { Popup } from './Popup.tsx';
import './popup.css';

requestPersistence();
render(<Popup />, document.getElementById('app') as HTMLElement);
