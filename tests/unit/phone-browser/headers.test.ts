/**
 * Headers through a gateway (docs/phone-browser.md "What the site receives", "What the gateway
 * changes"): the request as WeChat's browser would send it, the answer as the frame can show it.
 */
import { describe, expect, it } from 'vitest'
import { browserSetCookie, cookiePrefix, siteCookieHeader } from '../../../src/core/browser/cookies'
import { rewriteCsp, sourceAdmits } from '../../../src/core/browser/csp'
import { withNsukey } from '../../../src/core/browser/quirks'
import { upstreamHeaders } from '../../../src/core/browser/request-headers'
import { requestPurpose } from '../../../src/core/browser/request-purpose'
import { browserHeaders } from '../../../src/core/browser/response-headers'
import { WECHAT_USER_AGENT } from '../../../src/core/browser/user-agent'

const G = 'http://127.0.0.1:40001'
const csp = {
  bridgeUrl: `${G}/__mpsim__/bridge.js`,
  jssdkUrl: `${G}/__mpsim__/jssdk`,
  nonce: 'N',
  gateways: [
    { origin: G, realOrigin: 'http://127.0.0.1:5176' },
    { origin: 'http://127.0.0.1:40002', realOrigin: 'https://res.wx.qq.com' },
  ],
}

describe('upstreamHeaders', () => {
  const ctx = {
    host: '127.0.0.1:5176',
    cookiePrefix: 'mpA_',
    realOriginOf: (o: string) => (o === G ? 'http://127.0.0.1:5176' : undefined),
    bodyLength: undefined,
  }
  it('keeps the browser’s order, swaps in WeChat’s values, drops what must not go', () => {
    const raw = [
      'Host',
      '127.0.0.1:40001',
      'Connection',
      'keep-alive, X-Hop',
      'X-Hop',
      'gone',
      'User-Agent',
      'Chrome',
      'sec-ch-ua',
      '"Chromium"',
      'Accept',
      'text/html',
      'Accept-Encoding',
      'gzip, br',
      'Origin',
      G,
      'Referer',
      `${G}/a?b=1#c`,
      'Cookie',
      'mpA_sid=1; mpB_x=2; plain=3',
      'x-mpsim-token',
      'secret-token',
      'X-MPSIM-TOKEN',
      'again',
      'Sec-Fetch-Mode',
      'navigate',
    ]
    expect(upstreamHeaders(raw, ctx)).toEqual([
      ['Host', '127.0.0.1:5176'],
      ['User-Agent', WECHAT_USER_AGENT],
      ['Accept', 'text/html'],
      ['Accept-Encoding', 'identity'],
      ['Origin', 'http://127.0.0.1:5176'],
      ['Referer', 'http://127.0.0.1:5176/a?b=1#c'],
      ['Cookie', 'sid=1'],
      ['Sec-Fetch-Mode', 'navigate'],
    ])
  })

  it('adds what the browser left out; leaves foreign origins and null as sent', () => {
    const out = upstreamHeaders(
      ['Origin', 'null', 'Referer', 'https://elsewhere.example/x', 'Content-Length', '99'],
      { ...ctx, bodyLength: 3 },
    )
    expect(out).toEqual([
      ['Host', '127.0.0.1:5176'],
      ['Origin', 'null'],
      ['Referer', 'https://elsewhere.example/x'],
      ['Content-Length', '3'],
      ['User-Agent', WECHAT_USER_AGENT],
      ['Accept-Encoding', 'identity'],
    ])
  })

  it('gives a chunked body its length, and drops a Cookie header with none of this site’s', () => {
    const out = upstreamHeaders(['Transfer-Encoding', 'chunked', 'Cookie', 'mpB_x=1'], {
      ...ctx,
      bodyLength: 5,
    })
    expect(out).toContainEqual(['Content-Length', '5'])
    expect(out.map(([n]) => n.toLowerCase())).not.toContain('cookie')
    expect(out.map(([n]) => n.toLowerCase())).not.toContain('transfer-encoding')
  })
})

