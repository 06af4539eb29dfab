/** 由 zod 模式生成台账 JSON Schema（core/schema/ledger.v1.schema.json）。 */
import { z } from 'zod';
import { LEDGER_FORMAT_VERSION, LedgerSchema } from '../src/ledger/schema.ts';

/** 生成 JSON Schema 文本（以换行结尾）。 */
export function ledgerJsonSchema(): string {
  const schema = z.toJSONSchema(LedgerSchema, { io: 'input', target: 'draft-2020-12', reused: 'ref' });
  const out = {
    $id: `https://xueshi.example/schema/ledger.v${LEDGER_FORMAT_VERSION}.schema.json`,
    title: `学时通台账 v${LEDGER_FORMAT_VERSION}`,
    description: '由 core/src/ledger/schema.ts 的 zod 模式生成，请勿手工修改（pnpm run schema）。',
    ...schema,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
