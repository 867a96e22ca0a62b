/**
 * GET /sns/oauth2/refresh_token (protocol.md §9.4): no secret, 30-day refresh_token, and the doc's two
 * cases — a still-valid access_token is kept and renewed, an expired one is replaced.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startPlatform, tokenFor } from './client'
import type { Platform } from './client'
import { ACCOUNT, ALICE, OTHER_ACCOUNT } from './context'

const PATH = '/sns/oauth2/refresh_token'
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

describe('/sns/oauth2/refresh_token', () => {
  let p: Platform
  let granted: Record<string, unknown>
  const refresh = (overrides: Record<string, string | undefined> = {}) => {
    const q: Record<string, string | undefined> = {
      appid: ACCOUNT.appId,
      grant_type: 'refresh_token',
      refresh_token: String(granted.refresh_token),
      ...overrides,
    }
    return p.call(
      PATH,
      Object.fromEntries(
        Object.entries(q).filter((e): e is [string, string] => e[1] !== undefined),
      ),
    )
  }
  const auth = (token: unknown) =>
    p.call('/sns/auth', { access_token: String(token), openid: ALICE })

  beforeEach(async () => {
    p = await startPlatform()
    granted = await tokenFor(p)
  })
  afterEach(() => p.close())

  it.each([
    { id: 'appid missing', q: { appid: undefined }, errcode: 41002 },
    { id: 'appid unknown', q: { appid: 'wx1111111111111111' }, errcode: 40013 },
    { id: 'grant_type missing', q: { grant_type: undefined }, errcode: 40002 },
    {
      id: 'grant_type authorization_code',
      q: { grant_type: 'authorization_code' },
      errcode: 40002,
    },
    { id: 'refresh_token missing', q: { refresh_token: undefined }, errcode: 41003 },
    { id: 'refresh_token unknown', q: { refresh_token: '12_' + 'x'.repeat(86) }, errcode: 40030 },
    { id: "another app's refresh_token", q: { appid: OTHER_ACCOUNT.appId }, errcode: 40030 },
  ])('$id ⇒ $errcode', async ({ q, errcode }) => {
    const r = await refresh(q)
    expect(r.status).toBe(200)
    expect(r.json.errcode).toBe(errcode)
  })

  it('while the access_token is valid: same token, 7200 s again, same refresh_token', async () => {
    p.ctx.clock.advance(HOUR)
    const r = await refresh()
    expect(Object.keys(r.json)).toEqual([
      'access_token',
      'expires_in',
      'refresh_token',
      'openid',
      'scope',
    ])
    expect(r.json).toMatchObject({
      access_token: granted.access_token,
      expires_in: 7200,
      refresh_token: granted.refresh_token,
      openid: ALICE,
      scope: 'snsapi_base',
    })
    // Renewed: still good past the original 7200 s.
    p.ctx.clock.advance(1.5 * HOUR)
    expect((await auth(granted.access_token)).json.errcode).toBe(0)
  })

  it('after the access_token expired: a new one; the old one stays expired', async () => {
    p.ctx.clock.advance(2 * HOUR)
    expect((await auth(granted.access_token)).json.errcode).toBe(42001)
    const r = await refresh()
    expect(r.json.access_token).toEqual(expect.any(String))
    expect(r.json.access_token).not.toBe(granted.access_token)
    expect(r.json.expires_in).toBe(7200)
    expect(r.json.refresh_token).toBe(granted.refresh_token)
    expect((await auth(r.json.access_token)).json.errcode).toBe(0)
    expect((await auth(granted.access_token)).json.errcode).toBe(42001)
  })

  it('works on day 29', async () => {
    p.ctx.clock.advance(29 * DAY)
    expect((await refresh()).json.openid).toBe(ALICE)
  })

  it('fails after 30 days with 42002, however often it was used', async () => {
    for (let day = 0; day < 3; day++) {
      p.ctx.clock.advance(10 * DAY - HOUR)
      expect((await refresh()).json.openid).toBe(ALICE)
    }
    p.ctx.clock.advance(3 * HOUR)
    const r = await refresh()
    expect(r.json.errcode).toBe(42002)
    expect(String(r.json.errmsg)).toMatch(/^refresh_token expired rid: /)
  })

  it('records an api Exchange with account and user', async () => {
    await refresh()
    const exchanges = await p.waitForExchanges(3)
    expect(exchanges[2]).toMatchObject({
      kind: 'api',
      title: PATH,
      accountId: ACCOUNT.id,
      openid: ALICE,
      errcode: 0,
    })
  })
})
