/**
 * `xueshi` 命令行：人事部门批量核对员工导出的台账文件。
 *
 * 与核算逻辑分开，便于测试：`main(argv, io)` 返回退出码，不直接调用 `process.exit`。
 */
import { defaultQuery, EVALUATOR_VERSION, evaluate } from './evaluate/evaluate.ts';
import { describeQuery, renderTrace } from './evaluate/render.ts';
import type { Evaluation } from './evaluate/types.ts';
import { parseLedger } from './ledger/parse.ts';
import { type Query, TITLE_LEVELS, type TitleLevel } from './ledger/schema.ts';

/** 命令行的输入输出（测试时替换）。 */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  readFile(path: string): string;
  /** 没有指定年度时使用的“今年”。 */
  currentYear(): number;
}

export const HELP = `用法：xueshi check [选项] 文件...

逐个核算学时通台账文件（扩展或网站导出的 JSON），每个文件输出一行：
  文件、姓名、通知、查询、公需学时、专业学时、是否完成、差额

选项：
  --year YYYY            按年度核算（如 --year 2019）
  --apply 级别:年度[:途径]
                         按职称申报核算，级别为 初级/中级/副高级/正高级
                         （或 junior/intermediate/associate-senior/full-senior），
                         途径可选 评审(review，默认)/聘任(appointment)/认定(recognition)/转系列(switch)
                         例：--apply 副高级:2020
  --json                 输出 JSON（每个文件一项，含学时、要求、差额、提示、解释）
  --explain              在每行之后打印逐条解释（依据的条款、上限、折算）
  -h, --help             显示本说明

查询的确定顺序（每个文件分别确定）：
  1. 命令行的 --year 或 --apply；
  2. 文件里“分享时的结果”(sharedResult) 的查询——此时会重新计算并提示与分享时的差异；
  3. 个人资料中的拟申报级别和年度（profile.applyingFor + profile.applicationYear）；
  4. 今年的年度查询。

退出码：0 全部完成；1 有文件未完成或无法判断；2 有文件无法读取或格式不对（会指出文件和字段路径）。
核算器版本 ${EVALUATOR_VERSION}。`;

const LEVEL_ALIASES: Record<string, TitleLevel> = {
  初级: 'junior',
  员级: 'junior',
  助理级: 'junior',
  中级: 'intermediate',
  副高: 'associate-senior',
  副高级: 'associate-senior',
  高级: 'associate-senior',
  正高: 'full-senior',
  正高级: 'full-senior',
};
const ROUTE_ALIASES: Record<string, 'review' | 'appointment' | 'recognition' | 'switch'> = {
  评审: 'review',
  聘任: 'appointment',
  认定: 'recognition',
  转系列: 'switch',
  review: 'review',
  appointment: 'appointment',
  recognition: 'recognition',
  switch: 'switch',
};

interface Options {
  files: string[];
  query?: Query;
  json: boolean;
  explain: boolean;
  help: boolean;
}

/** 解析命令行参数；出错时抛出带中文说明的 Error。 */
export function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { files: [], json: false, explain: false, help: false };
  const args = [...argv];
  if (args[0] === 'check') args.shift();
  else if (args.length && !args[0]?.startsWith('-')) throw new Error(`未知的命令“${args[0]}”，目前只有 check`);
  while (args.length) {
    const a = args.shift() as string;
    if (a === '-h' || a === '--help') opts.help = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--explain') opts.explain = true;
    else if (a === '--year' || a.startsWith('--year=')) {
      const v = a.includes('=') ? a.slice(7) : args.shift();
      if (!v || !/^\d{4}$/.test(v)) throw new Error('--year 需要四位年份，如 --year 2019');
      opts.query = { kind: 'year', year: Number(v) };
    } else if (a === '--apply' || a.startsWith('--apply=')) {
      const v = a.includes('=') ? a.slice(8) : args.shift();
      const [lv, yr, rt] = (v ?? '').split(':');
      const level = (TITLE_LEVELS as readonly string[]).includes(lv ?? '')
        ? (lv as TitleLevel)
        : LEVEL_ALIASES[lv ?? ''];
      if (!level || !yr || !/^\d{4}$/.test(yr)) throw new Error('--apply 的格式是 级别:年度，如 --apply 副高级:2020');
      const route = rt ? ROUTE_ALIASES[rt] : 'review';
      if (!route) throw new Error(`未知的申报途径“${rt}”，可用 评审/聘任/认定/转系列`);
      opts.query = { kind: 'application', level, year: Number(yr), route };
    } else if (a.startsWith('-')) throw new Error(`未知的选项“${a}”`);
    else opts.files.push(a);
  }
  return opts;
}

