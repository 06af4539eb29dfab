import { collectReport } from './report/collect.ts';

// Injected into the active tab by lib/page-tools.ts (activeTab + scripting); its return value,
// already redacted, is what executeScript hands back.
export default defineUnlistedScript(() => collectReport());
