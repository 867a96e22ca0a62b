/**
 * The WeChat hosts a page may name that mpsim's mock answers instead of the real servers
 * (docs/phone-browser.md "Routing"). A bot page written for real WeChat links to
 * `https://open.weixin.qq.com/connect/oauth2/authorize?…#wechat_redirect`, loads
 * `https://res.wx.qq.com/open/js/jweixin-1.6.0.js` and shows avatars from thirdwx.qlogo.cn; in the
 * phone browser all of them reach the mock, over http or https alike.
 */

export const WECHAT_HOSTS: readonly string[] = [
  'open.weixin.qq.com',
  'api.weixin.qq.com',
  'mp.weixin.qq.com',
  'res.wx.qq.com',
  'res2.wx.qq.com',
  'wx.qlogo.cn',
  'thirdwx.qlogo.cn',
  'mmbiz.qpic.cn',
]

const HOSTS = new Set(WECHAT_HOSTS)

/**
 * The WeChat host an address names, or undefined. Compared as WHATWG URL reads host names
 * (lower case, no trailing dot), so `OPEN.WEIXIN.QQ.COM.` is the same host.
 * @example wechatHostOf(new URL('https://Open.Weixin.qq.com/connect')) // 'open.weixin.qq.com'
 */
export function wechatHostOf(url: URL): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  const host = url.hostname.replace(/\.$/, '')
  return HOSTS.has(host) ? host : undefined
}

/** The hosts that serve WeChat's JS-SDK file (`jweixin-1.6.0.js` and its siblings). */
const JSSDK_HOSTS = new Set(['res.wx.qq.com', 'res2.wx.qq.com'])

/**
 * Whether a request for this host and path is WeChat's JS-SDK script, which the phone browser
 * answers with mpsim's own `wx` (docs/phone-browser.md "JS-SDK").
 * @example isJssdkScript('res.wx.qq.com', '/open/js/jweixin-1.6.0.js') // true
 */
export function isJssdkScript(host: string, path: string): boolean {
  return JSSDK_HOSTS.has(host) && /^\/open\/js\/jweixin-[\w.-]*\.js$/.test(path)
}
