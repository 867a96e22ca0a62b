/** Fault injection through ctx.faults and the Exchange every call produces. */
import { afterEach, describe, expect, it } from 'vitest'
import { ACCOUNT } from './context'
import { startPlatform } from './client'
import type { Platform } from './client'

let platform: Platform
afterEach(async () => {
  await platform.close()
})

const tokenQuery = {
  grant_type: 'client_credential',
  appid: ACCOUNT.appId,
  secret: ACCOUNT.appSecret,
}

describe('the Exchange of an API call', () => {
  it('records method, url, headers, exact bodies, account and errcode', async () => {
    platform = await startPlatform()
    const access_token = await platform.token()
    const body = JSON.stringify({ button: [{ type: 'click', name: '菜单', key: 'k' }] })
    await platform.post('/cgi-bin/menu/create', null, { query: { access_token }, raw: body })
    const [tokenCall, menuCall] = await platform.waitForExchanges(2)
    expect(tokenCall).toMatchObject({
      id: 'ex-1',
      kind: 'api',
      accountId: ACCOUNT.id,
      title: '/cgi-bin/token',
      errcode: 0,
      simTime: platform.ctx.clock.nowSeconds(),
    })
    const attempt = menuCall?.attempts[0]
    expect(menuCall).toMatchObject({ id: 'ex-2', title: '/cgi-bin/menu/create', errcode: 0 })
    expect(attempt?.request.method).toBe('POST')
    expect(attempt?.request.url).toBe(`/cgi-bin/menu/create?access_token=${access_token}`)
    expect(attempt?.request.body).toEqual({ text: body, bytes: Buffer.byteLength(body) })
    expect(attempt?.request.headers).toContainEqual(['content-type', 'application/json'])
    expect(attempt?.response?.status).toBe(200)
    expect(attempt?.response?.body.text).toBe('{"errcode":0,"errmsg":"ok"}')
    expect(attempt?.response?.headers).toContainEqual([
      'content-type',
      'application/json; encoding=utf-8',
    ])
  })

  it('notes the openid a call was about', async () => {
    platform = await startPlatform()
    const access_token = await platform.token()
    await platform.get('/cgi-bin/user/info', { access_token, openid: 'oNobody' })
    const exchanges = await platform.waitForExchanges(2)
    expect(exchanges[1]).toMatchObject({ openid: 'oNobody', errcode: 40003 })
  })
})

describe('faults (ctx.faults)', () => {
  it.each([-1, 45009, 42001])(
    'answers errcode %i instead of the API and records the fault',
    async (errcode) => {
      platform = await startPlatform()
      platform.ctx.faults.set({
        path: '/cgi-bin/token',
        fault: { kind: 'errcode', errcode },
        remaining: 1,
      })
      const r = await platform.get('/cgi-bin/token', tokenQuery)
      expect(r.status).toBe(200)
      expect(r.json.errcode).toBe(errcode)
      const [exchange] = await platform.waitForExchanges(1)
      expect(exchange).toMatchObject({ fault: { kind: 'errcode', errcode }, errcode })
      // Counted rules run out.
      expect(typeof (await platform.get('/cgi-bin/token', tokenQuery)).json.access_token).toBe(
        'string',
      )
    },
  )

  it('adds latency and records it', async () => {
    platform = await startPlatform()
    platform.ctx.faults.set({ path: '/cgi-bin/token', fault: { kind: 'latency', latencyMs: 150 } })
    const started = performance.now()
    const r = await platform.get('/cgi-bin/token', tokenQuery)
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    expect(typeof r.json.access_token).toBe('string')
    const [exchange] = await platform.waitForExchanges(1)
    expect(exchange?.fault).toEqual({ kind: 'latency', latencyMs: 150 })
    expect(exchange?.attempts[0]?.durationMs).toBeGreaterThanOrEqual(140)
  })

  it('drops the connection, records a connection-reset and keeps serving', async () => {
    platform = await startPlatform()
    const access_token = await platform.token()
    platform.ctx.faults.set({ path: '/cgi-bin/menu/create', fault: { kind: 'drop' }, remaining: 1 })
    await expect(
      platform.post('/cgi-bin/menu/create', { button: [] }, { query: { access_token } }),
    ).rejects.toThrow()
    const exchanges = await platform.waitForExchanges(2)
    expect(exchanges[1]).toMatchObject({
      title: '/cgi-bin/menu/create',
      fault: { kind: 'drop' },
      attempts: [{ error: { code: 'connection-reset' } }],
    })
    expect(exchanges[1]?.attempts[0]?.request.body.text).toBe('{"button":[]}')
    const after = await platform.get('/cgi-bin/getcallbackip', { access_token })
    expect(after.json.ip_list).toBeDefined()
  })
})
