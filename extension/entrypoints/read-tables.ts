import { extractTables } from '../adapters/generic-table/tables.ts';
import type { TableSnapshot } from '../lib/page-tools.ts';

// Injected into the active tab by lib/page-tools.ts (activeTab + scripting): the page's tables as
// text grids, returned to the extension through executeScript. Nothing is stored here.
export default defineUnlistedScript(
  (): TableSnapshot => ({
    url: location.href,
    title: document.title,
    tables: extractTables(document),
  }),
);
