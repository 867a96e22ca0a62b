import { afterEach, describe, expect, it } from 'vitest'
import { ACCOUNT } from './context'
import { startPlatform } from './client'
import type { Platform } from './client'

let platform: Platform
afterEach(async () => {
  await platform.close()
})

const good = {
  grant_type: 'client_credential',
  appid: ACCOUNT.appId,
  secret: ACCOUNT.appSecret,
}

describe('GET /cgi-bin/token (protocol.md §10.1)', () => {
  it('answers {access_token, expires_in: 7200} without errcode, as JSON with encoding=utf-8', async () => {
    platform = await startPlatform()
    const r = await platform.get('/cgi-bin/token', good)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('application/json; encoding=utf-8')
    expect(Object.keys(r.json)).toEqual(['access_token', 'expires_in'])
    expect(r.json.expires_in).toBe(7200)
    expect(r.json.access_token).toMatch(/^\d{2}_[A-Za-z0-9_-]{154}$/)
  })

  it.each([
    ['bad grant_type', { ...good, grant_type: 'authorization_code' }, 40002],
    ['missing grant_type', { appid: good.appid, secret: good.secret }, 40002],
    ['missing appid', { grant_type: good.grant_type, secret: good.secret }, 41002],
    ['unknown appid', { ...good, appid: 'wx0123456789abcdef' }, 40013],
    ['missing secret', { grant_type: good.grant_type, appid: good.appid }, 41004],
    ['wrong secret', { ...good, secret: 'f'.repeat(32) }, 40125],
  ])('%s → %i with a rid suffix', async (_name, query, errcode) => {
    platform = await startPlatform()
    const r = await platform.get('/cgi-bin/token', query)
    expect(r.status).toBe(200)
    expect(r.json.errcode).toBe(errcode)
    expect(r.json.errmsg).toMatch(/ rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/)
  })

  it('answers 43001 to a POST', async () => {
    platform = await startPlatform()
    const r = await platform.post('/cgi-bin/token', {}, { query: good })
    expect(r.json.errcode).toBe(43001)
  })

  it('refuses a caller outside the IP whitelist with 40164 naming its address', async () => {
    platform = await startPlatform({ account: { ipWhitelist: ['10.1.2.3'] } })
    const r = await platform.get('/cgi-bin/token', good)
    expect(r.json.errcode).toBe(40164)
    expect(r.json.errmsg).toMatch(
      /^invalid ip 127\.0\.0\.1 ipv6 ::ffff:127\.0\.0\.1, not in whitelist rid: /,
    )
  })

  it('lets a whitelisted caller in', async () => {
    platform = await startPlatform({ account: { ipWhitelist: ['127.0.0.1'] } })
    const r = await platform.get('/cgi-bin/token', good)
    expect(typeof r.json.access_token).toBe('string')
  })

  it('stops a test account after 200 tokens a day with 45009, and clear_quota resets it', async () => {
    platform = await startPlatform({ account: { testAccount: true } })
    let token = ''
    for (let i = 0; i < 200; i++) token = await platform.token()
    const over = await platform.get('/cgi-bin/token', good)
    expect(over.json.errcode).toBe(45009)
    expect(over.json.errmsg).toMatch(/^reach max api daily quota limit rid: /)

    const clear = await platform.post(
      '/cgi-bin/clear_quota',
      { appid: ACCOUNT.appId },
      { query: { access_token: token } },
    )
    expect(clear.json).toEqual({ errcode: 0, errmsg: 'ok' })
    expect(typeof (await platform.get('/cgi-bin/token', good)).json.access_token).toBe('string')
  })

  it('starts a new quota day at midnight Beijing time', async () => {
    platform = await startPlatform({ account: { testAccount: true } })
    for (let i = 0; i < 200; i++) await platform.token()
    expect((await platform.get('/cgi-bin/token', good)).json.errcode).toBe(45009)
    platform.ctx.clock.advance(14 * 3600 * 1000) // 10:00 → 00:00 next day
    expect(typeof (await platform.get('/cgi-bin/token', good)).json.access_token).toBe('string')
  })
})

describe('access_token lifecycle on the simulated clock (protocol.md §10.1)', () => {
  const HOUR = 3600 * 1000

  it('expires after 7200 s with 42001', async () => {
    platform = await startPlatform()
    const token = await platform.token()
    const ip = () => platform.get('/cgi-bin/getcallbackip', { access_token: token })
    expect((await ip()).json.ip_list).toEqual(['127.0.0.1'])
    platform.ctx.clock.advance(2 * HOUR - 1000)
    expect((await ip()).json.ip_list).toBeDefined()
    platform.ctx.clock.advance(1000)
    const r = await ip()
    expect(r.json.errcode).toBe(42001)
    expect(r.json.errmsg).toMatch(/^access_token expired rid: /)
  })

  it('keeps the previous token valid for 300 s after a new one, then 40001', async () => {
    platform = await startPlatform()
    const old = await platform.token()
    platform.ctx.clock.advance(60_000)
    const fresh = await platform.token()
    expect(fresh).not.toBe(old)
    const ip = (t: string) => platform.get('/cgi-bin/getcallbackip', { access_token: t })
    platform.ctx.clock.advance(299_000)
    expect((await ip(old)).json.ip_list).toBeDefined()
    platform.ctx.clock.advance(1000)
    const r = await ip(old)
    expect(r.json.errcode).toBe(40001)
    expect(r.json.errmsg).toMatch(
      /^invalid credential, access_token is invalid or not latest rid: /,
    )
    expect((await ip(fresh)).json.ip_list).toBeDefined()
  })

  it('makes tokens answer 40001 after the UI rotates them and 42001 after it expires them', async () => {
    platform = await startPlatform()
    const ip = (t: string) => platform.get('/cgi-bin/getcallbackip', { access_token: t })
    const a = await platform.token()
    expect(platform.state.tokens.invalidate(ACCOUNT.id)).toBe(1)
    expect((await ip(a)).json.errcode).toBe(40001)
    const b = await platform.token()
    expect(platform.state.tokens.expire(ACCOUNT.id)).toBe(1)
    expect((await ip(b)).json.errcode).toBe(42001)
    expect(platform.state.tokens.active(ACCOUNT.id)).toEqual([])
  })
})
