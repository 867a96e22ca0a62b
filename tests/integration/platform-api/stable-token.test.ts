import { afterEach, describe, expect, it } from 'vitest'
import { ACCOUNT } from './context'
import { startPlatform } from './client'
import type { Platform } from './client'

let platform: Platform
afterEach(async () => {
  await platform.close()
})

const creds = {
  grant_type: 'client_credential',
  appid: ACCOUNT.appId,
  secret: ACCOUNT.appSecret,
}
const MINUTE = 60_000

function stable(force?: boolean) {
  return platform.post(
    '/cgi-bin/stable_token',
    force === undefined ? creds : { ...creds, force_refresh: force },
  )
}

async function valueOf(force?: boolean): Promise<string> {
  const r = await stable(force)
  if (typeof r.json.access_token !== 'string') throw new Error(r.text)
  return r.json.access_token
}

describe('POST /cgi-bin/stable_token (protocol.md §10.1)', () => {
  it('returns the same token with its remaining lifetime in normal mode', async () => {
    platform = await startPlatform()
    const first = await stable(false)
    expect(first.json.expires_in).toBe(7200)
    platform.ctx.clock.advance(10 * MINUTE)
    const again = await stable()
    expect(again.json).toEqual({ access_token: first.json.access_token, expires_in: 6600 })
  })

  it('renews within the last 5 minutes, leaving the old token to run out', async () => {
    platform = await startPlatform()
    const old = await valueOf()
    platform.ctx.clock.advance(115 * MINUTE) // 5 min left
    const renewed = await valueOf()
    expect(renewed).not.toBe(old)
    const ip = (t: string) => platform.get('/cgi-bin/getcallbackip', { access_token: t })
    expect((await ip(old)).json.ip_list).toBeDefined()
    platform.ctx.clock.advance(5 * MINUTE)
    expect((await ip(old)).json.errcode).toBe(42001)
    expect((await ip(renewed)).json.ip_list).toBeDefined()
  })

  it('is independent of /cgi-bin/token tokens', async () => {
    platform = await startPlatform()
    const s = await valueOf()
    const t = await platform.token()
    expect(t).not.toBe(s)
    await platform.token()
    platform.ctx.clock.advance(6 * MINUTE) // t is superseded now; s is untouched
    const ip = (v: string) => platform.get('/cgi-bin/getcallbackip', { access_token: v })
    expect((await ip(t)).json.errcode).toBe(40001)
    expect((await ip(s)).json.ip_list).toBeDefined()
    expect(await valueOf()).toBe(s)
  })

  it('force_refresh replaces the token at once (the old one answers 40001)', async () => {
    platform = await startPlatform()
    const old = await valueOf()
    const forced = await valueOf(true)
    expect(forced).not.toBe(old)
    const r = await platform.get('/cgi-bin/getcallbackip', { access_token: old })
    expect(r.json.errcode).toBe(40001)
  })

  it('allows force_refresh only 30 s apart (45011) and 20 times a day (45009)', async () => {
    platform = await startPlatform()
    await valueOf(true)
    platform.ctx.clock.advance(29_000)
    expect((await stable(true)).json.errcode).toBe(45011)
    platform.ctx.clock.advance(1000)
    await valueOf(true)
    for (let i = 2; i < 20; i++) {
      platform.ctx.clock.advance(30_000)
      await valueOf(true)
    }
    platform.ctx.clock.advance(30_000)
    expect((await stable(true)).json.errcode).toBe(45009)
    // Normal mode still works.
    expect(typeof (await stable(false)).json.access_token).toBe('string')
  })

  it.each([
    ['wrong secret', { ...creds, secret: '0'.repeat(32) }, 40125],
    ['unknown appid', { ...creds, appid: 'wx1111111111111111' }, 40013],
    ['bad grant_type', { ...creds, grant_type: 'client' }, 40002],
  ])('%s → %i', async (_name, body, errcode) => {
    platform = await startPlatform()
    expect((await platform.post('/cgi-bin/stable_token', body)).json.errcode).toBe(errcode)
  })

  it('answers 43002 to a GET, 47001 to a broken body and 44002 to an empty one', async () => {
    platform = await startPlatform()
    expect((await platform.get('/cgi-bin/stable_token', creds)).json.errcode).toBe(43002)
    const broken = await platform.post('/cgi-bin/stable_token', null, { raw: '{"appid":' })
    expect(broken.json.errcode).toBe(47001)
    const empty = await platform.post('/cgi-bin/stable_token', null, { raw: '' })
    expect(empty.json.errcode).toBe(44002)
  })

  it('warns on the Exchange when force_refresh is not a JSON boolean', async () => {
    platform = await startPlatform()
    await platform.post('/cgi-bin/stable_token', { ...creds, force_refresh: 'true' })
    const [exchange] = await platform.waitForExchanges(1)
    expect(exchange?.analysis?.warnings).toEqual(['force_refresh-not-boolean'])
  })
})
