import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ledgerJsonSchema, validationModule } from '../scripts/schema.ts';

test('committed JSON Schema matches the zod schema (run `pnpm run schema` when this fails)', () => {
  const committed = readFileSync(new URL('../schema/ledger.v1.schema.json', import.meta.url), 'utf8');
  expect(committed).toBe(ledgerJsonSchema());
});

test('committed runtime validation schema matches the zod schema (run `pnpm run schema` when this fails)', () => {
  const committed = readFileSync(new URL('../src/ledger/validation.generated.ts', import.meta.url), 'utf8');
  expect(committed).toBe(validationModule());
});
