import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { judgeJssdkConfig } from '../../../src/core/protocol/jssdk-config-verdict'
import type {
  JssdkConfigAccount,
  JssdkConfigRequest,
  JssdkConfigTickets,
} from '../../../src/core/protocol/jssdk-config-verdict'
import { signedUrlCandidates } from '../../../src/core/protocol/jssdk-signed-url'
import { loadJssdkVectors } from '../../helpers/vectors'

const vector = firstVector()

function firstVector() {
  const [first] = loadJssdkVectors()
  if (!first) throw new Error('jssdk-signature.json has no vector')
  return first
}

const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex')
/** A signature made the way a page would, over exactly `url` (no stripping). */
const sign = (url: string, over: Partial<{ ticket: string; nonce: string; ts: string }> = {}) =>
  sha1(
    `jsapi_ticket=${over.ticket ?? vector.jsapi_ticket}&noncestr=${over.nonce ?? vector.noncestr}` +
      `&timestamp=${over.ts ?? vector.timestamp}&url=${url}`,
  )

// The official example's page, on a test account whose JS domain is its host (protocol.md §11).
const PAGE = vector.url
const ACCOUNT: JssdkConfigAccount = { jsDomains: ['mp.weixin.qq.com'], testAccount: true }
const TICKETS: JssdkConfigTickets = { current: vector.jsapi_ticket }
const GATEWAY = 'http://127.0.0.1:41234?params=value'

function request(over: Partial<JssdkConfigRequest> = {}): JssdkConfigRequest {
  return {
    appId: 'wx1234567890abcdef',
    timestamp: vector.timestamp,
    nonceStr: vector.noncestr,
    signature: vector.expected_signature,
    jsApiList: ['chooseImage'],
    pageUrl: PAGE,
    frameUrl: GATEWAY,
    ...over,
  }
}

interface Case {
  readonly name: string
  readonly request: JssdkConfigRequest
  readonly account?: JssdkConfigAccount | undefined
  readonly tickets?: JssdkConfigTickets
  readonly errMsg: string
  readonly problem?: string
  readonly match?: string
}

const CASES: readonly Case[] = [
  {
    name: 'the official example verifies (jssdk-signature.json)',
    request: request(),
    errMsg: 'config:ok',
    match: 'page-url',
  },
  {
    name: 'a #fragment on the page is dropped before checking',
    request: request({ pageUrl: `${PAGE}#/cart?x=1`, frameUrl: `${GATEWAY}#/cart?x=1` }),
    errMsg: 'config:ok',
    match: 'page-url',
  },
  {
    name: 'a signature over the url with its #fragment is refused and named',
    request: request({
      pageUrl: `${PAGE}#/cart`,
      frameUrl: `${GATEWAY}#/cart`,
      signature: sign(`${PAGE}#/cart`),
    }),
    errMsg: 'config:invalid signature',
    problem: 'invalid-signature',
    match: 'url-with-fragment',
  },
  {
    name: 'a signature over another url is refused, cause unknown',
    request: request({ signature: sign('http://mp.weixin.qq.com/other') }),
    errMsg: 'config:invalid signature',
    problem: 'invalid-signature',
  },
  {
    name: 'a url signed without its query is named',
    request: request({ signature: sign('http://mp.weixin.qq.com') }),
    errMsg: 'config:invalid signature',
    problem: 'invalid-signature',
    match: 'url-without-query',
  },
  {
    name: 'a url signed encoded (encodeURIComponent, never decoded) is named',
    request: request({ signature: sign(encodeURIComponent(PAGE)) }),
    errMsg: 'config:invalid signature',
    problem: 'invalid-signature',
    match: 'url-encoded',
  },
  {
    name: 'https signed for an http page is named',
    request: request({ signature: sign('https://mp.weixin.qq.com?params=value') }),
    errMsg: 'config:invalid signature',
    problem: 'invalid-signature',
    match: 'scheme-differs',
  },
  {
    name: 'a nonceStr other than the signed one fails',
    request: request({ nonceStr: 'Wm3WZYTPz0wzccnX' }),
    errMsg: 'config:invalid signature',
    problem: 'invalid-signature',
  },
  {
    name: 'a timestamp other than the signed one fails (milliseconds, say)',
    request: request({ timestamp: `${vector.timestamp}000` }),
    errMsg: 'config:invalid signature',
    problem: 'invalid-signature',
  },
  {
    name: 'an expired ticket is named',
    request: request({ signature: sign(PAGE, { ticket: 'OLD_TICKET' }) }),
    tickets: { current: 'NEW_TICKET', previous: 'OLD_TICKET' },
    errMsg: 'config:invalid signature',
    problem: 'invalid-signature',
    match: 'previous-ticket',
  },
  {
    name: 'the wx_card ticket is named',
    request: request({ signature: sign(PAGE, { ticket: 'CARD_TICKET' }) }),
    tickets: { current: vector.jsapi_ticket, wxCard: 'CARD_TICKET' },
    errMsg: 'config:invalid signature',
    problem: 'invalid-signature',
    match: 'wx-card-ticket',
  },
  {
    name: 'an AppID of no account',
    request: request(),
    account: undefined,
    errMsg: 'config:invalid appid',
    problem: 'invalid-appid',
  },
  {
    name: 'a page outside the JS safe domains',
    request: request(),
    account: { jsDomains: ['www.example.com'], testAccount: true },
    errMsg: 'config:invalid url domain',
    problem: 'invalid-url-domain',
    match: 'page-url',
  },
  {
    name: 'a subdomain of a JS safe domain is outside it',
    request: request(),
    account: { jsDomains: ['weixin.qq.com'], testAccount: true },
    errMsg: 'config:invalid url domain',
    problem: 'invalid-url-domain',
    // The signature itself is right: the verdict still says so.
    match: 'page-url',
  },
  {
    name: 'a JS domain typed with http:// matches nothing',
    request: request(),
    account: { jsDomains: ['http://mp.weixin.qq.com'], testAccount: true },
    errMsg: 'config:invalid url domain',
    problem: 'invalid-url-domain',
    // The signature itself is right: the verdict still says so.
    match: 'page-url',
  },
  {
    name: 'a test account may use IP:port',
    request: request({
      pageUrl: 'http://127.0.0.1:5176/jssdk?a=1',
      signature: sign('http://127.0.0.1:5176/jssdk?a=1'),
    }),
    account: { jsDomains: ['127.0.0.1:5176'], testAccount: true },
    errMsg: 'config:ok',
    match: 'page-url',
  },
  {
    name: 'a formal account: ports 80 and 443 only',
    request: request({
      pageUrl: 'http://www.example.com:8080/jssdk',
      signature: sign('http://www.example.com:8080/jssdk'),
    }),
    account: { jsDomains: ['www.example.com'], testAccount: false },
    errMsg: 'config:invalid url domain',
    problem: 'invalid-url-domain',
    // The signature itself is right: the verdict still says so.
    match: 'page-url',
  },
  {
    name: 'one of several JS domains is enough',
    request: request(),
    account: { jsDomains: ['www.example.com', 'mp.weixin.qq.com'], testAccount: true },
    errMsg: 'config:ok',
    match: 'page-url',
  },
  {
    name: 'a signature over the gateway address (location.href in browser mode) is accepted',
    request: request({ signature: sign(GATEWAY) }),
    errMsg: 'config:ok',
    match: 'gateway-url',
  },
  {
    name: 'the gateway address with its #fragment is still the fragment mistake',
    request: request({
      pageUrl: `${PAGE}#x`,
      frameUrl: `${GATEWAY}#x`,
      signature: sign(`${GATEWAY}#x`),
    }),
    errMsg: 'config:invalid signature',
    problem: 'invalid-signature',
    match: 'url-with-fragment',
  },
  {
    name: 'an empty signature',
    request: request({ signature: '' }),
    errMsg: 'config:invalid signature',
    problem: 'invalid-signature',
  },
]

