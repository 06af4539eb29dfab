/**
 * 示例场景（core/scenarios/*.json）的格式：网站把它们当作可运行的例题展示，测试逐个核对。
 */
import { z } from 'zod';
import { LedgerSchema, NoticeIdSchema, QuerySchema } from './ledger/schema.ts';

const hours = z.object({ public: z.number(), professional: z.number(), total: z.number() });

/** 一个场景：标题、通知、台账、查询、手算的预期结果。 */
export const ScenarioSchema = z.object({
  title: z.string().min(1).describe('标题'),
  notice: NoticeIdSchema,
  /** 手算过程（中文），网站与结果一起展示。 */
  explanation: z.string().min(1),
  /** 用到的条款编号。 */
  clauses: z.array(z.string()).min(1),
  ledger: LedgerSchema,
  query: QuerySchema,
  expected: z.object({
    credited: hours,
    shortfall: hours,
    complete: z.boolean(),
  }),
});
/** 一个示例场景。 */
export type Scenario = z.infer<typeof ScenarioSchema>;
