/**
 * A DOM for the table-reading tests. happy-dom is the intended test DOM but is not installed
 * yet; until then linkedom (already present as a dependency of wxt) parses the fixtures.
 * The adapters only use standard DOM calls, so either works.
 */
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';

type Parse = (html: string) => Document;

async function load(): Promise<Parse | null> {
  try {
    const name = 'happy-dom';
    const { Window } = await import(/* @vite-ignore */ name);
    return (html) => {
      const window = new Window();
      window.document.write(html);
      return window.document as unknown as Document;
    };
  } catch {
    // fall through to linkedom
  }
  try {
    // Resolve from wxt's real folder: pnpm keeps linkedom next to wxt, not next to us.
    const wxtDir = realpathSync(new URL('../../node_modules/wxt', import.meta.url));
    const require = createRequire(`${wxtDir}/package.json`);
    const { DOMParser } = require('linkedom') as { DOMParser: new () => DOMParser };
    return (html) => new DOMParser().parseFromString(html, 'text/html');
  } catch {
    return null;
  }
}

export const parseHtml: Parse | null = await load();
