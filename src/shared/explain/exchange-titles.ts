/**
 * An exchange's name in words, zh-CN and English. The core titles exchanges with what is on the
 * wire — a message type, an API path — or, for verification, an English phrase; the inspector
 * shows these words beside (or instead of) that title, and its search finds an exchange by them in
 * either language, on the page and in the control API's filter alike (exchange-summary.ts).
 */
import type { Exchange } from '../model/exchange'
import type { Lang } from './types'

type Words = Readonly<Record<Lang, string>>

/** The mock platform's endpoints (protocol.md §9.4, §10): what each call is for. */
const PATH_WORDS: Readonly<Record<string, Words>> = {
  '/connect/oauth2/authorize': { zh: '打开授权链接', en: 'Authorize link opened' },
  '/connect/oauth2/authorize/consent': { zh: '用户的授权选择', en: 'The user’s consent answer' },
  '/sns/oauth2/access_token': {
    zh: '用 code 换网页授权 access_token',
    en: 'Code traded for an access_token',
  },
  '/sns/oauth2/refresh_token': { zh: '刷新网页授权 access_token', en: 'access_token refreshed' },
  '/sns/userinfo': { zh: '拉取用户信息', en: 'User profile read' },
  '/sns/auth': { zh: '检验网页授权 access_token', en: 'access_token checked' },
  '/cgi-bin/token': { zh: '获取 access_token', en: 'access_token fetched' },
  '/cgi-bin/stable_token': { zh: '获取稳定版 access_token', en: 'Stable access_token fetched' },
  '/cgi-bin/getcallbackip': { zh: '获取微信服务器 IP', en: 'WeChat server IPs read' },
  '/cgi-bin/clear_quota': { zh: '调用次数清零', en: 'API quota reset' },
  '/cgi-bin/message/custom/send': { zh: '发送客服消息', en: 'Customer-service message sent' },
  '/cgi-bin/message/template/send': { zh: '发送模板消息', en: 'Template message sent' },
  '/cgi-bin/menu/create': { zh: '创建自定义菜单', en: 'Menu created' },
  '/cgi-bin/menu/get': { zh: '查询自定义菜单', en: 'Menu read' },
  '/cgi-bin/menu/delete': { zh: '删除自定义菜单', en: 'Menu deleted' },
  '/cgi-bin/qrcode/create': { zh: '生成带参数二维码', en: 'QR code created' },
  '/cgi-bin/ticket/getticket': { zh: '获取 jsapi_ticket', en: 'jsapi_ticket fetched' },
  '/cgi-bin/user/info': { zh: '获取用户基本信息', en: 'User info read' },
  '/cgi-bin/user/info/batchget': { zh: '批量获取用户信息', en: 'User info read in bulk' },
  '/cgi-bin/user/get': { zh: '获取关注者列表', en: 'Followers listed' },
}

const VERIFY_WORDS: Words = { zh: 'URL 验证', en: 'URL verification' }

/** The path of a recorded request URL, whether absolute or as the server saw it ("/sns/auth?…"). */
function pathOf(url: string): string {
  return url.split(/[?#]/)[0]?.replace(/^[a-z]+:\/\/[^/]+/i, '') || '/'
}

/** The words for what this exchange was, when mpsim has some; undefined for message types. */
export function exchangeTitleWords(exchange: Exchange): Words | undefined {
  switch (exchange.kind) {
    case 'verify':
      return VERIFY_WORDS
    case 'api':
    case 'oauth':
      return PATH_WORDS[pathOf(exchange.title)]
    case 'page':
      return exchange.analysis.routedTo === 'platform'
        ? PATH_WORDS[pathOf(exchange.analysis.url)]
        : undefined
    case 'push':
      return undefined
  }
}
