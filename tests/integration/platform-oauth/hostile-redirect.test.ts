/**
 * redirect_uri values that a browser and a plain reading of the text would send to different hosts
 * (backslashes, userinfo, tabs and newlines, odd slashes, hosts and ports a browser rewrites): the
 * authorize endpoint answers each with WeChat's 10003 page and never with a 302, whatever the
 * scope; legitimate callbacks still get their 302, to exactly the host the check compared.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CONSENT_PATH } from '../../../src/core/platform/oauth/router'
import type { OAuthAccount } from '../../../src/core/protocol/oauth'
import type { Account } from '../../../src/shared/model/account'
import { ACCEPTED_ROWS, HOSTILE_ROWS, PORT } from '../../unit/oauth/cases-hostile'
import { authorizePath, consentForm, startPlatform } from './client'
import type { Answer, Platform } from './client'
import { ACCOUNT, TEST_ACCOUNT_OVERRIDES } from './context'

/** The unit tables' account as the platform's workspace account. */
function accountOf(account: OAuthAccount): Partial<Account> {
  return { callbackDomain: account.callbackDomain, testAccount: account.accountKind !== 'formal' }
}

function expectRefused(r: Answer, finding: string): void {
  expect(r.status).toBe(200)
  expect(r.location).toBeNull()
  expect(r.text).toContain('data-testid="oauth-error"')
  expect(r.text).toContain('data-code="10003"')
  expect(r.text).toContain(`data-finding="${finding}"`)
}

describe.each(HOSTILE_ROWS)('hostile redirect_uri: $name', (row) => {
  let p: Platform
  beforeEach(async () => {
    p = await startPlatform({ account: accountOf(row.account), autoConsent: false })
  })
  afterEach(() => p.close())

  it.each(['snsapi_base', 'snsapi_userinfo'])('%s ⇒ the 10003 page, no redirect', async (scope) => {
    const r = await p.get(authorizePath({ redirect_uri: row.value, scope }))
    expectRefused(r, row.code)
    const [exchange] = await p.waitForExchanges(1)
    expect(exchange?.errcode).toBe(10003)
    expect(exchange?.analysis?.outcome).toBe('error-page')
  })
})

describe('hostile redirect_uri written raw in the authorize link', () => {
  let p: Platform
  beforeEach(async () => {
    p = await startPlatform({ account: TEST_ACCOUNT_OVERRIDES, autoConsent: true })
  })
  afterEach(() => p.close())

  const link = (redirect: string) =>
    `/connect/oauth2/authorize?appid=${ACCOUNT.appId}&redirect_uri=${redirect}` +
    '&response_type=code&scope=snsapi_userinfo&state=S'

  it.each([
    ['backslash', `http://evil.example\\@127.0.0.1:${PORT}/cb/`, 'redirect-uri-ambiguous'],
    ['%5C', `http://evil.example%5C@127.0.0.1:${PORT}/cb/`, 'redirect-uri-ambiguous'],
    ['%5c', `http://evil.example%5c@127.0.0.1:${PORT}/cb/`, 'redirect-uri-ambiguous'],
    [
      'host:port then %5C',
      `http://127.0.0.1:${PORT}%5C@evil.example/cb/`,
      'redirect-uri-ambiguous',
    ],
    [
      'userinfo and %5C',
      `http://a:b@evil.example%5C@127.0.0.1:${PORT}/cb/`,
      'redirect-uri-ambiguous',
    ],
    ['%09 in the host', `http://127.0.0.%091:${PORT}/cb/`, 'redirect-uri-ambiguous'],
    ['userinfo', `http://evil.example@127.0.0.1:${PORT}/cb/`, 'redirect-uri-has-userinfo'],
    [
      '%2540 (an @ left encoded)',
      `http://evil.example%2540127.0.0.1:${PORT}/cb/`,
      'redirect-uri-ambiguous',
    ],
  ])('%s ⇒ refused even with autoConsent', async (_name, redirect, finding) => {
    const r = await p.get(link(redirect))
    expect(r.status).toBe(200)
    expect(r.location).toBeNull()
    expect(r.text).toContain('data-code="10003"')
    expect(r.text).toContain(`data-finding="${finding}"`)
  })
})

describe.each(ACCEPTED_ROWS)('legitimate redirect_uri: $name', (row) => {
  let p: Platform
  beforeEach(async () => {
    p = await startPlatform({ account: accountOf(row.account) })
  })
  afterEach(() => p.close())

  /** The Location goes to the URL the check read, with only code and state added. */
  function expectCallback(r: Answer): void {
    expect(r.status).toBe(302)
    const location = new URL(r.location ?? '')
    expect(location.hostname).toBe(row.host)
    expect(r.location?.startsWith(row.href.replace(/\?.*$/, ''))).toBe(true)
    expect(location.searchParams.get('state')).toBe('S')
  }

  it('snsapi_base ⇒ a 302 to the host that was checked', async () => {
    const r = await p.get(authorizePath({ redirect_uri: row.value, state: 'S' }))
    expectCallback(r)
    expect(new URL(r.location ?? '').searchParams.get('code')).toMatch(/^[A-Za-z0-9]{32}$/)
  })

  it('snsapi_userinfo ⇒ consent, then a 302 to the host that was checked', async () => {
    const page = await p.get(
      authorizePath({ redirect_uri: row.value, state: 'S', scope: 'snsapi_userinfo' }),
    )
    expect(page.status).toBe(200)
    expect(page.text).toContain('data-testid="oauth-consent-allow"')
    const { token, openids } = consentForm(page.text)
    const allow = await p.postForm(CONSENT_PATH, {
      consent: token,
      openid: openids[0] ?? '',
      decision: 'allow',
    })
    expectCallback(allow)
  })
})
