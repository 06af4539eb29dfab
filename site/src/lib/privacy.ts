/**
 * 扩展申请的权限、会自动运行的网站，以及理由：隐私政策页面逐条列出。
 * test/e2e/privacy-policy.e2e.ts 把这两张表与构建出的 manifest 对照，多了、少了都失败——政策因此一直是真的。
 */
export interface Permission {
  /** manifest 里的名字。 */
  name: string;
  zh: string;
  en: string;
}

export const PERMISSIONS: readonly Permission[] = [
  {
    name: 'storage',
    zh: '在这台电脑的浏览器里保存你的设置（所选通知、提醒是否开启、申报日期）。',
    en: 'Keeps your settings (the notice you chose, whether reminders are on) in this browser.',
  },
  {
    name: 'activeTab',
    zh: '只在你点击弹出窗口里的“读取本页表格”或“报告此页面”时，读取当前这一个页面。',
    en: 'Reads the current page only when you click “读取本页表格” or “报告此页面” in the popup.',
  },
  {
    name: 'scripting',
    zh: '配合上一项：你点击时，把读取表格的代码放进当前页面；不会在你没点击时运行。',
    en: 'With the above: when you click, puts the table-reading code into the current page; never otherwise.',
  },
  {
    name: 'alarms',
    zh: '在本机定时：你打开提醒后，在截止日期前 30、7、1 天各提醒一次；不打开就不用。',
    en: 'Local timers: once you turn reminders on, a reminder 30, 7 and 1 days before a deadline; unused otherwise.',
  },
  {
    name: 'notifications',
    zh: '显示上面那几次提醒（系统通知）；提醒的内容在本机生成，不经过任何服务器。',
    en: 'Shows those reminders as system notifications, made on this computer, through no server.',
  },
];

/** 扩展的内容脚本会在这些网站上运行（只读取你自己的学习记录页面，不提交、不刷课）。 */
export const READ_HOSTS: readonly { pattern: string; zh: string }[] = [
  { pattern: '*://*.chinahrt.com/*', zh: 'chinahrt（宁夏 nxzj.chinahrt.com 等各省门户）' },
  { pattern: '*://*.ghlearning.com/*', zh: '大众云学的同源平台 ghlearning（河南等）' },
  { pattern: '*://*.hst360.com/*', zh: '大众云学的同源平台 hst360' },
  { pattern: '*://*.yxlearning.com/*', zh: '大众云学 yxlearning（山东各市，如威海 sdwh-gxk.yxlearning.com）' },
];
