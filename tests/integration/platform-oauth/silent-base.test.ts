/**
 * snsapi_base (protocol.md §9.3): always silent, a 302 to redirect_uri with a fresh 32-character code for
 * the simulated user on the phone; warnings about the link do not stop it; test accounts only
 * authorize followers (10006).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  authorizePath,
  callbackParams,
  codeFor,
  exchangeCode,
  REDIRECT_URI,
  startPlatform,
} from './client'
import type { Platform } from './client'
import { ACCOUNT, ALICE, BOB, CAROL, TEST_ACCOUNT_OVERRIDES, USERS } from './context'

describe('snsapi_base', () => {
  let p: Platform
  beforeEach(async () => {
    p = await startPlatform()
  })
  afterEach(() => p.close())

  it('redirects silently with code and state', async () => {
    const r = await p.get(authorizePath())
    expect(r.status).toBe(302)
    expect(r.headers.get('cache-control')).toBe('no-store')
    expect(r.location).toMatch(
      /^http:\/\/bot\.example\/oauth\/callback\/\?code=[A-Za-z0-9]{32}&state=STATE123$/,
    )
  })

  it('appends with & when redirect_uri already has a query', async () => {
    const r = await p.get(authorizePath({ redirect_uri: `${REDIRECT_URI}?from=menu` }))
    expect(r.location).toMatch(
      /\/oauth\/callback\/\?from=menu&code=[A-Za-z0-9]{32}&state=STATE123$/,
    )
  })

  it('hands out a different code every time', async () => {
    const codes = new Set<string>()
    for (let i = 0; i < 5; i++) codes.add(await codeFor(p))
    expect(codes.size).toBe(5)
  })

  it('echoes an empty state when the link has none (a warning, not an error)', async () => {
    const r = await p.get(authorizePath({ state: undefined }))
    expect(r.status).toBe(302)
    expect(callbackParams(r.location).get('state')).toBe('')
    const [exchange] = await p.waitForExchanges(1)
    const findings = exchange?.analysis?.findings ?? []
    expect(findings.map((f) => f.code)).toContain('state-missing')
  })

  it('echoes a state with unusual characters intact', async () => {
    const r = await p.get(authorizePath({ state: 'a b&c=d/中' }))
    expect(callbackParams(r.location).get('state')).toBe('a b&c=d/中')
  })

  it('goes on when the parameters are out of the documented order (warning only)', async () => {
    const path = `/connect/oauth2/authorize?redirect_uri=${encodeURIComponent(REDIRECT_URI)}&appid=${ACCOUNT.appId}&scope=snsapi_base&response_type=code&state=S`
    const r = await p.get(path)
    expect(r.status).toBe(302)
    const [exchange] = await p.waitForExchanges(1)
    const findings = exchange?.analysis?.findings ?? []
    expect(findings.map((f) => f.code)).toContain('param-order-unusual')
  })

  it('goes on when redirect_uri is not urlencoded but has no query (warning only)', async () => {
    const path = `/connect/oauth2/authorize?appid=${ACCOUNT.appId}&redirect_uri=${REDIRECT_URI}&response_type=code&scope=snsapi_base&state=S`
    const r = await p.get(path)
    expect(r.status).toBe(302)
    expect(r.location).toMatch(/^http:\/\/bot\.example\/oauth\/callback\/\?code=/)
  })

  it('refuses a decoded CR/LF (a browser deletes it) instead of redirecting', async () => {
    const r = await p.get(
      authorizePath({ redirect_uri: 'http://bot.example/cb/\r\nSet-Cookie: x=1' }),
    )
    expect(r.status).toBe(200)
    expect(r.location).toBeNull()
    expect(r.headers.get('set-cookie')).toBeNull()
    expect(r.text).toContain('data-finding="redirect-uri-ambiguous"')
  })

  it.each([
    { who: 'the user on the phone', phone: BOB, expected: BOB },
    { who: 'the first user when nobody is on the phone', phone: undefined, expected: ALICE },
    {
      who: 'the first user when the phone user belongs to another account',
      phone: CAROL,
      expected: ALICE,
    },
  ])('authorizes $who', async ({ phone, expected }) => {
    p.phoneUser = phone
    const r = await exchangeCode(p, await codeFor(p))
    expect(r.json.openid).toBe(expected)
  })

  it('notes in the Exchange when the first user stood in', async () => {
    p.phoneUser = undefined
    await p.get(authorizePath())
    const [exchange] = await p.waitForExchanges(1)
    expect(exchange?.analysis?.phoneUser).toBe('first-user-of-account')
    expect(exchange?.openid).toBe(ALICE)
  })
})

describe('snsapi_base: accounts without users', () => {
  it('shows an error page naming the problem', async () => {
    const p = await startPlatform({ users: USERS.filter((u) => u.accountId !== ACCOUNT.id) })
    try {
      const r = await p.get(authorizePath())
      expect(r.status).toBe(200)
      expect(r.text).toContain('data-finding="no-simulated-user"')
    } finally {
      await p.close()
    }
  })
})

describe('snsapi_base on a test account (IP:port domain)', () => {
  let p: Platform
  const redirect = 'http://127.0.0.1:5174/oauth/callback/'
  beforeEach(async () => {
    p = await startPlatform({ account: TEST_ACCOUNT_OVERRIDES })
  })
  afterEach(() => p.close())

  it('accepts a redirect_uri on the configured IP and port', async () => {
    const r = await p.get(authorizePath({ redirect_uri: redirect }))
    expect(r.status).toBe(302)
    expect(r.location).toMatch(/^http:\/\/127\.0\.0\.1:5174\/oauth\/callback\/\?code=/)
  })

  it('refuses a user who does not follow the test account with 10006', async () => {
    p.phoneUser = BOB
    const r = await p.get(authorizePath({ redirect_uri: redirect }))
    expect(r.status).toBe(200)
    expect(r.text).toContain('data-code="10006"')
    expect(r.text).toContain('必须关注此测试号')
    expect(r.text).toContain('data-finding="must-follow-test-account"')
    const [exchange] = await p.waitForExchanges(1)
    expect(exchange?.errcode).toBe(10006)
    expect(exchange?.openid).toBe(BOB)
  })
})
