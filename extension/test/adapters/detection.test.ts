import { describe, expect, test } from 'vitest';
import { adapters, chinahrt, detectAdapter, detectRecordPage, ghlearning, yxlearning } from '../../adapters/index.ts';

// [url, the adapter it belongs to (null = none), is a record page]
const PAGES: [string, string | null, boolean][] = [
  ['https://sdwh-gxk.yxlearning.com/my/record', 'yxlearning', true],
  ['http://sdwh-gxk.yxlearning.com/my/record?year=2024', 'yxlearning', true],
  ['https://sdwh.yxlearning.com/my/record/', 'yxlearning', true],
  ['https://sddz.zyk.yxlearning.com/my/record', 'yxlearning', true],
  ['https://sddy-zyk.yxlearning.com/my/learning', 'yxlearning', false],
  ['https://sdld.gxk.yxlearning.com/my/index', 'yxlearning', false],
  ['https://sdta-gxk.yxlearning.com/learning/index?myClassId=1', 'yxlearning', false],
  ['https://sdrz.gxk.yxlearning.com/my/recorder', 'yxlearning', false],
  ['https://hnzj.user.ghlearning.com/my/record', 'ghlearning', true],
  ['https://hnzj.ghlearning.com/my/record', 'ghlearning', true],
  ['https://user.gzzj.ghlearning.com/my/exam', 'ghlearning', false],
  ['https://abc.zyk.ghlearning.com/my/record', 'ghlearning', true],
  ['https://gp.chinahrt.com/index.html#/v_trainplan_list', 'chinahrt', true],
  ['https://gp.chinahrt.com/#/v_selected_course?trainplanId=1&platformId=151', 'chinahrt', true],
  ['https://gp.chinahrt.com/#/v_courseDetails?courseId=1', 'chinahrt', false],
  ['https://edu.chinahrt.com/151/learning_center/plan_course/9', 'chinahrt', true],
  ['https://edu.chinahrt.com/151/learning_center', 'chinahrt', false],
  ['https://nxzj.chinahrt.com/', 'chinahrt', false],
  ['https://lczj.chinahrt.com/index', 'chinahrt', false],
  ['https://videoadmin.chinahrt.com/player', 'chinahrt', false],
  ['https://gp.hst360.com/#/v_trainplan_list', 'chinahrt', true],
  // Look-alikes and other platforms: no adapter.
  ['https://yxlearning.com.evil.example/my/record', null, false],
  ['https://evilyxlearning.com/my/record', null, false],
  ['https://chinahrt.com.cn/#/v_trainplan_list', null, false],
  ['https://www.hst360.com/#/v_trainplan_list', null, false],
  ['https://www.upol.cn/study/record', null, false],
  ['https://www.qhjjglpt.com/record', null, false],
  ['https://www.91huayi.com/pages/study_info_list.aspx', null, false],
  ['file:///my/record', null, false],
];

describe('detection', () => {
  test.each(PAGES)('%s → %s (record page: %s)', (url, id, record) => {
    expect(detectAdapter(url)?.id ?? null).toBe(id);
    expect(detectRecordPage(url)?.id ?? null).toBe(record ? id : null);
  });

  test('each adapter matches its own pages and no other adapter’s', () => {
    for (const adapter of adapters) {
      for (const [url, id, record] of PAGES) {
        const u = new URL(url);
        expect(adapter.matches(u), `${adapter.id} on ${url}`).toBe(id === adapter.id);
        expect(adapter.isRecordPage(u), `${adapter.id} record page ${url}`).toBe(id === adapter.id && record);
      }
    }
  });

  test('every adapter has a Chinese name and a distinct id', () => {
    expect(new Set(adapters.map((a) => a.id)).size).toBe(adapters.length);
    expect(adapters.map((a) => a.id)).toEqual([yxlearning.id, ghlearning.id, chinahrt.id]);
    for (const a of adapters) expect(a.name).toMatch(/[\u4e00-\u9fff]/);
  });

  test('a string that is not a URL detects nothing', () => {
    expect(detectAdapter('not a url')).toBeNull();
    expect(detectRecordPage('')).toBeNull();
  });
});
