// @vitest-environment happy-dom
import { type ComponentChild, h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { ACTIVITY_KINDS, type Activity, evaluate, parseLedger } from '../src/ui/core.ts';
import { ActivityForm, ActivityList, clauseHrefFor, ResultView } from '../src/ui/index.ts';

const parsed = parseLedger({
  formatVersion: 1,
  profile: { notice: 'QD23' },
  activities: [
    { id: 'p1', kind: 'public-certificate', date: '2023-06-30', hours: 24 },
    { id: 't1', kind: 'training', format: 'training', days: 3, hours: 30, date: '2023-04-12', title: '岗位培训' },
  ],
});
if (!parsed.ok) throw new Error('fixture');
const ledger = parsed.ledger;
const evaluation = evaluate(ledger, { kind: 'year', year: 2023 });

function mount(vnode: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return root;
}

describe('shared components render outside Astro', () => {
  test('ResultView: credited, required, shortfall; clause links follow the base URL', () => {
    const root = mount(h(ResultView, { evaluation, clauseHref: clauseHrefFor('https://example.org/') }));
    const cell = (c: string, f: string) =>
      root.querySelector(`tr[data-category="${c}"] [data-figure="${f}"]`)?.textContent;
    expect(cell('public', 'credited')).toBe('24');
    expect(cell('public', 'shortfall')).toBe('差 6');
    expect(cell('professional', 'shortfall')).toBe('差 36');
    expect(root.querySelector('a.xs-clause')?.getAttribute('href')).toBe('https://example.org/policy/qd23/#QD23-REQ');
  });

  // 广东 30 / 42 / 18: 30 + 42 = 72 credited, 合计 90 required — the total row says it includes 选修 18.
  test('ResultView: a 选修 requirement is named in the total row', () => {
    const gd = parseLedger({
      formatVersion: 1,
      profile: {
        notice: 'USER',
        userRequirement: { region: '广东省', years: [{ from: 2021, public: 30, professional: 42, elective: 18 }] },
      },
      activities: [
        { id: 'a', kind: 'online-course', title: '公需', category: 'public', hours: 30, date: '2023-03-01' },
        { id: 'b', kind: 'online-course', title: '专业', category: 'professional', hours: 42, date: '2023-04-01' },
      ],
    });
    if (!gd.ok) throw new Error('fixture');
    const root = mount(
      h(ResultView, { evaluation: evaluate(gd.ledger, { kind: 'year', year: 2023 }), clauseHref: clauseHrefFor(null) }),
    );
    const total = root.querySelector('tr[data-category="total"]');
    expect(total?.textContent).toContain('合计（含选修 18）');
    expect(total?.querySelector('[data-figure="shortfall"]')?.textContent).toBe('差 18');
  });

  test('without a base URL, clause IDs are plain text (the extension offline)', () => {
    const root = mount(h(ResultView, { evaluation, clauseHref: clauseHrefFor(null) }));
    expect(root.querySelector('a.xs-clause')).toBeNull();
    expect(root.querySelector('code.xs-clause')?.textContent).toBe('QD23-REQ');
  });

  test('ActivityList: one row per activity with its credit; explanations only when opened', () => {
    const trace = new Map(evaluation.trace.map((t) => [t.activityId, t]));
    const root = mount(
      h(ActivityList, { activities: ledger.activities, kinds: ACTIVITY_KINDS, trace, clauseHref: clauseHrefFor('') }),
    );
    expect(root.querySelectorAll('.xs-list > li')).toHaveLength(2);
    expect(root.textContent).toContain('2023 年专业科目 24 学时');
    expect(root.querySelector('.xs-explain')).toBeNull();
  });

  test('ActivityList: a long list shows the first rows and a button for the rest', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...ledger.activities[0], id: `m${i}` })) as Activity[];
    const root = mount(
      h(ActivityList, { activities: many, kinds: ACTIVITY_KINDS, clauseHref: clauseHrefFor(''), limit: 100 }),
    );
    expect(root.querySelectorAll('.xs-list > li')).toHaveLength(100);
    const more = root.querySelector('button.xs-more') as HTMLButtonElement;
    expect(more.textContent).toBe('显示其余 20 条活动');
    act(() => more.click());
    expect(root.querySelectorAll('.xs-list > li')).toHaveLength(120);
    expect(root.querySelector('button.xs-more')).toBeNull();
  });

  test('ActivityForm: Chinese labels from the field specs; submit gives a parsed activity', async () => {
    const saved: Activity[] = [];
    const root = mount(
      h(ActivityForm, {
        kinds: ACTIVITY_KINDS,
        defaultKind: 'public-certificate',
        onSave: (a: Activity) => saved.push(a),
      }),
    );
    const labels = [...root.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toContain('证书学时（学时）');
    const input = (label: string) => {
      const l = [...root.querySelectorAll('label')].find((x) => x.textContent?.startsWith(label));
      return root.querySelector(`#${CSS.escape(l?.getAttribute('for') ?? '')}`) as HTMLInputElement;
    };
    act(() => {
      const hours = input('证书学时');
      hours.value = '30';
      hours.dispatchEvent(new Event('input', { bubbles: true }));
      const date = input('发证日期');
      date.value = '2023-05-06';
      date.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      (root.querySelector('form') as HTMLFormElement).dispatchEvent(
        new Event('submit', { bubbles: true, cancelable: true }),
      );
    });
    // 校验按需载入：提交后等它完成。
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ kind: 'public-certificate', hours: 30, date: '2023-05-06' });
  });
});
