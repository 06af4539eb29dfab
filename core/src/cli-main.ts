/**
 * `xueshi` 命令行：人事部门批量核对员工导出的台账文件。
 *
 * 与核算逻辑分开，便于测试：`main(argv, io)` 返回退出码，不直接调用 `process.exit`。
 * 一个文件出了任何问题（读不了、不是台账、核算出错）都只影响它自己那一行，其余照常核对。
 */
import { CSV_HEADER, csvError, csvLine, csvResult, noticeCell } from './cli-csv.ts';
import { defaultQuery, EVALUATOR_VERSION, evaluate } from './evaluate/evaluate.ts';
import { describeQuery, renderTrace } from './evaluate/render.ts';
import type { Evaluation } from './evaluate/types.ts';
import { DATE_MAX, DATE_MIN } from './ledger/dates.ts';
import { readLedgerFile } from './ledger/file.ts';
import type { LedgerIssue } from './ledger/parse.ts';
import { type Ledger, type Query, TITLE_LEVELS, type TitleLevel } from './ledger/schema.ts';
import { quote } from './ledger/validate.ts';
import { round2 } from './policy/helpers.ts';

/** 命令行的输入输出（测试时替换）。 */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /**
   * 文件的内容：字节（至多读 5 MB + 1 个字节就够，见 `readLedgerFile`），测试也可给文字。
   * 读不了时抛出带 `code` 的错误（ENOENT、EISDIR、EACCES……）。
   */
  readFile(path: string): Uint8Array | string;
  /** 没有指定年度时使用的“今年”。 */
  currentYear(): number;
  /** stderr 是终端时显示进度（覆盖同一行；空字符串表示擦掉）。不给则不显示。 */
  progress?(line: string): void;
}

