/**
 * callPlatform: the stepper playing the bot's server (protocol.md §9.4). Each call is a real request
 * to the mock, recorded by it like any bot's call (the AppSecret masked), and answers WeChat's own
 * errcodes: the code used twice (40163), past its 5 minutes (42003), snsapi_base then userinfo
 * (48001), an expired access_token (42001) and the refresh that fixes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { command, freshCode, send, startTestCore } from './harness'
import type { RunningCore } from './harness'

let core: RunningCore

beforeAll(async () => {
  // autoConsent approves snsapi_userinfo as the phone's user, so the tests get such a code silently.
  core = await startTestCore({ seed: 'oauth-stepper-call', autoConsent: true })
})
afterAll(async () => {
  await core.stop()
})

function account() {
  return core.engine.account()
}

function exchangeCode(code: string) {
  const a = account()
  return command(core, 'callPlatform', {
    path: '/sns/oauth2/access_token',
    query: [
      ['appid', a.appId],
      ['secret', a.appSecret],
      ['code', code],
      ['grant_type', 'authorization_code'],
    ],
  })
}

function userinfo(accessToken: string, openid: string) {
  return command(core, 'callPlatform', {
    path: '/sns/userinfo',
    query: [
      ['access_token', accessToken],
      ['openid', openid],
      ['lang', 'zh_CN'],
    ],
  })
}

const json = (body: string) => JSON.parse(body) as Record<string, string | number>

describe('callPlatform', () => {
  it('exchanges a code for real, recorded by the mock with the secret masked', async () => {
    const code = await freshCode(core)
    const answer = await exchangeCode(code)
    expect(answer.status).toBe(200)
    expect(answer.errcode).toBeUndefined()
    const body = json(answer.body)
    expect(body['access_token']).toMatch(/^\d{2}_/)
    expect(body['scope']).toBe('snsapi_base')
    expect(answer.url).not.toContain(account().appSecret)
    expect(answer.url).toContain('secret=<redacted:32 chars>')
    const exchange = answer.exchange
    expect(exchange?.kind).toBe('api')
    expect(exchange?.title).toBe('/sns/oauth2/access_token')
    expect(exchange?.errcode).toBe(0)
    expect(JSON.stringify(exchange)).not.toContain(account().appSecret)
    // The same record the inspector lists.
    const listed = await command(core, 'getExchange', { id: exchange?.id ?? '' })
    expect(listed?.id).toBe(exchange?.id)
  })

  it('the same code twice: 40163 code been used', async () => {
    const code = await freshCode(core)
    expect((await exchangeCode(code)).errcode).toBeUndefined()
    const again = await exchangeCode(code)
    expect(again.errcode).toBe(40163)
    expect(again.errmsg).toContain('code been used')
    expect(again.exchange?.errcode).toBe(40163)
  })

  it('a code past its 5 minutes: 42003 code expired', async () => {
    const code = await freshCode(core)
    await command(core, 'advanceClock', { ms: 5 * 60 * 1000 + 1000 })
    const late = await exchangeCode(code)
    expect(late.errcode).toBe(42003)
  })

  it('snsapi_base then userinfo: 48001', async () => {
    const token = json((await exchangeCode(await freshCode(core, 'snsapi_base'))).body)
    const info = await userinfo(String(token['access_token']), String(token['openid']))
    expect(info.errcode).toBe(48001)
  })

  it('an expired access_token (42001) and the refresh that fixes it', async () => {
    const token = json((await exchangeCode(await freshCode(core, 'snsapi_userinfo'))).body)
    const openid = String(token['openid'])
    const first = await userinfo(String(token['access_token']), openid)
    expect(first.errcode).toBeUndefined()
    expect(json(first.body)['nickname']).toBe(core.workspace.directory.user(openid)?.nickname)

    await command(core, 'advanceClock', { ms: 7200 * 1000 })
    const expired = await userinfo(String(token['access_token']), openid)
    expect(expired.errcode).toBe(42001)

    const refreshed = await command(core, 'callPlatform', {
      path: '/sns/oauth2/refresh_token',
      query: [
        ['appid', account().appId],
        ['grant_type', 'refresh_token'],
        ['refresh_token', String(token['refresh_token'])],
      ],
    })
    const renewed = json(refreshed.body)
    expect(renewed['access_token']).not.toBe(token['access_token'])
    const again = await userinfo(String(renewed['access_token']), openid)
    expect(again.errcode).toBeUndefined()
  })

  it('reaches only the /sns endpoints and reports a dropped connection as data', async () => {
    const elsewhere = await send(core, 'callPlatform', {
      path: '/cgi-bin/token' as '/sns/auth',
      query: [],
    })
    expect(elsewhere.status).toBe(400)
    await command(core, 'setFault', { path: '/sns/auth', kind: 'drop', remaining: 1 })
    const dropped = await command(core, 'callPlatform', { path: '/sns/auth', query: [] })
    expect(dropped.status).toBe(0)
    expect(dropped.networkError).toBeTruthy()
    expect(dropped.exchange?.attempts[0]?.error?.code).toBe('connection-reset')
  })

  it('an address too long for the platform is its answer, not a failure of the command', async () => {
    const long = Array.from({ length: 16 }, (_, i): [string, string] => [`p${i}`, 'x'.repeat(4096)])
    const answer = await command(core, 'callPlatform', { path: '/sns/auth', query: long })
    expect(answer.status).toBe(431)
  })
})
