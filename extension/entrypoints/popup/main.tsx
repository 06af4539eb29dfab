import { render } from 'preact';
import { Popup } from './Popup.tsx';
import './popup.css';

render(<Popup />, document.getElementById('app') as HTMLElement);
