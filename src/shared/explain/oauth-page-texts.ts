/**
 * Words for the authorize pages' own findings, shared by the mock platform's pages
 * (src/core/platform/oauth) and the app's inspector: the line WeChat's in-app error page shows per
 * code (protocol.md §9.1, vectors/error-codes.json authorize_page_codes), and mpsim's findings that
 * only exist on the platform side (an unknown appid, the consent form). The protocol problems'
 * words are in oauth-problems*.ts.
 */
import type { Explanation } from './types'

/** What WeChat's in-app page says for each documented code, and our English rendering. */
export const WECHAT_PAGE_LINES: Readonly<Record<number, { zh: string; en: string }>> = {
  10003: { zh: 'redirect_uri 域名与后台配置不一致', en: 'redirect_uri domain does not match' },
  10004: { zh: '此公众号被封禁', en: 'This official account is banned' },
  10005: {
    zh: '此公众号并没有这些 scope 的权限',
    en: 'This account has no permission for this scope',
  },
  10006: { zh: '必须关注此测试号', en: 'You must follow this test account' },
  10009: { zh: '操作太频繁了，请稍后重试', en: 'Too frequent, try again later' },
  10010: { zh: 'scope 不能为空', en: 'scope must not be empty' },
  10011: { zh: 'redirect_uri 不能为空', en: 'redirect_uri must not be empty' },
  10012: { zh: 'appid 不能为空', en: 'appid must not be empty' },
  10013: { zh: 'state 不能为空', en: 'state must not be empty' },
  10015: { zh: '公众号未授权第三方平台', en: 'Account not authorized to the third-party platform' },
  10016: {
    zh: '不支持微信开放平台的 Appid，请使用公众号 Appid',
    en: 'Open Platform AppIDs are not supported; use the official account’s AppID',
  },
}

export type OauthPageCode =
  | 'param-not-utf8'
  | 'appid-unknown'
  | 'no-simulated-user'
  | 'must-follow-test-account'
  | 'consent-expired'
  | 'consent-form-invalid'
  | 'consent-cross-origin'

export const OAUTH_PAGE_TEXT: Readonly<Record<OauthPageCode, Explanation>> = {
  'param-not-utf8': {
    zh: {
      title: '参数不是合法的 UTF-8',
      explanation:
        '链接里有一个参数的百分号编码解码后不是 UTF-8（比如按 GBK 编码的中文，或者残缺的 %XX），无法确定它的值。',
      fix: '用 UTF-8 对参数做 urlencode，例如 Python 3 的 urllib.parse.quote、JavaScript 的 encodeURIComponent。',
    },
    en: {
      title: 'A parameter is not valid UTF-8',
      explanation:
        'A parameter’s percent-escapes do not decode to UTF-8 (text encoded as GBK, or a broken %XX), so its value is unknown.',
      fix: 'urlencode parameters as UTF-8: urllib.parse.quote in Python 3, encodeURIComponent in JavaScript.',
    },
  },
  'appid-unknown': {
    zh: {
      title: '没有这个 AppID 的公众号',
      explanation:
        'mpsim 里没有哪个模拟公众号使用这个 AppID。真实微信对不存在的 AppID 显示什么错误码，文档没有说明。',
      fix: '检查 bot 读取的 AppID 配置，和 mpsim 设置里的 AppID 是否一致。',
    },
    en: {
      title: 'No account has this AppID',
      explanation:
        'No simulated account in mpsim uses this AppID. Which code real WeChat shows for an AppID that does not exist is not documented.',
      fix: 'Check the AppID your bot reads against the one in mpsim’s settings.',
    },
  },
  'no-simulated-user': {
    zh: {
      title: '这个公众号还没有模拟用户',
      explanation: '网页授权需要一个“手机上”的微信用户，但这个公众号下没有任何模拟用户。',
      fix: '在 mpsim 里为这个公众号添加一个模拟用户，然后重新打开链接。',
    },
    en: {
      title: 'This account has no simulated users',
      explanation:
        'Web authorization needs a WeChat user holding the phone, and this account has no simulated users.',
      fix: 'Add a simulated user to this account in mpsim, then open the link again.',
    },
  },
  'must-follow-test-account': {
    zh: {
      title: '测试号要求用户先关注',
      explanation:
        '测试号只允许已关注的用户进行网页授权，未关注时微信显示错误码 10006。正式的服务号没有这个限制。',
      fix: '让这个模拟用户先关注测试号（在 mpsim 里发送 subscribe 事件或修改用户的关注状态），或者换一个已关注的用户。',
    },
    en: {
      title: 'Test accounts require a follower',
      explanation:
        'A test account authorizes only users who follow it; otherwise WeChat shows 10006. Formal service accounts have no such rule.',
      fix: 'Make this simulated user follow the test account (send a subscribe event or edit the user in mpsim), or pick a user who follows.',
    },
  },
  'consent-expired': {
    zh: {
      title: '授权页已失效',
      explanation: '这个授权页已经提交过，或者打开太久了。每个授权页只能提交一次。',
      fix: '回到 bot 的页面，重新发起网页授权。',
    },
    en: {
      title: 'This consent page has expired',
      explanation: 'The page was already submitted, or left open too long. Each page submits once.',
      fix: 'Go back to the bot’s page and start the authorization again.',
    },
  },
  'consent-form-invalid': {
    zh: {
      title: '授权表单无效',
      explanation: '提交的表单缺少选择，或者选中的用户不属于这个公众号。',
      fix: '重新发起授权，选择一个用户后点“允许”或“拒绝”。',
    },
    en: {
      title: 'The consent form is invalid',
      explanation:
        'The form is missing a choice, or names a user who does not belong to this account.',
      fix: 'Start the authorization again, pick a user, then Allow or Deny.',
    },
  },
  'consent-cross-origin': {
    zh: {
      title: '授权表单来自其他网站',
      explanation: '这个表单不是从 mpsim 的授权页提交的，为防止跨站请求伪造，mpsim 拒绝了它。',
      fix: '只在 mpsim 显示的授权页上点击“允许”或“拒绝”。',
    },
    en: {
      title: 'The consent form came from another site',
      explanation:
        'The form was not submitted from mpsim’s consent page; mpsim refuses it to prevent cross-site request forgery.',
      fix: 'Use Allow or Deny on the consent page mpsim shows.',
    },
  },
}