describe('cookies', () => {
  it('prefixes by real origin, the same every run', () => {
    expect(cookiePrefix('http://127.0.0.1:5176')).toMatch(/^mp[0-9a-f]{8}_$/)
    expect(cookiePrefix('http://127.0.0.1:5176')).toBe(cookiePrefix('http://127.0.0.1:5176'))
    expect(cookiePrefix('http://127.0.0.1:5176')).not.toBe(cookiePrefix('http://127.0.0.1:5175'))
  })
  it.each([
    ['sid=1; Path=/; HttpOnly', 'P_sid=1; Path=/; HttpOnly'],
    ['sid=1; Domain=.bot.example; Secure; SameSite=None', 'P_sid=1'],
    ['__Host-s=1; Secure; Path=/; SameSite=Lax', 'P___Host-s=1; Path=/; SameSite=Lax'],
    ['a=b=c; Max-Age=60; Partitioned', 'P_a=b=c; Max-Age=60'],
  ])('Set-Cookie %s', (value, expected) => {
    expect(browserSetCookie(value, 'P_')).toBe(expected)
  })
  it.each([
    ['P_a=1; Q_b=2; P_c=3', 'a=1; c=3'],
    ['Q_b=2; c=3', undefined],
    ['', undefined],
  ])('Cookie %j', (header, expected) => {
    expect(siteCookieHeader(header, 'P_')).toBe(expected)
  })
})

describe('sourceAdmits', () => {
  it.each([
    ['https://res.wx.qq.com', 'https://res.wx.qq.com', true],
    ['res.wx.qq.com', 'https://res.wx.qq.com', true],
    ['*.qq.com', 'https://res.wx.qq.com', true],
    ['*.qq.com', 'https://qq.com', false],
    ['https://res.wx.qq.com/open/js/', 'https://res.wx.qq.com', true],
    ['http://res.wx.qq.com', 'https://res.wx.qq.com', true],
    ['https://res.wx.qq.com', 'http://res.wx.qq.com', false],
    ['https:', 'https://res.wx.qq.com', true],
    ['http:', 'https://res.wx.qq.com', false],
    ['http://127.0.0.1:5176', 'http://127.0.0.1:5176', true],
    ['http://127.0.0.1', 'http://127.0.0.1:5176', false],
    ['http://127.0.0.1:*', 'http://127.0.0.1:5176', true],
    ["'self'", 'http://127.0.0.1:5176', false],
    ['*', 'https://x.example', true],
  ])('%s admits %s: %s', (source, origin, expected) => {
    expect(sourceAdmits(source, origin)).toBe(expected)
  })
})

describe('rewriteCsp', () => {
  it.each([
    [
      "default-src 'none'; style-src 'self'; frame-ancestors 'self' http://127.0.0.1:*",
      `default-src 'none'; style-src 'self'; script-src ${G}/__mpsim__/bridge.js; connect-src ${G}/__mpsim__/jssdk`,
      ['frame-ancestors'],
    ],
    [
      "script-src 'self' https://res.wx.qq.com; connect-src 'self'",
      `script-src 'self' https://res.wx.qq.com http://127.0.0.1:40002 ${G}/__mpsim__/bridge.js; connect-src 'self' ${G}/__mpsim__/jssdk`,
      [],
    ],
    [
      "script-src 'nonce-abc' 'strict-dynamic'; upgrade-insecure-requests",
      `script-src 'nonce-abc' 'strict-dynamic' ${G}/__mpsim__/bridge.js 'nonce-N'`,
      ['upgrade-insecure-requests'],
    ],
    [
      "form-action 'self' http://127.0.0.1:5176; img-src https: data:",
      `form-action 'self' http://127.0.0.1:5176 ${G}; img-src https: data: http://127.0.0.1:40002`,
      [],
    ],
    ["frame-ancestors 'none'", '', ['frame-ancestors']],
  ])('%s', (policy, expected, removed) => {
    expect(rewriteCsp(policy, csp)).toEqual({ policy: expected, removed })
  })

  it('rewrites each of several policies in one header', () => {
    const out = rewriteCsp("default-src 'self', script-src 'none'", csp)
    expect(out.policy).toBe(
      `default-src 'self'; script-src 'self' ${G}/__mpsim__/bridge.js; connect-src 'self' ${G}/__mpsim__/jssdk, script-src ${G}/__mpsim__/bridge.js`,
    )
  })
})

