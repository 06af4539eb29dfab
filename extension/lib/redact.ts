/**
 * Personal data out of a "report this page" file. Pure: the report script runs it inside the
 * page before anything leaves the tab, and the tests feed it strings and objects.
 *
 * Two kinds of rule: a field (JSON key, table header, URL parameter) whose name says it holds
 * personal data or a secret is replaced whatever its value; everywhere else, text that looks like
 * an 18-digit ID-card number, a phone number, an e-mail address or a labelled name is replaced.
 */

export type RemovedKind = 'name' | 'idCard' | 'phone' | 'email' | 'secret';
export type Removed = Record<RemovedKind, number>;

export const PLACEHOLDER: Record<RemovedKind, string> = {
  name: '〔已删除：姓名〕',
  idCard: '〔已删除：身份证号〕',
  phone: '〔已删除：电话〕',
  email: '〔已删除：邮箱〕',
  secret: '〔已删除：敏感字段〕',
};

export const REMOVED_LABEL: Record<RemovedKind, string> = {
  name: '姓名',
  idCard: '身份证号',
  phone: '电话号码',
  email: '电子邮箱',
  secret: '登录凭据、密码、账号、用户编号、地址、生日等字段',
};

const norm = (key: string) =>
  key
    .toLowerCase()
    .replace(/[（(][^)）]*[)）]/g, '')
    .replace(/[\s_\-:：*.]/g, '');

const NAME_EXACT = new Set([
  'name',
  'xm',
  'xyxm',
  'stuxm',
  'yhxm',
  'xingming',
  '姓名',
  '学员',
  '学员姓名',
  '真实姓名',
  '昵称',
  '联系人',
]);
// `…Name` fields that name a person; courseName, className, planName… are what the report is for.
const PERSON_PREFIX =
  /^(real|true|full|nick|user|stu|student|person|member|emp|employee|staff|learner|owner|creator|contact|linkman|teacher|lecturer|author|leader|trainee|cn|zh)/;
const SECRET_EXACT = new Set([
  'username',
  'loginname',
  'account',
  'accountname',
  'loginid',
  'auth',
  'authorization',
  'session',
  'sessionid',
  'jsessionid',
  'ticket',
  'sign',
  'signature',
  '用户名',
  '账号',
  '帐号',
]);

// The person's own number on the platform: only its type matters for an adapter.
const PERSON_ID =
  /^(uid|userid|usercode|userno|stuid|studentid|studentno|stuno|memberid|personid|accountid|empid|学号|工号|用户编号)$/;

/** What a field's name says it holds, or null for an ordinary field. */
export function sensitiveKey(key: string): RemovedKind | null {
  const k = norm(key);
  if (k === '') return null;
  if (/idcard|sfz|身份证|证件号|^idno$|^idnumber$|^zjhm$|^cardno$|^certno$/.test(k)) return 'idCard';
  if (/phone|mobile|手机|电话|^tel$|tel$|^telephone$|^sjh|^lxdh$|^lxfs$|联系方式/.test(k) && !/hotel/.test(k)) {
    return 'phone';
  }
  if (/e?mail|邮箱|邮件/.test(k)) return 'email';
  if (/token|jwt|cookie|passw|pwd|secret|密码|apikey|accesskey|address|^addr$|地址|birth|生日|出生|^csrq$/.test(k)) {
    return 'secret';
  }
  if (SECRET_EXACT.has(k) || PERSON_ID.test(k)) return 'secret';
  if (NAME_EXACT.has(k) || k.includes('姓名') || (k.endsWith('name') && PERSON_PREFIX.test(k))) return 'name';
  return null;
}

