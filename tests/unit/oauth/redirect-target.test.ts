import { describe, expect, it } from 'vitest'
import {
  buildCallbackUrl,
  checkRedirectUri,
  readRedirectTarget,
  redirectUriInDomain,
} from '../../../src/core/protocol/oauth'
import { ACCEPTED_ROWS, HOSTILE_ROWS } from './cases-hostile'

describe('readRedirectTarget: the host exactly as a browser reads it', () => {
  it.each(HOSTILE_ROWS)('refuses $name', ({ value, code, reason, browserHost }) => {
    const target = readRedirectTarget(value)
    expect(target.ok).toBe(false)
    if (target.ok) return
    expect(target.fault).toBe(code === 'redirect-uri-has-userinfo' ? 'userinfo' : reason)
    if (browserHost !== undefined) expect(target.detail.browserHost).toBe(browserHost)
  })

  it.each(ACCEPTED_ROWS)('accepts $name', ({ value, host, port, href }) => {
    expect(readRedirectTarget(value)).toMatchObject({ ok: true, host, port, href })
  })

  it.each(ACCEPTED_ROWS)('reads its own output the same way: $name', ({ value }) => {
    const first = readRedirectTarget(value)
    if (!first.ok) throw new Error(`refused: ${first.fault}`)
    const again = readRedirectTarget(first.href)
    expect(again).toMatchObject({ ok: true, host: first.host, href: first.href })
  })

  it.each([
    ['121.42.154.163/authorization/code', 'no-scheme'],
    ['localhost:5174/cb/', 'no-scheme'],
    ['weixin://dl/business', 'scheme-unsupported'],
    ['javascript:alert(1)', 'scheme-unsupported'],
  ])('%s ⇒ %s', (value, fault) => {
    expect(readRedirectTarget(value)).toMatchObject({ ok: false, fault })
  })

  it('says where the browser would have gone', () => {
    expect(readRedirectTarget('http://127.1:5174/cb/')).toEqual({
      ok: false,
      fault: 'host-not-canonical',
      detail: { written: '127.1', browserHost: '127.0.0.1' },
    })
    expect(readRedirectTarget('http://127.0.0.1:5174@evil.example/cb/')).toEqual({
      ok: false,
      fault: 'userinfo',
      detail: { userinfo: '127.0.0.1:5174', browserHost: 'evil.example' },
    })
  })
})

describe('checkRedirectUri: every disagreement ends in WeChat’s 10003', () => {
  it.each(HOSTILE_ROWS)('$name', ({ value, account, code, reason, browserHost }) => {
    const problems = checkRedirectUri(value, account)
    expect(problems.map((p) => p.code)).toEqual([code])
    expect(problems[0]?.wechatErrcode).toBe(10003)
    expect(problems[0]?.severity).toBe('error')
    expect(problems[0]?.detail.found).toBe(value)
    if (reason !== undefined) expect(problems[0]?.detail.reason).toBe(reason)
    if (browserHost !== undefined) expect(problems[0]?.detail.browserHost).toBe(browserHost)
  })

  it.each(HOSTILE_ROWS)('is never inside the domain: $name', ({ value, account }) => {
    const match = redirectUriInDomain(value, account.callbackDomain, account.accountKind)
    expect(match).toMatchObject({ inDomain: false, relation: 'ambiguous' })
  })

  it.each(ACCEPTED_ROWS)('accepts $name', ({ value, account, host, port }) => {
    expect(checkRedirectUri(value, account)).toEqual([])
    expect(redirectUriInDomain(value, account.callbackDomain, account.accountKind)).toEqual({
      inDomain: true,
      relation: 'same',
      host,
      port,
    })
  })
})

describe('buildCallbackUrl goes where the check looked', () => {
  it.each(ACCEPTED_ROWS)('$name', ({ value, host, href }) => {
    const location = new URL(buildCallbackUrl(value, { code: 'C', state: 'S' }))
    expect(location.hostname).toBe(host)
    expect(`${location.origin}${location.pathname}`).toBe(
      `${new URL(href).origin}${new URL(href).pathname}`,
    )
    expect(location.searchParams.get('code')).toBe('C')
  })

  it.each(HOSTILE_ROWS)('refuses to build one for $name', ({ value }) => {
    expect(() => buildCallbackUrl(value, { code: 'C', state: 'S' })).toThrow(
      /not one unambiguous http\(s\) URL/,
    )
  })
})
