/** Which addresses the phone browser carries, and where (docs/phone-browser.md "Routing"). */
import { describe, expect, it } from 'vitest'
import { gatewayAddress, realAddress } from '../../../src/core/browser/addresses'
import { goAddress } from '../../../src/core/browser/own-paths'
import { routeAddress } from '../../../src/core/browser/routing'
import type { Routing } from '../../../src/core/browser/routing'
import { isJssdkScript, wechatHostOf, WECHAT_HOSTS } from '../../../src/core/browser/wechat-hosts'

const ctx = {
  platformOrigin: 'http://127.0.0.1:5175',
  appOrigins: ['http://127.0.0.1:5174', 'http://localhost:5174'],
  gatewayOrigins: ['http://127.0.0.1:40001'],
}

describe('wechatHostOf', () => {
  it.each([
    ['https://open.weixin.qq.com/connect/oauth2/authorize', 'open.weixin.qq.com'],
    ['http://OPEN.WEIXIN.QQ.COM/', 'open.weixin.qq.com'],
    ['https://open.weixin.qq.com./x', 'open.weixin.qq.com'],
    ['https://res2.wx.qq.com/open/js/jweixin-1.6.0.js', 'res2.wx.qq.com'],
    ['https://thirdwx.qlogo.cn/mmopen/x/132', 'thirdwx.qlogo.cn'],
    ['https://weixin.qq.com/', undefined],
    ['https://open.weixin.qq.com.evil.example/', undefined],
    ['https://evil-open.weixin.qq.com/', undefined],
    ['ftp://open.weixin.qq.com/', undefined],
  ])('%s → %s', (url, host) => {
    expect(wechatHostOf(new URL(url))).toBe(host)
  })

  it('names every host the plan lists, each once', () => {
    expect(new Set(WECHAT_HOSTS).size).toBe(WECHAT_HOSTS.length)
    expect(WECHAT_HOSTS).toEqual(
      expect.arrayContaining(['open.weixin.qq.com', 'api.weixin.qq.com', 'mp.weixin.qq.com']),
    )
  })
})

describe('isJssdkScript', () => {
  it.each([
    ['res.wx.qq.com', '/open/js/jweixin-1.6.0.js', true],
    ['res2.wx.qq.com', '/open/js/jweixin-1.4.0.js', true],
    ['res.wx.qq.com', '/open/js/jweixin-1.6.0.js.map', false],
    ['res.wx.qq.com', '/open/js/other.js', false],
    ['open.weixin.qq.com', '/open/js/jweixin-1.6.0.js', false],
  ])('%s%s → %s', (host, path, expected) => {
    expect(isJssdkScript(host, path)).toBe(expected)
  })
})

describe('routeAddress', () => {
  const rows: [string, Routing][] = [
    [
      'https://open.weixin.qq.com/connect/oauth2/authorize?a=1',
      {
        ok: true,
        realOrigin: 'https://open.weixin.qq.com',
        upstream: 'http://127.0.0.1:5175',
        routedTo: 'platform',
        wechatHost: 'open.weixin.qq.com',
      },
    ],
    [
      'http://api.weixin.qq.com:8080/sns/userinfo',
      {
        ok: true,
        realOrigin: 'http://api.weixin.qq.com:8080',
        upstream: 'http://127.0.0.1:5175',
        routedTo: 'platform',
        wechatHost: 'api.weixin.qq.com',
      },
    ],
    [
      'http://127.0.0.1:5176/oauth',
      {
        ok: true,
        realOrigin: 'http://127.0.0.1:5176',
        upstream: 'http://127.0.0.1:5176',
        routedTo: 'site',
      },
    ],
    [
      'https://Bot.Example/x',
      {
        ok: true,
        realOrigin: 'https://bot.example',
        upstream: 'https://bot.example',
        routedTo: 'site',
      },
    ],
    [
      'http://localhost:5175/connect/oauth2/authorize',
      {
        ok: true,
        realOrigin: 'http://localhost:5175',
        upstream: 'http://localhost:5175',
        routedTo: 'platform',
      },
    ],
    ['http://127.0.0.1:5174/', { ok: false, reason: 'app' }],
    ['http://localhost:5174/api/setup', { ok: false, reason: 'app' }],
    ['http://127.0.0.2:5174/', { ok: false, reason: 'app' }],
    ['http://[::1]:5174/', { ok: false, reason: 'app' }],
    ['http://0.0.0.0:5174/', { ok: false, reason: 'app' }],
    ['http://127.0.0.1:40001/x', { ok: false, reason: 'gateway' }],
    ['ftp://127.0.0.1/', { ok: false, reason: 'scheme' }],
    ['javascript:alert(1)', { ok: false, reason: 'scheme' }],
    ['file:///etc/passwd', { ok: false, reason: 'scheme' }],
  ]
  it.each(rows)('%s', (url, expected) => {
    expect(routeAddress(new URL(url), ctx)).toEqual(expected)
  })

  it('lets a remote host on the app’s port through: only this machine is the app', () => {
    expect(routeAddress(new URL('http://bot.example:5174/'), ctx)).toMatchObject({ ok: true })
  })
})

describe('gateway and go addresses', () => {
  it.each([
    [
      'https://open.weixin.qq.com/a?b=1#wechat_redirect',
      'http://127.0.0.1:40001/a?b=1#wechat_redirect',
    ],
    ['http://127.0.0.1:5176/', 'http://127.0.0.1:40001/'],
    ['http://x.example/%E4%B8%AD?q=%20', 'http://127.0.0.1:40001/%E4%B8%AD?q=%20'],
  ])('%s → %s', (real, expected) => {
    expect(gatewayAddress('http://127.0.0.1:40001', new URL(real))).toBe(expected)
  })

  it.each([
    ['http://127.0.0.1:40001/jssdk?x=1#h', 'http://127.0.0.1:5176/jssdk?x=1#h'],
    ['http://127.0.0.1:40002/a', 'https://open.weixin.qq.com/a'],
    // Not a gateway's address: the page already sent its real one.
    ['http://127.0.0.1:5176/jssdk', 'http://127.0.0.1:5176/jssdk'],
    ['not a url', 'not a url'],
  ])('the real address of %s is %s', (sent, real) => {
    const gateways = [
      { origin: 'http://127.0.0.1:40001', realOrigin: 'http://127.0.0.1:5176' },
      { origin: 'http://127.0.0.1:40002', realOrigin: 'https://open.weixin.qq.com' },
    ]
    expect(realAddress(gateways, sent)).toBe(real)
  })

  it('go carries the whole address, fragment included, in one parameter', () => {
    const go = new URL(goAddress('http://127.0.0.1:40001', 'https://a.example/x?y=1&z=2#f'))
    expect(go.pathname).toBe('/__mpsim__/go')
    expect(go.searchParams.get('url')).toBe('https://a.example/x?y=1&z=2#f')
    expect(go.hash).toBe('')
  })
})
