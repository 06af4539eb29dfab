import { writeFileSync } from 'node:fs';
import { ledgerJsonSchema } from './schema.ts';

const file = new URL(`../schema/ledger.v1.schema.json`, import.meta.url);
writeFileSync(file, ledgerJsonSchema());
console.log(`已写入 ${file.pathname}`);