// An 18-digit ID number: region, a plausible birth date, sequence and check digit.
const ID_CARD =
  /(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
// Mainland mobiles (with +86 and spaces or dashes) and landlines with an area code.
const PHONE = /(?<![\d+])(?:(?:\+|00)?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// A name right after a label: 姓名：张三, 学员：张三 (a colon is required there: 学员须知, 用户中心
// are not names), 欢迎您，张三, 尊敬的张三 (not 欢迎来到…).
const CHINESE_NAME = '([\\u4e00-\\u9fa5][\\u4e00-\\u9fa5·]{1,4})';
const LABELLED_NAMES = [
  new RegExp(`(姓名|学员|用户|学员姓名|真实姓名)([:：]\\s*)${CHINESE_NAME}`, 'g'),
  new RegExp(
    `(欢迎您?|您好|你好|尊敬的)([,，:：\\s]*)(?!来到|使用|登录|登陆|访问|进入|光临|参加|回来|您|欢迎|学习|各位)${CHINESE_NAME}`,
    'g',
  ),
];
const MOBILE_ONLY = /^1[3-9]\d{9}$/;

export class Redactor {
  readonly removed: Removed = { name: 0, idCard: 0, phone: 0, email: 0, secret: 0 };

  private mark(kind: RemovedKind): string {
    this.removed[kind]++;
    return PLACEHOLDER[kind];
  }

  /** Free text: ID numbers, phones, e-mail addresses and labelled names replaced. */
  text(value: string): string {
    return value
      .replace(EMAIL, () => this.mark('email'))
      .replace(ID_CARD, () => this.mark('idCard'))
      .replace(PHONE, () => this.mark('phone'))
      .replace(LABELLED_NAMES[0] as RegExp, this.labelled)
      .replace(LABELLED_NAMES[1] as RegExp, this.labelled);
  }

  private readonly labelled = (_match: string, label: string, sep: string) => `${label}${sep}${this.mark('name')}`;

  /** A field's value: replaced whole when its name is sensitive, else its text patterns. */
  field(key: string, value: unknown): unknown {
    const kind = sensitiveKey(key);
    if (kind && value !== null && value !== undefined && value !== '') return this.mark(kind);
    return this.value(value);
  }

  /** Any JSON-like value, deeply: keys checked, strings and phone-like numbers scanned. */
  value(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (typeof value === 'number') return MOBILE_ONLY.test(String(value)) ? this.mark('phone') : value;
    if (Array.isArray(value)) return value.map((v) => this.value(v));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[this.text(k)] = this.field(k, v);
      return out;
    }
    return value;
  }

  /** A table: columns whose header names personal data are blanked, every cell scanned. */
  table(header: readonly string[], rows: readonly (readonly string[])[]): { header: string[]; rows: string[][] } {
    const kinds = header.map((h) => sensitiveKey(h));
    return {
      header: header.map((h) => this.text(h)),
      rows: rows.map((row) =>
        row.map((cell, i) => {
          const kind = kinds[i];
          return kind && cell.trim() !== '' ? this.mark(kind) : this.text(cell);
        }),
      ),
    };
  }

  /** A URL: sensitive query parameters (also in a hash route's query) replaced, the rest scanned. */
  url(href: string): string {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return this.text(href);
    }
    const query = (q: string) =>
      q
        .split('&')
        .filter((p) => p !== '')
        .map((pair) => {
          const eq = pair.indexOf('=');
          if (eq < 0) return this.text(safeDecode(pair));
          const key = safeDecode(pair.slice(0, eq));
          const value = safeDecode(pair.slice(eq + 1));
          const kind = sensitiveKey(key);
          return `${this.text(key)}=${kind && value !== '' ? this.mark(kind) : this.text(value)}`;
        })
        .join('&');
    const search = url.search ? `?${query(url.search.slice(1))}` : '';
    let hash = '';
    if (url.hash) {
      const h = safeDecode(url.hash.slice(1));
      const q = h.indexOf('?');
      hash = q >= 0 ? `#${this.text(h.slice(0, q))}?${query(h.slice(q + 1))}` : `#${this.text(h)}`;
    }
    // User info in the authority (user:password@host) is a secret too.
    const auth = url.username || url.password ? `${this.mark('secret')}@` : '';
    return `${url.protocol}//${auth}${url.host}${this.text(safeDecode(url.pathname))}${search}${hash}`;
  }

  /** How many items were removed in total. */
  total(): number {
    return Object.values(this.removed).reduce((a, b) => a + b, 0);
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** One-shot helpers for callers that do not need the counts. */
export const redactText = (text: string) => new Redactor().text(text);
export const redactValue = (value: unknown) => new Redactor().value(value);
