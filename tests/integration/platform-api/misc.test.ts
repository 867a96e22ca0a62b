import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACCOUNT, OTHER_ACCOUNT } from './context'
import { startPlatform } from './client'
import type { Platform } from './client'

let platform: Platform
let access_token: string
beforeAll(async () => {
  platform = await startPlatform()
  access_token = await platform.token()
})
afterAll(async () => {
  await platform.close()
})

describe('GET /cgi-bin/getcallbackip (protocol.md §10.6)', () => {
  it('lists where pushes come from, with no errcode', async () => {
    const r = await platform.get('/cgi-bin/getcallbackip', { access_token })
    expect(r.json).toEqual({ ip_list: ['127.0.0.1'] })
  })
})

describe('GET /cgi-bin/ticket/getticket (protocol.md §10.6, §11)', () => {
  it('answers the same jsapi ticket while valid, a new one after 7200 s', async () => {
    const r = await platform.get('/cgi-bin/ticket/getticket', { access_token, type: 'jsapi' })
    expect(Object.keys(r.json)).toEqual(['errcode', 'errmsg', 'ticket', 'expires_in'])
    expect(r.json).toMatchObject({ errcode: 0, errmsg: 'ok', expires_in: 7200 })
    expect(r.json.ticket).toMatch(/^[A-Za-z0-9_-]{86}$/)
    platform.ctx.clock.advance(1000)
    const again = await platform.get('/cgi-bin/ticket/getticket', { access_token, type: 'jsapi' })
    expect(again.json).toMatchObject({ ticket: r.json.ticket, expires_in: 7199 })
    platform.ctx.clock.advance(7199 * 1000)
    const token = await platform.token()
    const fresh = await platform.get('/cgi-bin/ticket/getticket', {
      access_token: token,
      type: 'jsapi',
    })
    expect(fresh.json.ticket).not.toBe(r.json.ticket)
    access_token = token
  })

  it('answers an unknown type with 40097', async () => {
    const r = await platform.get('/cgi-bin/ticket/getticket', { access_token, type: 'card' })
    expect(r.json.errcode).toBe(40097)
  })
})

describe('POST /cgi-bin/clear_quota (protocol.md §10.6)', () => {
  it.each([
    ['no appid', {}, 41002],
    ["another account's appid", { appid: OTHER_ACCOUNT.appId }, 40013],
  ])('answers %s with %i', async (_name, body, errcode) => {
    const r = await platform.post('/cgi-bin/clear_quota', body, { query: { access_token } })
    expect(r.json.errcode).toBe(errcode)
  })

  it('allows 10 clears a month, then 48006', async () => {
    const clear = () =>
      platform.post('/cgi-bin/clear_quota', { appid: ACCOUNT.appId }, { query: { access_token } })
    for (let i = 0; i < 10; i++) expect((await clear()).json.errcode).toBe(0)
    expect((await clear()).json.errcode).toBe(48006)
  })
})

describe('paths mpsim does not serve', () => {
  it.each([
    ['GET', '/cgi-bin/tools/shorturl'],
    ['POST', '/cgi-bin/shorturl'],
    ['GET', '/sns/no-such-api'],
  ])('%s %s → 40066 invalid url with a hint, HTTP 200, recorded', async (method, path) => {
    const before = platform.exchanges.length
    const r =
      method === 'GET'
        ? await platform.get(path, { access_token })
        : await platform.post(path, {}, { query: { access_token } })
    expect(r.status).toBe(200)
    expect(r.json.errcode).toBe(40066)
    expect(r.json.errmsg).toMatch(/^invalid url rid: /)
    expect(r.json.mpsim_hint).toBe(`mpsim does not simulate ${method} ${path}`)
    const exchanges = await platform.waitForExchanges(before + 1)
    expect(exchanges.at(-1)).toMatchObject({
      title: path,
      accountId: ACCOUNT.id,
      errcode: 40066,
      analysis: { problem: 'unknown-api' },
    })
  })

  it('answers other paths with a 404 JSON hint', async () => {
    const r = await platform.get('/favicon.ico')
    expect(r.status).toBe(404)
    expect(r.json.error).toBe('not-found')
  })
})