export const HELP = `用法：xueshi check [选项] 文件...

逐个核算学时通台账文件（扩展或网站导出的 JSON），每个文件输出一行：
  文件、姓名、通知、查询、公需学时、专业学时、是否完成、差额
最后在标准错误输出一行汇总：N 个文件，达标 N，未达标 N，无法判断 N，无法读取 N。

选项：
  --year YYYY            按年度核算（如 --year 2019）
  --apply 级别:年度[:途径]
                         按职称申报核算，级别为 初级/中级/副高级/正高级
                         （或 junior/intermediate/associate-senior/full-senior），
                         途径可选 评审(review，默认)/聘任(appointment)/认定(recognition)/转系列(switch)；
                         通知没有规定的途径（如认定、转系列只有 QH20 规定）结论为“无法判断”
                         例：--apply 副高级:2020
  --as-of YYYY-MM-DD     核算日期（默认今天）：没有指定年度时按这一天所在的年度核算
  --csv                  输出 CSV（UTF-8 带 BOM，Excel 直接打开）：每个文件一行，含学时、要求、差额；
                         读不了的文件也有一行，原因写在“错误”一列。例：xueshi check --csv *.json > 结果.csv
  --json                 输出 JSON（每个文件一项，含学时、要求、差额、提示、解释）
  --explain              在每行之后打印逐条解释（依据的条款、上限、折算）
  -h, --help             显示本说明

查询的确定顺序（每个文件分别确定）：
  1. 命令行的 --year 或 --apply；
  2. 文件里“分享时的结果”(sharedResult) 的查询——此时会重新计算并提示与分享时的差异；
  3. 个人资料中的拟申报级别和年度（profile.applyingFor + profile.applicationYear）；
  4. 今年（或 --as-of 那一年）的年度查询。

文件：只读学时通导出的 .json 台账（UTF-8，可带 BOM），不超过 5 MB；
Excel、PDF、网页等文件会被认出并说明。一个文件读不了，不影响其余文件。

退出码：0 全部达标；1 有文件未达标或无法判断；2 有文件无法读取或格式不对（会指出文件和字段路径），或命令行用法不对。
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
  /** 核算日期 YYYY-MM-DD。 */
  asOf?: string;
  format: 'text' | 'json' | 'csv';
  explain: boolean;
  help: boolean;
}

/** --as-of 的日期：真实存在、在 1990—2100 年之间。 */
function asOfDate(v: string | undefined): string {
  const d = v ?? '';
  const real = /^\d{4}-\d\d-\d\d$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
  if (!real || d < DATE_MIN || d > DATE_MAX)
    throw new Error('--as-of 需要 1990—2100 年间的日期，如 --as-of 2024-12-31');
  return d;
}

/** 年份参数：四位数字，且与台账的年度一样在 1990—2100 年间；否则 undefined。 */
function yearArg(v: string | undefined): number | undefined {
  const y = Number(v);
  const ok = /^\d{4}$/.test(v ?? '') && y >= Number(DATE_MIN.slice(0, 4)) && y <= Number(DATE_MAX.slice(0, 4));
  return ok ? y : undefined;
}

/** 解析命令行参数；出错时抛出带中文说明的 Error。 */
export function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { files: [], format: 'text', explain: false, help: false };
  const args = [...argv];
  if (args[0] === 'check') args.shift();
  else if (args.length && !args[0]?.startsWith('-'))
    throw new Error(`未知的命令${quote(args[0] ?? '')}，目前只有 check`);
  while (args.length) {
    const a = args.shift() as string;
    if (a === '-h' || a === '--help') opts.help = true;
    else if (a === '--json' || a === '--csv') opts.format = a === '--json' ? 'json' : 'csv';
    else if (a === '--explain') opts.explain = true;
    else if (a === '--year' || a.startsWith('--year=')) {
      const v = a.includes('=') ? a.slice(7) : args.shift();
      const year = yearArg(v);
      if (year === undefined) throw new Error('--year 需要 1990—2100 年间的四位年份，如 --year 2019');
      opts.query = { kind: 'year', year };
    } else if (a === '--apply' || a.startsWith('--apply=')) {
      const v = a.includes('=') ? a.slice(8) : args.shift();
      const [lv, yr, rt] = (v ?? '').split(':');
      const level = (TITLE_LEVELS as readonly string[]).includes(lv ?? '')
        ? (lv as TitleLevel)
        : LEVEL_ALIASES[lv ?? ''];
      const year = yearArg(yr);
      if (!level || year === undefined)
        throw new Error('--apply 的格式是 级别:年度（1990—2100 年），如 --apply 副高级:2020');
      const route = rt ? ROUTE_ALIASES[rt] : 'review';
      if (!route) throw new Error(`未知的申报途径${quote(rt ?? '')}，可用 评审/聘任/认定/转系列`);
      opts.query = { kind: 'application', level, year, route };
    } else if (a === '--as-of' || a.startsWith('--as-of=')) {
      opts.asOf = asOfDate(a.includes('=') ? a.slice(8) : args.shift());
    } else if (a.startsWith('-')) throw new Error(`未知的选项${quote(a)}`);
    else opts.files.push(a);
  }
  return opts;
}

/** 一个文件的结果：核算了，或说明为什么不能。 */
type Outcome =
  | { file: string; ok: true; ledger: Ledger; ev: Evaluation }
  | { file: string; ok: false; errors: LedgerIssue[] };

const READ_ERRORS: Record<string, string> = {
  ENOENT: '文件不存在',
  EISDIR: '这是一个文件夹，不是文件',
  EACCES: '没有读取这个文件的权限',
  EPERM: '没有读取这个文件的权限',
};

/** 读文件、校验、核算；任何一步出错都变成这个文件的中文错误，不抛出。 */
function checkFile(file: string, opts: Options, io: CliIO): Outcome {
  let content: Uint8Array | string;
  try {
    content = io.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return {
      file,
      ok: false,
      errors: [{ path: '', message: READ_ERRORS[code] ?? `无法读取文件（${code || '未知错误'}）` }],
    };
  }
  const parsed = readLedgerFile(content);
  if (!parsed.ok) return { file, ...parsed };
  const ledger = parsed.ledger;
  try {
    const year = opts.asOf ? Number(opts.asOf.slice(0, 4)) : io.currentYear();
    const query = opts.query ?? defaultQuery(ledger, year);
    // asOf：核算日期，核心规则加入后生效（多出的字段现在被忽略）。
    const evalOptions = { trace: opts.explain, ...(opts.asOf ? { asOf: opts.asOf } : {}) };
    const ev = evaluate(ledger, opts.asOf ? Object.assign({}, query, { asOf: opts.asOf }) : query, evalOptions);
    return { file, ok: true, ledger, ev };
  } catch (e) {
    // 核算器的缺陷不该让整批停下：记在这个文件上，请用户报告。
    const detail = quote(e instanceof Error ? e.message : String(e), 60);
    return { file, ok: false, errors: [{ path: '', message: `核算出错（学时通的缺陷，请报告）：${detail}` }] };
  }
}

type Verdict = '达标' | '未达标' | '无法判断' | '无法读取';
const verdict = (o: Outcome): Verdict =>
  !o.ok ? '无法读取' : o.ev.undetermined ? '无法判断' : o.ev.complete ? '达标' : '未达标';

const fmtShort = (ev: Evaluation) => {
  if (ev.undetermined) return '无法判断';
  if (ev.complete) return '—';
  // 有的年度无法判断（只达到国家规定的下限等）：只列确定的年度缺的，那是下限。
  const decided = ev.years.filter((y) => !y.undetermined);
  const atLeast = decided.length < ev.years.length;
  const sum = (k: keyof Evaluation['shortfall']) => round2(decided.reduce((t, y) => t + y.shortfall[k], 0));
  const s = atLeast ? { public: sum('public'), professional: sum('professional'), total: sum('total') } : ev.shortfall;
  const parts = [
    s.public ? `公需 ${s.public}` : '',
    s.professional ? `专业 ${s.professional}` : '',
    s.total ? `合计 ${s.total}` : '',
  ];
  return `还需 ${atLeast ? '至少 ' : ''}${ev.needed}：${parts.filter(Boolean).join('，')}`;
};

/** 文本格式：每个文件一行（制表符分隔），可选逐条解释。 */
function textLines(o: Outcome & { ok: true }, explain: boolean): string[] {
  const { ev, ledger } = o;
  const row = [o.file, ledger.profile.name ?? '—', noticeCell(ledger), describeQuery(ev), String(ev.credited.public)];
  row.push(String(ev.credited.professional), ev.undetermined ? '无法判断' : ev.complete ? '完成' : '未完成');
  const lines = [[...row, fmtShort(ev)].join('\t')];
  if (ev.sharedResult && !ev.sharedResult.same) {
    const label = { public: '公需', professional: '专业', total: '合计', complete: '是否完成' } as const;
    const diff = ev.sharedResult.differences.map((d) => `${label[d.field]} ${d.shared}→${d.now}`).join('，');
    lines.push(`  注意：与文件中分享时的结果不同（${diff}），规则可能已更正`);
  }
  if (explain) for (const line of renderTrace(ev, noticeCell(ledger)).split('\n')) lines.push(`  ${line}`);
  return lines;
}

/** JSON 格式的一项。 */
function jsonItem(o: Outcome, explain: boolean): unknown {
  if (!o.ok) return { file: o.file, ok: false, errors: o.errors };
  const { ev, ledger } = o;
  return {
    file: o.file,
    ok: true,
    name: ledger.profile.name ?? null,
    notice: ev.notice,
    // 其他地区: the region whose figures the person stated (the text output's 其他地区（…）).
    ...(ev.notice === 'USER' && ledger.profile.userRequirement?.region
      ? { userRegion: ledger.profile.userRequirement.region }
      : {}),
    query: ev.query,
    credited: ev.credited,
    requirement: ev.requirement,
    shortfall: ev.shortfall,
    complete: ev.complete,
    undetermined: ev.undetermined,
    years: ev.years,
    warnings: ev.warnings,
    ...(ev.sharedResult ? { sharedResult: ev.sharedResult } : {}),
    ...(explain ? { trace: ev.trace } : {}),
  };
}

/** 一个文件的输出（文本、CSV 写标准输出，错误写标准错误；JSON 攒到最后）。 */
function emit(o: Outcome, opts: Options, io: CliIO, json: unknown[]): void {
  if (opts.format === 'json') json.push(jsonItem(o, opts.explain));
  else if (!o.ok) {
    for (const e of o.errors) io.err(`${o.file}：${e.path || '(文件)'}：${e.message}`);
    if (opts.format === 'csv') io.out(csvError(o.file, o.errors));
  } else if (opts.format === 'csv') io.out(csvResult(o.file, o.ledger, o.ev, describeQuery(o.ev), verdict(o)));
  else for (const line of textLines(o, opts.explain)) io.out(line);
}

/** 几百个文件以上，终端里显示进度。 */
const PROGRESS_FROM = 300;

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
  const counts: Record<Verdict, number> = { 达标: 0, 未达标: 0, 无法判断: 0, 无法读取: 0 };
  const json: unknown[] = [];
  if (opts.format === 'csv') io.out(`\uFEFF${csvLine(CSV_HEADER)}`);
  if (opts.format === 'text') io.out(['文件', '姓名', '通知', '查询', '公需', '专业', '是否完成', '差额'].join('\t'));
  const progress = opts.files.length > PROGRESS_FROM ? io.progress : undefined;
  opts.files.forEach((file, i) => {
    const o = checkFile(file, opts, io);
    counts[verdict(o)]++;
    emit(o, opts, io, json);
    if (progress && i % 100 === 99) progress(`已核对 ${i + 1} / ${opts.files.length} 个文件……`);
  });
  progress?.('');
  if (opts.format === 'json') io.out(JSON.stringify(json, null, 2));
  const n = opts.files.length;
  io.err(
    `${n} 个文件，达标 ${counts.达标}，未达标 ${counts.未达标}，无法判断 ${counts.无法判断}，无法读取 ${counts.无法读取}`,
  );
  return counts.无法读取 ? 2 : counts.未达标 || counts.无法判断 ? 1 : 0;
}
