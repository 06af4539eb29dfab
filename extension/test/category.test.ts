import { describe, expect, test } from 'vitest';
import { decideCategory, evidenceOf, titleCategory } from '../adapters/category.ts';

// Issue 12, point 2: the course's own words, then the platform's category column, then the host,
// in that order of strength; disagreement or silence is the user's choice, never a guess.
describe('category from the title', () => {
  test('公需 / 公需科目 / 公需课 are public; 专业课 / 专业科目 are professional', () => {
    expect(titleCategory('2023年公需科目：习近平新时代中国特色社会主义思想专题')).toEqual({ category: 'public' });
    expect(titleCategory('公需课：数字经济')).toEqual({ category: 'public' });
    expect(titleCategory('专业课：建筑工程质量管理')).toEqual({ category: 'professional' });
    expect(titleCategory('2024年专业科目（建筑）')).toEqual({ category: 'professional' });
  });

  test('专业技术人员 is the name of the people, not a category', () => {
    expect(titleCategory('专业技术人员职业道德与诚信建设')).toEqual({ category: null });
    expect(titleCategory('专业技术人员心理健康')).toEqual({ category: null });
  });

  test('both words, or only 必修 / 选修 (no known mapping), are a question', () => {
    expect(titleCategory('公需科目与专业课合订')).toEqual({ category: null, ask: 'both' });
    expect(titleCategory('必修：安全生产')).toEqual({ category: null, ask: '必修' });
    expect(titleCategory('选修课 心理健康')).toEqual({ category: null, ask: '选修' });
  });
});

describe('deciding a category', () => {
  test('the title beats the host: 专业课 on a gxk host is professional, the disagreement is noted', () => {
    const d = decideCategory({ title: '专业课：建筑工程质量管理', host: 'public' });
    expect(d.category).toBe('professional');
    expect(d.basis).toBe('title');
    expect(d.ask).toBe(false);
    expect(d.note).toMatch(/网址/);
  });

  test('the host decides only when the title says nothing', () => {
    expect(decideCategory({ title: '法治素养提升', host: 'public' })).toMatchObject({
      category: 'public',
      basis: 'host',
      ask: false,
    });
    expect(decideCategory({ title: '法治素养提升' })).toMatchObject({ category: null, basis: null, ask: true });
  });

  test('a category column beats the host, and a column against the title is a question', () => {
    expect(decideCategory({ title: '法治素养提升', column: 'professional', host: 'public' })).toMatchObject({
      category: 'professional',
      basis: 'column',
    });
    const clash = decideCategory({ title: '公需科目：法治', column: 'professional' });
    expect(clash).toMatchObject({ category: null, ask: true });
    expect(clash.note).toMatch(/不一致/);
  });

  test('必修 in the title is asked even on a gxk host; the host is offered as a suggestion', () => {
    const d = decideCategory({ title: '必修：安全生产', host: 'public' });
    expect(d).toMatchObject({ category: null, ask: true, suggestion: 'public' });
    expect(d.note).toMatch(/必修/);
  });
});

describe('evidence of a stored record', () => {
  test('yxlearning: the host label is the host evidence, whatever an older version stored', () => {
    const base = { platform: 'yxlearning' as const, host: 'sdwh-gxk.yxlearning.com', category: 'public' as const };
    expect(evidenceOf({ ...base, title: '专业课：建筑工程质量管理' }).category).toBe('professional');
    expect(evidenceOf({ ...base, title: '黄河流域生态保护专题讲座' })).toMatchObject({
      category: 'public',
      basis: 'host',
    });
    expect(
      evidenceOf({ platform: 'yxlearning', host: 'sdwh.yxlearning.com', title: '黄河流域', category: null }),
    ).toMatchObject({ category: null, ask: true });
  });

  test('generic tables: the stored category is the table’s own column', () => {
    expect(
      evidenceOf({ platform: 'generic', host: 'www.upol.cn', title: '岩土力学', category: 'professional' }),
    ).toMatchObject({ category: 'professional', basis: 'column' });
  });

  test('chinahrt: nothing but the title can tell', () => {
    expect(
      evidenceOf({ platform: 'chinahrt', host: 'gp.chinahrt.com', title: '公需科目：法治', category: null }),
    ).toMatchObject({ category: 'public', basis: 'title' });
  });
});
