/**
 * Bad input and the Exchange log: odd queries and bodies get clear answers and never take the
 * server down; every answer is recorded with the account, user and errcode it concerned; injected
 * faults apply to these paths like to any other.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CONSENT_PATH } from '../../../src/core/platform/oauth/router'
import { authorizePath, codeFor, exchangeCode, startPlatform, tokenFor } from './client'
import type { Platform } from './client'
import { ACCOUNT, ALICE } from './context'

describe('bad input never breaks the platform', () => {
  let p: Platform
  beforeEach(async () => {
    p = await startPlatform()
  })
  afterEach(async () => {
    // Still answering normally afterwards.
    expect((await exchangeCode(p, await codeFor(p))).json.openid).toBe(ALICE)
    await p.close()
  })

  it.each([
    { id: 'no query at all', path: '/connect/oauth2/authorize', code: '10012' },
    {
      id: 'appid as an array',
      path: authorizePath({ appid: undefined }) + '&appid[]=x',
      code: '10012',
    },
    {
      id: 'appid not UTF-8',
      path: authorizePath({ appid: undefined }) + '&appid=%C0%AF',
      code: '',
    },
    { id: 'a bare %', path: authorizePath() + '&x=%', code: '' },
    {
      id: 'a trailing slash on the path',
      path: authorizePath({ scope: '' }).replace('authorize?', 'authorize/?'),
      code: '10010',
    },
  ])('authorize with $id ⇒ an error page', async ({ path, code }) => {
    const r = await p.get(path)
    expect(r.status).toBe(200)
    expect(r.text).toContain(`data-code="${code}"`)
  })

  it('a thousand parameters ⇒ still a page', async () => {
    const extra = Array.from({ length: 1000 }, (_, i) => `p${i}=${i}`).join('&')
    const r = await p.get(`${authorizePath()}&${extra}`)
    expect([200, 302]).toContain(r.status)
  })

  it.each([
    {
      id: 'bytes that are not UTF-8',
      body: Buffer.from([0xff, 0xfe, 0x00, 0x80]),
      type: 'application/x-www-form-urlencoded',
    },
    { id: 'JSON', body: Buffer.from('{"consent":"x"}'), type: 'application/json' },
    { id: 'nothing', body: Buffer.alloc(0), type: 'application/x-www-form-urlencoded' },
  ])('a consent post of $id ⇒ 403 page', async ({ body, type }) => {
    const r = await p.get(CONSENT_PATH, { method: 'POST', body, headers: { 'content-type': type } })
    expect(r.status).toBe(403)
    expect(r.text).toContain('data-finding="consent-expired"')
  })

  it.each([
    { id: 'code as an array', q: 'code[]=x', errcode: 41008 },
    { id: 'appid not UTF-8', q: 'appid=%FF', errcode: 40013 },
    { id: 'a bare %', q: 'appid=%', errcode: 40013 },
  ])('access_token with $id ⇒ $errcode', async ({ q, errcode }) => {
    const base = `appid=${ACCOUNT.appId}&secret=${ACCOUNT.appSecret}&grant_type=authorization_code`
    const r = await p.get(`/sns/oauth2/access_token?${q.startsWith('appid') ? q : `${base}&${q}`}`)
    expect(r.json.errcode).toBe(errcode)
  })

  it('HEAD /sns/auth answers without a body', async () => {
    const r = await p.get('/sns/auth?access_token=x&openid=y', { method: 'HEAD' })
    expect(r.status).toBe(200)
    expect(r.text).toBe('')
  })
})

describe('the Exchange log', () => {
  let p: Platform
  beforeEach(async () => {
    p = await startPlatform({ autoConsent: true })
  })
  afterEach(() => p.close())

  it('records every /sns answer with its errcode, account and user', async () => {
    const token = String((await tokenFor(p, 'snsapi_userinfo')).access_token)
    const calls: [string, Record<string, string>, number, string | undefined][] = [
      ['/sns/userinfo', { access_token: token, openid: ALICE }, 0, ALICE],
      ['/sns/userinfo', { access_token: token, openid: 'oX' }, 40003, ALICE],
      ['/sns/auth', { access_token: token, openid: ALICE }, 0, ALICE],
      ['/sns/auth', { access_token: 'bad', openid: ALICE }, 40014, undefined],
      [
        '/sns/oauth2/refresh_token',
        { appid: ACCOUNT.appId, grant_type: 'refresh_token', refresh_token: 'r' },
        40030,
        undefined,
      ],
    ]
    for (const [path, q] of calls) await p.call(path, q)
    const exchanges = (await p.waitForExchanges(2 + calls.length)).slice(2)
    calls.forEach(([path, , errcode, openid], i) => {
      expect(exchanges[i]).toMatchObject({ kind: 'api', title: path, errcode })
      expect(exchanges[i]?.openid).toBe(openid)
    })
    expect(exchanges[0]?.accountId).toBe(ACCOUNT.id)
    expect(exchanges[4]?.accountId).toBe(ACCOUNT.id)
  })

  it('applies an injected errcode fault to the code exchange', async () => {
    const code = await codeFor(p)
    p.ctx.faults.set({
      path: '/sns/oauth2/access_token',
      fault: { kind: 'errcode', errcode: -1 },
      remaining: 1,
    })
    const faulted = await exchangeCode(p, code)
    expect(faulted.json.errcode).toBe(-1)
    const exchanges = await p.waitForExchanges(2)
    expect(exchanges[1]?.fault).toEqual({ kind: 'errcode', errcode: -1 })
    // The fault answered before the route ran: the code is still unused.
    expect((await exchangeCode(p, code)).json.openid).toBe(ALICE)
  })

  it('applies a dropped-connection fault to the authorize page', async () => {
    p.ctx.faults.set({ path: '/connect/oauth2/authorize', fault: { kind: 'drop' }, remaining: 1 })
    await expect(p.get(authorizePath())).rejects.toThrow()
    expect((await p.get(authorizePath())).status).toBe(302)
  })

  it('does not record the stylesheet', async () => {
    await p.get('/__mpsim/weui.min.css')
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(p.exchanges).toEqual([])
  })
})
