import { describe, expect, test } from 'vitest';
import { PLACEHOLDER, Redactor, redactText, redactValue, sensitiveKey } from '../lib/redact.ts';

// Made-up personal data of the kinds a record page shows.
const ID = '11010519491231002X';
const MOBILE = '13812345678';
const EMAIL = 'wang.xiaoming@example.com';

describe('free text', () => {
  test.each([
    [`身份证号 ${ID}`, `身份证号 ${PLACEHOLDER.idCard}`],
    [`id:${ID.toLowerCase()}.`, `id:${PLACEHOLDER.idCard}.`],
    [`手机${MOBILE}，邮箱${EMAIL}`, `手机${PLACEHOLDER.phone}，邮箱${PLACEHOLDER.email}`],
    ['+86 138-1234-5678', PLACEHOLDER.phone],
    ['电话 0951-5012345', `电话 ${PLACEHOLDER.phone}`],
    [`${MOBILE}@163.com`, PLACEHOLDER.email],
    ['姓名：王小明 单位：某某医院', `姓名：${PLACEHOLDER.name} 单位：某某医院`],
    ['学员姓名: 李四', `学员姓名: ${PLACEHOLDER.name}`],
    ['欢迎您，张三！', `欢迎您，${PLACEHOLDER.name}！`],
    ['尊敬的赵六', `尊敬的${PLACEHOLDER.name}`],
  ])('%s', (input, output) => {
    expect(redactText(input)).toBe(output);
  });

  test.each([
    '欢迎来到学习平台',
    '用户中心',
    '学员须知',
    '现代企业管理概论',
    '2017-04-12 14:20',
    '1700000000000', // a timestamp in ms, not a phone
    '1423567890123456789', // a 19-digit platform id
    '110105194913310021', // not a date: month 13
    '12.5学时',
    '课程编号 c1001',
  ])('leaves %s alone', (text) => {
    expect(redactText(text)).toBe(text);
  });

  test('is idempotent: placeholders are not redacted again', () => {
    const once = redactText(`姓名：王小明 ${ID} ${MOBILE} ${EMAIL}`);
    const r = new Redactor();
    expect(r.text(once)).toBe(once);
    expect(r.total()).toBe(0);
  });
});

describe('field names', () => {
  test.each([
    ['name', 'name'],
    ['xm', 'name'],
    ['姓名', 'name'],
    ['realName', 'name'],
    ['student_name', 'name'],
    ['userName', 'secret'],
    ['idCard', 'idCard'],
    ['idCardNo', 'idCard'],
    ['sfzh', 'idCard'],
    ['身份证号码', 'idCard'],
    ['phone', 'phone'],
    ['mobilePhone', 'phone'],
    ['tel', 'phone'],
    ['联系电话', 'phone'],
    ['email', 'email'],
    ['电子邮箱', 'email'],
    ['token', 'secret'],
    ['jwtToken', 'secret'],
    ['hrttoken', 'secret'],
    ['cookie', 'secret'],
    ['password', 'secret'],
    ['登录密码', 'secret'],
    ['userId', 'secret'],
    ['uid', 'secret'],
    ['学号', 'secret'],
  ])('%s → %s', (key, kind) => {
    expect(sensitiveKey(key)).toBe(kind);
  });

  test.each([
    'courseName',
    'className',
    'trainplanName',
    'categoryName',
    '课程名称',
    '班级名称',
    'learnPercent',
    'courseId',
    'hotelId',
    'passTime',
  ])('%s is ordinary', (key) => {
    expect(sensitiveKey(key)).toBeNull();
  });
});

describe('JSON values', () => {
  test('sensitive fields are replaced whatever their type; course fields stay', () => {
    const r = new Redactor();
    const out = r.value({
      code: '0',
      data: {
        user: { name: '王小明', idCard: ID, mobile: 13812345678, email: EMAIL, token: 'eyJ.x.y', age: 40 },
        courseStudyList: [
          { courseId: 'c1', courseName: '法治中国建设专题', learnPercent: '100', studentName: '王小明' },
        ],
        note: `联系${MOBILE}`,
        empty: { name: '', phone: null },
      },
    });
    expect(out).toEqual({
      code: '0',
      data: {
        user: {
          name: PLACEHOLDER.name,
          idCard: PLACEHOLDER.idCard,
          mobile: PLACEHOLDER.phone,
          email: PLACEHOLDER.email,
          token: PLACEHOLDER.secret,
          age: 40,
        },
        courseStudyList: [
          { courseId: 'c1', courseName: '法治中国建设专题', learnPercent: '100', studentName: PLACEHOLDER.name },
        ],
        note: `联系${PLACEHOLDER.phone}`,
        empty: { name: '', phone: null },
      },
    });
    expect(r.removed).toEqual({ name: 2, idCard: 1, phone: 2, email: 1, secret: 1 });
  });

  test('an object under a sensitive key goes as a whole', () => {
    expect(redactValue({ cookie: { a: 1 } })).toEqual({ cookie: PLACEHOLDER.secret });
  });

  test('a bare 11-digit mobile number is replaced, other numbers are not', () => {
    expect(redactValue([13912345678, 2024, 1700000000000, 12.5])).toEqual([
      PLACEHOLDER.phone,
      2024,
      1700000000000,
      12.5,
    ]);
  });

  test('keys that are themselves personal data are replaced', () => {
    expect(redactValue({ [ID]: 1 })).toEqual({ [PLACEHOLDER.idCard]: 1 });
  });
});

describe('tables', () => {
  test('personal columns are blanked by their header, other cells scanned', () => {
    const r = new Redactor();
    const out = r.table(
      ['序号', '姓名', '身份证号', '手机号码', '课程名称', '备注'],
      [['1', '王小明', ID, MOBILE, '现代企业管理概论', `请联系 ${EMAIL}`]],
    );
    expect(out.rows).toEqual([
      ['1', PLACEHOLDER.name, PLACEHOLDER.idCard, PLACEHOLDER.phone, '现代企业管理概论', `请联系 ${PLACEHOLDER.email}`],
    ]);
    expect(out.header).toEqual(['序号', '姓名', '身份证号', '手机号码', '课程名称', '备注']);
    expect(r.total()).toBe(4);
  });
});

describe('URLs', () => {
  test('sensitive parameters in the query and the hash route are replaced', () => {
    const r = new Redactor();
    const out = r.url(
      `https://gp.chinahrt.com/api/x?token=abc&pageNo=2&q=${MOBILE}#/v_selected_course?trainplanId=8a&sfzh=${ID}`,
    );
    expect(out).toBe(
      `https://gp.chinahrt.com/api/x?token=${PLACEHOLDER.secret}&pageNo=2&q=${PLACEHOLDER.phone}#/v_selected_course?trainplanId=8a&sfzh=${PLACEHOLDER.idCard}`,
    );
    expect(out).not.toContain(ID);
  });

  test('personal data in the path and user info are replaced', () => {
    expect(redactText('x')).toBe('x');
    const r = new Redactor();
    expect(r.url(`https://user:pw@example.cn/u/${MOBILE}/records`)).toBe(
      `https://${PLACEHOLDER.secret}@example.cn/u/${PLACEHOLDER.phone}/records`,
    );
  });

  test('a string that is no URL is scanned as text', () => {
    expect(new Redactor().url(`not a url ${EMAIL}`)).toBe(`not a url ${PLACEHOLDER.email}`);
  });
});
