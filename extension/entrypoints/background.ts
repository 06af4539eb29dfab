import { onMessage } from '../lib/messages.ts';

export default defineBackground(() => {
  onMessage();
});
