/**
 * Chrome of the authorize pages (titles, buttons, notes), both languages side by side. The words
 * for findings and WeChat's page codes are shared with the app's inspector and live in
 * src/shared/explain/oauth-page-texts.ts and oauth-problems*.ts.
 */
export const PAGE_CHROME = {
  errorTitle: { zh: '无法完成授权', en: 'Authorization failed' },
  errorCode: { zh: '错误码', en: 'Error code' },
  noWechatCode: {
    zh: '真实微信在这里的表现没有文档说明，mpsim 在此停止。',
    en: 'Real WeChat’s reaction here is undocumented; mpsim stops here.',
  },
  explained: {
    zh: 'mpsim 的说明（真实微信不会显示）',
    en: 'mpsim explains (real WeChat does not)',
  },
  warnings: { zh: '其他提示', en: 'Other findings' },
  fix: { zh: '解决办法', en: 'Fix' },
  fragment: {
    zh: '链接末尾必须带 #wechat_redirect。浏览器不会把 # 之后的内容发给服务器，所以 mpsim 在这里看不到它：请在 mpsim 的网页授权步骤里检查完整链接。',
    en: 'The link must end with #wechat_redirect. Browsers never send what follows # to a server, so mpsim cannot see it here: check the full link in mpsim’s OAuth steps.',
  },
  consentTitle: { zh: '申请获取以下权限', en: 'requests the following' },
  consentScope: {
    zh: '获得你的公开信息（昵称、头像）',
    en: 'Your public profile (nickname, avatar)',
  },
  phoneUser: { zh: '当前手机上的微信用户', en: 'Who is holding the phone' },
  following: { zh: '已关注', en: 'follows' },
  notFollowing: { zh: '未关注', en: 'not following' },
  allow: { zh: '允许', en: 'Allow' },
  deny: { zh: '拒绝', en: 'Deny' },
  notes: { zh: 'mpsim 提示', en: 'mpsim notes' },
} as const
