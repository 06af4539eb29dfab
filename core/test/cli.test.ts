import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { main, parseArgs } from '../src/cli-main.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const EX = here('../examples/');
const files = {
  WH19: `${EX}WH19-张三-2019.json`,
  LY17: `${EX}LY17-李四-2017.json`,
  QD23: `${EX}QD23-王五-申报中级2023.json`,
  QH20: `${EX}QH20-赵六-申报副高2020.json`,
  NX19: `${EX}NX19-孙七-申报副高2019.json`,
};

function cli(args: string[], extra: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readFile: (p) => {
      if (p in extra) return extra[p] as string;
      return readFileSync(p, 'utf8');
    },
    currentYear: () => 2020,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('xueshi check', () => {
  test('one Chinese row per example, figures as hand-calculated in examples/README.md', () => {
    const r = cli(['check', ...Object.values(files)]);
    expect(r.code).toBe(1);
    const rows = r.out
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t').slice(1));
    expect(rows).toEqual([
      // Short only of professional hours, with a paper whose conversion (威人社函〔2011〕24号) is not in the source.
      ['张三', 'WH19', '2019 年度', '30', '56', '无法判断', '无法判断'],
      ['李四', 'LY17', '2017 年度', '60', '65', '完成', '—'],
      ['王五', 'QD23', '2023 年申报中级（评审）', '102.5', '181', '未完成', '还需 9：专业 9，合计 6.5'],
      // 2017—2019 meet the national figure (NAT15-REQ), not a Qinghai one: not in the notice, so 无法判断.
      ['赵六', 'QH20', '2020 年申报副高级（评审）', '140', '290', '无法判断', '无法判断'],
      ['孙七', 'NX19', '2019 年申报副高级（评审）', '156', '254', '完成', '—'],
    ]);
  });

  test('exit 0 when all files are complete', () => {
    expect(cli(['check', files.LY17, files.NX19]).code).toBe(0);
  });

  test('--year and --apply override the query; Chinese level names are accepted', () => {
    expect(parseArgs(['check', '--apply', '副高级:2020', 'a.json']).query).toEqual({
      kind: 'application',
      level: 'associate-senior',
      year: 2020,
      route: 'review',
    });
    expect(parseArgs(['check', '--apply=intermediate:2020:认定', 'a.json']).query).toMatchObject({
      route: 'recognition',
    });
    const r = cli(['check', '--year', '2020', files.QH20]);
    expect(r.out).toContain('2020 年度');
    expect(r.code).toBe(0);
  });

  // 其他地区 (issue 14): the row names the region the person stated, not the code USER; figures worked by hand:
  // 江苏 2022 requires 公需 30 + 专业 60 = 90; 30 + 50 leaves 专业 10 short.
  test('a ledger under the person’s own requirement: 其他地区（江苏省）, short 专业 10', () => {
    const jiangsu = JSON.stringify({
      formatVersion: 1,
      profile: {
        name: '周八',
        notice: 'USER',
        userRequirement: { region: '江苏省', years: [{ from: 2022, public: 30, professional: 60, total: 90 }] },
      },
      activities: [
        { id: 'a', kind: 'online-course', title: '公需', category: 'public', hours: 30, date: '2022-03-01' },
        { id: 'b', kind: 'online-course', title: '专业', category: 'professional', hours: 50, date: '2022-04-01' },
      ],
    });
    const r = cli(['check', '--year', '2022', 'js.json'], { 'js.json': jiangsu });
    expect(r.out.split('\n')[1]?.split('\t').slice(1)).toEqual([
      '周八',
      '其他地区（江苏省）',
      '2022 年度',
      '30',
      '50',
      '未完成',
      '还需 10：专业 10，合计 10',
    ]);
    const explained = cli(['check', '--explain', '--year', '2022', 'js.json'], { 'js.json': jiangsu });
    expect(explained.out).toContain('  其他地区（江苏省） · 2022 年度 · 截至');
    expect(explained.out).not.toContain('USER ·');
    const csv = cli(['check', '--csv', '--year', '2022', 'js.json'], { 'js.json': jiangsu });
    expect(csv.out).toContain(',周八,其他地区（江苏省）,2022 年度,');
    // JSON keeps the code a program matches on, and says which region's figures the person stated.
    const json = JSON.parse(cli(['check', '--json', '--year', '2022', 'js.json'], { 'js.json': jiangsu }).out);
    expect(json[0]).toMatchObject({ notice: 'USER', userRegion: '江苏省', shortfall: { professional: 10 } });
  });

  // Years like the ledger's own (1990—2100): `--year 0022` once evaluated "22 年度" on the national baseline.
  test.each([
    ['--year', '0022'],
    ['--year', '2101'],
    ['--apply', '副高级:1989'],
  ])('%s %s outside 1990—2100 is refused with exit code 2', (flag, value) => {
    const r = cli(['check', flag, value, files.WH19]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('1990—2100');
  });

  test('--json gives machine-readable results; --explain adds the trace', () => {
    const r = cli(['check', '--json', '--explain', files.WH19]);
    const data = JSON.parse(r.out);
    expect(data[0]).toMatchObject({
      ok: true,
      notice: 'WH19',
      complete: false,
      credited: { public: 30, professional: 56, total: 86 },
    });
    expect(data[0].trace).toHaveLength(6);
    const t = cli(['check', '--explain', files.WH19]);
    expect(t.out).toContain('WH19-PUB-DEADLINE');
    expect(t.out).toContain('未计入（超过截止日期）');
  });

  test('exit 2 with the file and field path on invalid input', () => {
    const bad = JSON.stringify({
      formatVersion: 1,
      profile: { notice: 'WH19' },
      activities: [{ id: 'x', kind: 'paper', paperType: 'paper', date: '2019-13-01' }],
    });
    const r = cli(['check', 'bad.json', files.LY17], { 'bad.json': bad });
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad.json：activities[0].date：');
    const newer = cli(['check', 'v2.json'], { 'v2.json': JSON.stringify({ formatVersion: 2 }) });
    expect(newer.code).toBe(2);
    expect(newer.err).toContain('请升级');
    expect(cli(['check', 'nope.json']).err).toContain('文件不存在');
    expect(cli(['check', 'x.json'], { 'x.json': '{' }).err).toContain('不是有效的 JSON');
    expect(cli(['check', '--bogus']).code).toBe(2);
  });

  test('a shared result that differs from the recomputed one is flagged', () => {
    const ledger = JSON.parse(readFileSync(files.WH19, 'utf8'));
    ledger.sharedResult.figures.professional = 60;
    const r = cli(['check', 'shared.json'], { 'shared.json': JSON.stringify(ledger) });
    expect(r.out).toContain('与文件中分享时的结果不同');
    expect(r.out).toContain('专业 60→56');
  });

  test('--help documents how the query is chosen', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('sharedResult');
    expect(r.out).toContain('退出码');
  });

  test('the entry point runs as a process (src/cli.ts under Node 24 type stripping) and sets the exit code', () => {
    const p = spawnSync(process.execPath, [here('../src/cli.ts'), 'check', files.LY17], { encoding: 'utf8' });
    expect(p.stdout).toContain('李四');
    expect(p.status).toBe(0);
  });
});
