import { writeFileSync } from 'node:fs';
import { ledgerJsonSchema, validationModule } from './schema.ts';

for (const [path, text] of [
  ['../schema/ledger.v1.schema.json', ledgerJsonSchema()],
  ['../src/ledger/validation.generated.ts', validationModule()],
] as const) {
  const file = new URL(path, import.meta.url);
  writeFileSync(file, text);
  console.log(`已写入 ${file.pathname}`);
}