const fmtShort = (ev: Evaluation) => {
  if (ev.undetermined) return '无法判断';
  if (ev.complete) return '—';
  const s = ev.shortfall;
  const parts = [
    s.public ? `公需 ${s.public}` : '',
    s.professional ? `专业 ${s.professional}` : '',
    s.total ? `合计 ${s.total}` : '',
  ];
  return parts.filter(Boolean).join('，') || '—';
};

/** 运行命令行，返回退出码。 */
export function main(argv: readonly string[], io: CliIO): number {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    io.err(`xueshi：${(e as Error).message}`);
    io.err('用 xueshi --help 查看用法');
    return 2;
  }
  if (opts.help) {
    io.out(HELP);
    return 0;
  }
  if (!opts.files.length) {
    io.err('xueshi：请给出至少一个台账文件，如 xueshi check 张三.json');
    return 2;
  }
  let invalid = false;
  let incomplete = false;
  const json: unknown[] = [];
  if (!opts.json) io.out(['文件', '姓名', '通知', '查询', '公需', '专业', '是否完成', '差额'].join('\t'));
  for (const file of opts.files) {
    let data: unknown;
    try {
      data = JSON.parse(io.readFile(file));
    } catch (e) {
      invalid = true;
      const msg =
        (e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : `不是有效的 JSON（${(e as Error).message}）`;
      if (opts.json) json.push({ file, ok: false, errors: [{ path: '', message: msg }] });
      else io.err(`${file}：${msg}`);
      continue;
    }
    const parsed = parseLedger(data);
    if (!parsed.ok) {
      invalid = true;
      if (opts.json) json.push({ file, ok: false, errors: parsed.errors });
      else for (const e of parsed.errors) io.err(`${file}：${e.path || '(文件)'}：${e.message}`);
      continue;
    }
    const ledger = parsed.ledger;
    const query = opts.query ?? defaultQuery(ledger, io.currentYear());
    const ev = evaluate(ledger, query, { trace: opts.explain });
    if (!ev.complete) incomplete = true;
    if (opts.json) {
      json.push({
        file,
        ok: true,
        name: ledger.profile.name ?? null,
        notice: ev.notice,
        query: ev.query,
        credited: ev.credited,
        requirement: ev.requirement,
        shortfall: ev.shortfall,
        complete: ev.complete,
        undetermined: ev.undetermined,
        years: ev.years,
        warnings: ev.warnings,
        ...(ev.sharedResult ? { sharedResult: ev.sharedResult } : {}),
        ...(opts.explain ? { trace: ev.trace } : {}),
      });
      continue;
    }
    io.out(
      [
        file,
        ledger.profile.name ?? '—',
        ev.notice,
        describeQuery(ev),
        String(ev.credited.public),
        String(ev.credited.professional),
        ev.undetermined ? '无法判断' : ev.complete ? '完成' : '未完成',
        fmtShort(ev),
      ].join('\t'),
    );
    if (ev.sharedResult && !ev.sharedResult.same) {
      const label = { public: '公需', professional: '专业', total: '合计', complete: '是否完成' } as const;
      const diff = ev.sharedResult.differences.map((d) => `${label[d.field]} ${d.shared}→${d.now}`).join('，');
      io.out(`  注意：与文件中分享时的结果不同（${diff}），规则可能已更正`);
    }
    if (opts.explain) {
      for (const line of renderTrace(ev).split('\n')) io.out(`  ${line}`);
    }
  }
  if (opts.json) io.out(JSON.stringify(json, null, 2));
  return invalid ? 2 : incomplete ? 1 : 0;
}