describe('judgeJssdkConfig (protocol.md §11)', () => {
  it.each(CASES)('$name', (c) => {
    const account = 'account' in c ? c.account : ACCOUNT
    const fact = judgeJssdkConfig(c.request, account, account ? (c.tickets ?? TICKETS) : undefined)
    expect(fact.errMsg).toBe(c.errMsg)
    expect(fact.ok).toBe(c.errMsg === 'config:ok')
    expect(fact.problem).toBe(c.problem)
    expect(fact.signatureMatch).toBe(c.match)
    expect(fact.givenSignature).toBe(c.request.signature)
  })

  it('records what was hashed: the official string1 and signature, the fragment apart', () => {
    const fact = judgeJssdkConfig(request({ pageUrl: `${PAGE}#top` }), ACCOUNT, TICKETS)
    expect(fact.string1).toBe(vector.string1)
    expect(fact.expectedSignature).toBe(vector.expected_signature)
    expect(fact.url).toBe(PAGE)
    expect(fact.fragmentStripped).toBe('#top')
    expect(fact.ticket).toBe(vector.jsapi_ticket)
    expect(fact.domain).toBe('mp.weixin.qq.com')
    expect(fact.allowedDomains).toEqual(['mp.weixin.qq.com'])
    expect(fact.signedString1).toBeUndefined()
  })

  it('shows the string the page really signed next to the expected one', () => {
    const fact = judgeJssdkConfig(
      request({ signature: sign('http://mp.weixin.qq.com') }),
      ACCOUNT,
      TICKETS,
    )
    expect(fact.string1).toBe(vector.string1)
    expect(fact.signedString1).toBe(vector.string1.replace('?params=value', ''))
  })

  it('without an account there is no ticket and nothing hashed', () => {
    const fact = judgeJssdkConfig(request(), undefined, undefined)
    expect(fact).toMatchObject({ ticket: '', string1: '', expectedSignature: '' })
    expect(fact.signatureMatch).toBeUndefined()
  })
})

describe('signedUrlCandidates', () => {
  it('tries the page, then the gateway, then the mistakes of each', () => {
    const tried = signedUrlCandidates('https://a.example/p?q=1#h', 'http://127.0.0.1:9/p?q=1#h')
    expect(tried.slice(0, 2)).toEqual([
      { match: 'page-url', url: 'https://a.example/p?q=1' },
      { match: 'gateway-url', url: 'http://127.0.0.1:9/p?q=1' },
    ])
    expect(tried.map((c) => c.match)).toContain('url-with-fragment')
    expect(tried).toContainEqual({ match: 'scheme-differs', url: 'http://a.example/p?q=1' })
  })

  it('has no gateway candidate when the frame shows the page itself', () => {
    const tried = signedUrlCandidates('http://a.example/', 'http://a.example/')
    expect(tried.map((c) => c.match)).not.toContain('gateway-url')
  })
})