describe('browserHeaders', () => {
  it('rewrites Location, removes frame blocks and hop-by-hop headers, sets the length', () => {
    const out = browserHeaders(
      [
        ['Location', '/cb/'],
        ['X-Frame-Options', 'SAMEORIGIN'],
        ['Transfer-Encoding', 'chunked'],
        ['Content-Length', '999'],
        ['Strict-Transport-Security', 'max-age=1'],
        ['Content-Encoding', 'gzip'],
        ['Set-Cookie', 'a=1; Secure'],
        ['Set-Cookie', 'b=2'],
        ['Access-Control-Allow-Origin', 'https://res.wx.qq.com'],
        ['X-Site', 'kept'],
      ],
      { location: `${G}/cb/`, cookiePrefix: 'P_', csp, decoded: true, bodyLength: 12 },
    )
    expect(out.headers).toEqual([
      ['Location', `${G}/cb/`],
      ['Set-Cookie', 'P_a=1'],
      ['Set-Cookie', 'P_b=2'],
      ['Access-Control-Allow-Origin', 'http://127.0.0.1:40002'],
      ['X-Site', 'kept'],
      ['Content-Length', '12'],
    ])
    expect(out.notes).toEqual(['location-rewritten', 'frame-block-removed'])
  })
})

describe('requestPurpose', () => {
  const h = (headers: Record<string, string>) => (name: string) => headers[name]
  it.each([
    ['GET', { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'iframe' }, 'navigate'],
    ['POST', { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'iframe' }, 'form'],
    ['GET', { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' }, 'fetch'],
    ['POST', { 'sec-fetch-mode': 'same-origin', 'sec-fetch-dest': 'empty' }, 'fetch'],
    ['GET', { 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' }, undefined],
    ['GET', { 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image' }, undefined],
    ['GET', { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'font' }, undefined],
    ['GET', { accept: 'text/html,*/*' }, 'navigate'],
    ['GET', { accept: 'image/png' }, undefined],
    ['POST', { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }, 'form'],
    ['POST', { 'content-type': 'application/json' }, 'fetch'],
    ['OPTIONS', { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' }, undefined],
  ] as const)('%s %j → %s', (method, headers, expected) => {
    expect(requestPurpose({ method, header: h(headers) })).toBe(expected)
  })
})

describe('withNsukey', () => {
  const run = (request: string, status: number, location: string) =>
    withNsukey(new URL(request), status, new URL(location, request), 'KEY')
  it.each([
    [
      'http://b/cb?code=C&state=S',
      301,
      '/cb/?code=C&state=S',
      'http://b/cb/?code=C&state=S&nsukey=KEY',
    ],
    [
      'http://b/cb?code=C&state=S',
      302,
      'http://b/cb/?code=C&state=S#x',
      'http://b/cb/?code=C&state=S&nsukey=KEY#x',
    ],
    ['http://b/cb?code=C&state=S', 302, '/cb/', 'http://b/cb/?nsukey=KEY'],
    ['http://b/cb?code=C&state=S', 307, '/cb/?code=C&state=S', undefined],
    ['http://b/cb?code=C', 301, '/cb/?code=C', undefined],
    ['http://b/cb?code=C&state=S', 301, '/other/?code=C&state=S', undefined],
    ['http://b/cb?code=C&state=S', 301, 'http://c/cb/?code=C&state=S', undefined],
    [
      'http://b/cb/?code=C&state=S',
      301,
      '/cb//?code=C&state=S',
      'http://b/cb//?code=C&state=S&nsukey=KEY',
    ],
  ])('%s %s → %s', (request, status, location, expected) => {
    expect(run(request, status, location)).toBe(expected)
  })
})
