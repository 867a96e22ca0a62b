/**
 * GET /sns/userinfo and /sns/auth (protocol.md §9.4): token and openid errors, 48001 for a base token,
 * 42001 after 7200 s, and the profile as WeChat has answered since 2021-10-20.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startPlatform, tokenFor } from './client'
import type { Platform } from './client'
import { ACCOUNT, ALICE, ALICE_AVATAR, ALICE_UNIONID, BOB } from './context'

describe.each(['/sns/userinfo', '/sns/auth'])('%s errors', (path) => {
  let p: Platform
  let userinfoToken: string
  let baseToken: string
  beforeEach(async () => {
    p = await startPlatform({ autoConsent: true })
    userinfoToken = String((await tokenFor(p, 'snsapi_userinfo')).access_token)
    baseToken = String((await tokenFor(p, 'snsapi_base')).access_token)
  })
  afterEach(() => p.close())

  const call = (q: Record<string, string>) => p.call(path, q)

  it('no access_token ⇒ 41001', async () => {
    expect((await call({ openid: ALICE })).json.errcode).toBe(41001)
  })

  it('unknown access_token ⇒ 40014', async () => {
    expect((await call({ access_token: 'nope', openid: ALICE })).json.errcode).toBe(40014)
  })

  it('no openid ⇒ 41009', async () => {
    expect((await call({ access_token: userinfoToken })).json.errcode).toBe(41009)
  })

  it("someone else's openid ⇒ 40003 invalid openid", async () => {
    const r = await call({ access_token: userinfoToken, openid: BOB })
    expect(r.json.errcode).toBe(40003)
    expect(String(r.json.errmsg)).toMatch(/^invalid openid rid: /)
  })

  it('older than 7200 s ⇒ 42001 access_token expired', async () => {
    p.ctx.clock.advance(7200 * 1000 - 1)
    expect((await call({ access_token: userinfoToken, openid: ALICE })).json.errcode).not.toBe(
      42001,
    )
    p.ctx.clock.advance(1)
    const r = await call({ access_token: userinfoToken, openid: ALICE })
    expect(r.json.errcode).toBe(42001)
    expect(String(r.json.errmsg)).toMatch(/^access_token expired rid: /)
  })

  it('an snsapi_base token', async () => {
    const r = await call({ access_token: baseToken, openid: ALICE })
    expect(r.json.errcode).toBe(path === '/sns/userinfo' ? 48001 : 0)
  })
})

describe('/sns/userinfo success', () => {
  let p: Platform
  beforeEach(async () => {
    p = await startPlatform({ autoConsent: true })
  })
  afterEach(() => p.close())

  it('answers the 2021 profile: sex 0, empty places, no privileges, unionid', async () => {
    const token = String((await tokenFor(p, 'snsapi_userinfo')).access_token)
    const r = await p.call('/sns/userinfo', { access_token: token, openid: ALICE, lang: 'zh_CN' })
    expect(r.json).toEqual({
      openid: ALICE,
      nickname: '爱丽丝 Alice',
      sex: 0,
      province: '',
      city: '',
      country: '',
      headimgurl: ALICE_AVATAR,
      privilege: [],
      unionid: ALICE_UNIONID,
    })
    expect(Object.keys(r.json)).toEqual(ORDER)
  })

  it('escapes / as \\/ and keeps Chinese raw, like the real body', async () => {
    const token = String((await tokenFor(p, 'snsapi_userinfo')).access_token)
    const r = await p.call('/sns/userinfo', { access_token: token, openid: ALICE })
    expect(r.text).toContain('"headimgurl":"https:\\/\\/thirdwx.qlogo.cn\\/mmopen\\/')
    expect(r.text).not.toMatch(/[^\\]\//)
    expect(r.text).toContain('爱丽丝')
    expect(r.headers.get('content-type')).toBe('application/json; encoding=utf-8')
  })

  it('leaves out unionid when the user has none', async () => {
    p.phoneUser = BOB
    const token = String((await tokenFor(p, 'snsapi_userinfo')).access_token)
    const r = await p.call('/sns/userinfo', { access_token: token, openid: BOB })
    expect(r.json.nickname).toBe('<b>Bob</b> & "co"')
    expect(r.json).not.toHaveProperty('unionid')
  })

  it.each(['zh_CN', 'zh_TW', 'en'])('accepts lang=%s', async (lang) => {
    const token = String((await tokenFor(p, 'snsapi_userinfo')).access_token)
    const r = await p.call('/sns/userinfo', { access_token: token, openid: ALICE, lang })
    expect(r.json.openid).toBe(ALICE)
  })

  it('answers an unknown lang but points it out in the Exchange', async () => {
    const token = String((await tokenFor(p, 'snsapi_userinfo')).access_token)
    const r = await p.call('/sns/userinfo', { access_token: token, openid: ALICE, lang: 'fr' })
    expect(r.json.openid).toBe(ALICE)
    const exchanges = await p.waitForExchanges(3)
    expect(exchanges[2]?.analysis?.warnings).toEqual(['lang-unknown'])
    expect(exchanges[2]).toMatchObject({
      kind: 'api',
      accountId: ACCOUNT.id,
      openid: ALICE,
      errcode: 0,
    })
  })
})

/** The field order of the doc sample. */
const ORDER = [
  'openid',
  'nickname',
  'sex',
  'province',
  'city',
  'country',
  'headimgurl',
  'privilege',
  'unionid',
]

describe('/sns/auth success', () => {
  it('answers exactly {"errcode":0,"errmsg":"ok"}', async () => {
    const p = await startPlatform()
    try {
      const token = String((await tokenFor(p)).access_token)
      const r = await p.call('/sns/auth', { access_token: token, openid: ALICE })
      expect(r.text).toBe('{"errcode":0,"errmsg":"ok"}')
    } finally {
      await p.close()
    }
  })
})
