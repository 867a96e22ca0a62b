/**
 * The desktop app's routing of the phone frame (docs/phone-browser.md "Desktop"): WeChat hosts and
 * page loads no gateway carries go through `go`; the app's own requests and the gateways are left
 * alone; the window's own requests are never touched.
 */
import { describe, expect, it } from 'vitest'
import { isPhoneFrameAddress, phoneFrameRedirect } from '../../../src/main/phone-browser-routing'

const GATEWAY = 'http://127.0.0.1:40001'
const ctx = {
  appOrigins: ['http://127.0.0.1:5174', 'http://localhost:5174'],
  gatewayOrigins: [GATEWAY],
  goAddressFor: (url: string) => `${GATEWAY}/__mpsim__/go?url=${encodeURIComponent(url)}`,
}
const go = (url: string) => ctx.goAddressFor(url)

describe('phoneFrameRedirect', () => {
  const AUTHORIZE = 'https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1#wechat_redirect'
  it.each([
    [
      'a script in the frame sending it to open.weixin.qq.com',
      AUTHORIZE,
      'subFrame',
      true,
      go(AUTHORIZE),
    ],
    [
      'jweixin loaded by a page in the frame',
      'https://res.wx.qq.com/open/js/jweixin-1.6.0.js',
      'script',
      true,
      go('https://res.wx.qq.com/open/js/jweixin-1.6.0.js'),
    ],
    [
      'a page load of the frame to a site no gateway carries',
      'http://127.0.0.1:5176/oauth',
      'subFrame',
      true,
      go('http://127.0.0.1:5176/oauth'),
    ],
    ['a gateway address', `${GATEWAY}/oauth`, 'subFrame', true, undefined],
    ['the app inside a frame', 'http://127.0.0.1:5174/', 'subFrame', true, undefined],
    ["a page's image from another site", 'https://cdn.example/a.png', 'image', true, undefined],
    ['the window itself', AUTHORIZE, 'mainFrame', false, undefined],
    [
      "the app's own request to a WeChat host",
      'https://thirdwx.qlogo.cn/a/132',
      'image',
      false,
      undefined,
    ],
    ['another scheme', 'weixin://dl/business', 'subFrame', true, undefined],
    ['about:blank', 'about:blank', 'subFrame', true, undefined],
  ] as const)('%s', (_what, url, resourceType, fromSubframe, expected) => {
    expect(phoneFrameRedirect({ url, resourceType, fromSubframe }, ctx)).toBe(expected)
  })

  it('leaves everything alone while no gateway is open', () => {
    const none = { ...ctx, gatewayOrigins: [], goAddressFor: () => undefined }
    expect(
      phoneFrameRedirect(
        { url: 'https://open.weixin.qq.com/', resourceType: 'subFrame', fromSubframe: true },
        none,
      ),
    ).toBeUndefined()
  })
})

describe('isPhoneFrameAddress', () => {
  it.each([
    [`${GATEWAY}/cb/?code=1`, true],
    ['http://127.0.0.1:40002/', false],
    ['https://example.com/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isPhoneFrameAddress(url, [GATEWAY])).toBe(expected)
  })
})
