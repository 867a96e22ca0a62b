/**
 * GET /sns/oauth2/access_token (protocol.md §9.4): every errcode, codes single use and 5 minutes on the
 * simulated clock, bound to their app, and the success body's exact fields.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { codeFor, exchangeCode, startPlatform } from './client'
import type { Platform } from './client'
import { ACCOUNT, ALICE, ALICE_UNIONID, BOB, OTHER_ACCOUNT } from './context'

const PATH = '/sns/oauth2/access_token'
const RID = / rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/

function query(overrides: Record<string, string | undefined>): Record<string, string> {
  const full: Record<string, string | undefined> = {
    appid: ACCOUNT.appId,
    secret: ACCOUNT.appSecret,
    code: 'CODE',
    grant_type: 'authorization_code',
    ...overrides,
  }
  return Object.fromEntries(
    Object.entries(full).filter((e): e is [string, string] => e[1] !== undefined),
  )
}

describe('/sns/oauth2/access_token errors', () => {
  let p: Platform
  let code: string
  beforeEach(async () => {
    p = await startPlatform()
    code = await codeFor(p)
  })
  afterEach(() => p.close())

  const rows: {
    id: string
    q: Record<string, string | undefined>
    errcode: number
    errmsg: string
  }[] = [
    { id: 'appid missing', q: { appid: undefined }, errcode: 41002, errmsg: 'appid missing' },
    { id: 'appid empty', q: { appid: '' }, errcode: 41002, errmsg: 'appid missing' },
    {
      id: 'appid unknown',
      q: { appid: 'wx1111111111111111' },
      errcode: 40013,
      errmsg: 'invalid appid',
    },
    {
      id: 'appid with a space',
      q: { appid: ` ${ACCOUNT.appId}` },
      errcode: 40013,
      errmsg: 'invalid appid',
    },
    { id: 'secret missing', q: { secret: undefined }, errcode: 41004, errmsg: 'appsecret missing' },
    {
      id: 'secret wrong',
      q: { secret: 'f'.repeat(32) },
      errcode: 40125,
      errmsg: 'invalid appsecret',
    },
    {
      id: "another account's secret",
      q: { secret: OTHER_ACCOUNT.appSecret },
      errcode: 40125,
      errmsg: 'invalid appsecret',
    },
    {
      id: 'grant_type missing',
      q: { grant_type: undefined },
      errcode: 40002,
      errmsg: 'invalid grant_type',
    },
    {
      id: 'grant_type client_credential',
      q: { grant_type: 'client_credential' },
      errcode: 40002,
      errmsg: 'invalid grant_type',
    },
    { id: 'code missing', q: { code: undefined }, errcode: 41008, errmsg: 'missing code' },
    { id: 'code unknown', q: { code: 'A'.repeat(32) }, errcode: 40029, errmsg: 'invalid code' },
    { id: 'code not UTF-8', q: { code: undefined }, errcode: 40029, errmsg: 'invalid code' },
  ]

  it.each(rows)('$id ⇒ $errcode', async ({ id, q, errcode, errmsg }) => {
    const r =
      id === 'code not UTF-8'
        ? await p.get(`${PATH}?${new URLSearchParams(query(q)).toString()}&code=%FF%FE`)
        : await p.call(PATH, query(q))
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('application/json; encoding=utf-8')
    expect(r.json.errcode).toBe(errcode)
    expect(String(r.json.errmsg)).toMatch(RID)
    expect(String(r.json.errmsg).startsWith(errmsg)).toBe(true)
    // A failed exchange does not burn the code.
    expect((await exchangeCode(p, code)).json.openid).toBe(ALICE)
  })

  it("another app's code ⇒ 40029, and the code still works for its own app", async () => {
    const r = await p.call(PATH, {
      appid: OTHER_ACCOUNT.appId,
      secret: OTHER_ACCOUNT.appSecret,
      code,
      grant_type: 'authorization_code',
    })
    expect(r.json.errcode).toBe(40029)
    const exchanges = await p.waitForExchanges(2)
    expect(exchanges[1]?.analysis?.problem).toBe('code-of-another-account')
    expect((await exchangeCode(p, code)).json.openid).toBe(ALICE)
  })

  it('a code used twice ⇒ 40163 "code been used"', async () => {
    expect((await exchangeCode(p, code)).json.access_token).toEqual(expect.any(String))
    const again = await exchangeCode(p, code)
    expect(again.json.errcode).toBe(40163)
    expect(String(again.json.errmsg)).toMatch(/^code been used rid: /)
  })

  it('a code used once stays "used" even after it would have expired', async () => {
    await exchangeCode(p, code)
    p.ctx.clock.advance(10 * 60 * 1000)
    expect((await exchangeCode(p, code)).json.errcode).toBe(40163)
  })

  it('a code works up to 5 minutes', async () => {
    p.ctx.clock.advance(5 * 60 * 1000 - 1)
    expect((await exchangeCode(p, code)).json.openid).toBe(ALICE)
  })

  it('a code older than 5 minutes ⇒ 42003 "code expired"', async () => {
    p.ctx.clock.advance(5 * 60 * 1000)
    const r = await exchangeCode(p, code)
    expect(r.json.errcode).toBe(42003)
    expect(String(r.json.errmsg)).toMatch(/^code expired rid: /)
  })

  it('a code forgotten after a day ⇒ 40029', async () => {
    p.ctx.clock.advance(25 * 60 * 60 * 1000)
    await codeFor(p) // issuing prunes old records
    expect((await exchangeCode(p, code)).json.errcode).toBe(40029)
  })

  it.each(['POST', 'PUT'])('%s ⇒ 43001 require GET method', async (method) => {
    const r = await p.call(PATH, query({ code }), { method })
    expect(r.json.errcode).toBe(43001)
  })
})

describe('/sns/oauth2/access_token success', () => {
  let p: Platform
  beforeEach(async () => {
    p = await startPlatform({ autoConsent: true })
  })
  afterEach(() => p.close())

  it('snsapi_base: the doc fields, in the doc order, no unionid, no is_snapshotuser', async () => {
    const r = await exchangeCode(p, await codeFor(p, 'snsapi_base'))
    expect(Object.keys(r.json)).toEqual([
      'access_token',
      'expires_in',
      'refresh_token',
      'openid',
      'scope',
    ])
    expect(r.json).toMatchObject({ expires_in: 7200, openid: ALICE, scope: 'snsapi_base' })
    expect(r.json.access_token).toMatch(/^\d{2}_[A-Za-z0-9_-]{86}$/)
    expect(r.json.refresh_token).toMatch(/^\d{2}_[A-Za-z0-9_-]{86}$/)
    expect(r.json.access_token).not.toBe(r.json.refresh_token)
  })

  it('snsapi_userinfo: unionid when the user has one', async () => {
    const r = await exchangeCode(p, await codeFor(p, 'snsapi_userinfo'))
    expect(Object.keys(r.json)).toEqual([
      'access_token',
      'expires_in',
      'refresh_token',
      'openid',
      'scope',
      'unionid',
    ])
    expect(r.json).toMatchObject({ scope: 'snsapi_userinfo', unionid: ALICE_UNIONID })
  })

  it('snsapi_userinfo: no unionid when the user has none', async () => {
    p.phoneUser = BOB
    const r = await exchangeCode(p, await codeFor(p, 'snsapi_userinfo'))
    expect(r.json).toMatchObject({ openid: BOB, scope: 'snsapi_userinfo' })
    expect(r.json).not.toHaveProperty('unionid')
  })

  it('records an api Exchange with account, user and errcode 0', async () => {
    await exchangeCode(p, await codeFor(p))
    const [, exchange] = await p.waitForExchanges(2)
    expect(exchange).toMatchObject({
      kind: 'api',
      title: PATH,
      accountId: ACCOUNT.id,
      openid: ALICE,
      errcode: 0,
    })
    // The secret never reaches the log.
    expect(exchange?.attempts[0]?.request.url).not.toContain(ACCOUNT.appSecret)
  })
})
