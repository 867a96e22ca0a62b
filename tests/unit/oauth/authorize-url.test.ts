import { describe, expect, it } from 'vitest'
import { buildAuthorizeUrl, checkAuthorizeUrl } from '../../../src/core/protocol/oauth'
import type { OAuthAccount, OAuthProblem } from '../../../src/core/protocol/oauth'
import { OAUTH_PROBLEM_META } from '../../../src/shared/model/oauth-problem-codes'
import { A, APPID, CB, enc, JOURNEY, link } from './cases-helpers'
import { HOSTILE_CASES } from './cases-hostile'
import { JOURNEY_CASES } from './cases-journey'
import { RULE_CASES } from './cases-rules'

const CASES = [...JOURNEY_CASES, ...RULE_CASES, ...HOSTILE_CASES]

const sorted = (codes: readonly string[]) => [...codes].sort()
const find = (problems: readonly OAuthProblem[], code: string) =>
  problems.find((p) => p.code === code)

describe('checkAuthorizeUrl: the URL table (protocol.md §9.1-§9.3)', () => {
  it.each(CASES)('$name', ({ url, account, codes }) => {
    const { problems } = checkAuthorizeUrl(url, account ?? JOURNEY)
    expect(sorted(problems.map((p) => p.code))).toEqual(sorted(codes))
    for (const p of problems) {
      const meta: { severity: string; spec: string; wechatErrcode?: number } =
        OAUTH_PROBLEM_META[p.code]
      expect(p.severity).toBe(meta.severity)
      expect(p.spec).toBe(meta.spec)
      expect(p.wechatErrcode).toBe(meta.wechatErrcode)
    }
  })

  it('has at least one row for every problem code', () => {
    const seen = new Set(CASES.flatMap((c) => c.codes))
    expect(Object.keys(OAUTH_PROBLEM_META).filter((code) => !seen.has(code as never))).toEqual([])
  })
})

describe('checkAuthorizeUrl: details and errcodes', () => {
  const check = (url: string, account: OAuthAccount = JOURNEY) =>
    checkAuthorizeUrl(url, account).problems
  const parts = (redirect: string) => [
    `appid=${APPID}`,
    `redirect_uri=${redirect}`,
    'response_type=code',
    'scope=snsapi_base',
    'state=S',
  ]

  it.each([
    [
      'appid-missing',
      10012,
      link(['appid=', `redirect_uri=${enc(CB)}`, 'response_type=code', 'scope=snsapi_base']),
    ],
    ['redirect-uri-missing', 10011, link(parts(''))],
    [
      'scope-missing',
      10010,
      link([`appid=${APPID}`, `redirect_uri=${enc(CB)}`, 'response_type=code', 'scope=']),
    ],
    [
      'scope-invalid',
      10005,
      link([
        `appid=${APPID}`,
        `redirect_uri=${enc(CB)}`,
        'response_type=code',
        'scope=snsapi_login',
      ]),
    ],
    ['redirect-uri-domain-mismatch', 10003, link(parts(enc('http://example.com/cb/')))],
    ['redirect-uri-no-scheme', 10003, link(parts(enc('121.42.154.163/authorization/code')))],
  ])('%s carries WeChat error-page code %i', (code, errcode, url) => {
    expect(find(check(url), code)?.wechatErrcode).toBe(errcode)
  })

  it('suggests the scheme the journey forgot', () => {
    const p = find(
      check(link(parts(enc('121.42.154.163/authorization/code')))),
      'redirect-uri-no-scheme',
    )
    expect(p?.detail).toMatchObject({
      guessedHost: '121.42.154.163',
      suggested: 'http://121.42.154.163/authorization/code',
    })
  })

  it.each([
    ['http://pay.qq.com/a.html', 'unrelated'],
    ['http://qq.com/a.html', 'parent'],
    ['http://music.www.qq.com/a.html', 'subdomain'],
  ])('full-domain match: %s is %s of www.qq.com', (uri, relation) => {
    const account: OAuthAccount = {
      appid: APPID,
      callbackDomain: 'www.qq.com',
      accountKind: 'formal',
    }
    expect(
      find(check(link(parts(enc(uri))), account), 'redirect-uri-domain-mismatch')?.detail,
    ).toMatchObject({
      relation,
      callbackDomain: 'www.qq.com',
    })
  })

  it('names the parameters a raw redirect_uri lost', () => {
    const p = find(check(link(parts(`${CB}?from=menu&id=3`))), 'redirect-uri-query-split')
    expect(p?.detail).toEqual({ redirectUriSeen: `${CB}?from=menu`, strayParams: 'id' })
  })

  it('hints at redirect_uri for redirect_url', () => {
    const url = link([
      `appid=${APPID}`,
      `redirect_url=${enc(CB)}`,
      'response_type=code',
      'scope=snsapi_base',
      'state=S',
    ])
    expect(find(check(url), 'param-unknown')?.detail).toEqual({
      param: 'redirect_url',
      didYouMean: 'redirect_uri',
    })
  })

  it('suggests the slash for a directory-like callback path', () => {
    const p = find(
      check(link(parts(enc('http://121.42.154.163/authorization/code')))),
      'redirect-uri-no-trailing-slash',
    )
    expect(p?.severity).toBe('warning')
    expect(p?.detail).toEqual({ path: '/authorization/code', suggested: '/authorization/code/' })
  })

  it('parses the fields, decoding redirect_uri once', () => {
    const { parsed } = checkAuthorizeUrl(link(parts(enc(`${CB}?a=1&b=2`))), JOURNEY)
    expect(parsed).toMatchObject({
      endpoint: A,
      appid: APPID,
      redirectUri: `${CB}?a=1&b=2`,
      redirectUriRaw: enc(`${CB}?a=1&b=2`),
      responseType: 'code',
      scope: 'snsapi_base',
      state: 'S',
      fragment: 'wechat_redirect',
      paramOrder: ['appid', 'redirect_uri', 'response_type', 'scope', 'state'],
    })
  })

  it('gives the redirect_uri a browser would follow, only when it was read unambiguously', () => {
    const read = (redirect: string) =>
      checkAuthorizeUrl(link(parts(enc(redirect))), JOURNEY).parsed.redirectTarget
    expect(read('HTTP://121.42.154.163/a b/')).toBe('http://121.42.154.163/a%20b/')
    expect(read('http://evil.example\\@121.42.154.163/cb/')).toBeNull()
    expect(read('http://u@121.42.154.163/cb/')).toBeNull()
    expect(read('121.42.154.163/cb/')).toBeNull()
  })

  it('checks against another endpoint origin when simulating', () => {
    const base = 'http://127.0.0.1:4010'
    const url = buildAuthorizeUrl(
      { appid: APPID, redirectUri: CB, scope: 'snsapi_base', state: 'S' },
      base,
    )
    expect(checkAuthorizeUrl(url, JOURNEY, { authorizeBase: base }).problems).toEqual([])
    expect(checkAuthorizeUrl(url, JOURNEY).problems.map((p) => p.code)).toEqual([
      'authorize-endpoint-wrong',
    ])
  })
})
