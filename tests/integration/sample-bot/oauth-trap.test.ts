/**
 * The seed journey's trailing-slash trap, reproduced by the sample bot on purpose (protocol.md
 * §9.3): /oauth/start?trap=no-slash puts the Django-style callback without its slash in
 * redirect_uri, and that route answers the slash-less address with APPEND_SLASH's 301.
 */
import { describe, expect, it } from 'vitest'
import { buildCallbackUrl, checkAuthorizeUrl } from '../../../src/core/protocol/oauth'
import { APP_ID, startHarness } from './bot-harness'
import { CookieJar, get } from './cookie-jar'
import type { FakeUser } from './fake-platform'

const USER: FakeUser = {
  openid: 'oyORnuP8q7ou2gfYjqLzSIWZf0rs',
  nickname: '小明',
  headimgurl: 'http://127.0.0.1:9/mmopen/avatar/132',
  unionid: 'oTpR9xAIiebFOc6p04tMTaLhviCQ',
}

async function startTrap() {
  const h = await startHarness()
  const jar = new CookieJar()
  const response = await get(`${h.botUrl}/oauth/start?scope=snsapi_userinfo&trap=no-slash`, jar)
  expect(response.status).toBe(302)
  const check = checkAuthorizeUrl(
    response.headers.get('location') ?? '',
    { appid: APP_ID, callbackDomain: new URL(h.botUrl).host },
    { authorizeBase: h.platform.url },
  )
  return { h, jar, check }
}

describe('the trailing-slash trap (/oauth/start?trap=no-slash)', () => {
  it('builds the authorize URL with the slash-less redirect_uri, which mpsim flags', async () => {
    const { h, check } = await startTrap()
    expect(check.parsed.redirectUri).toBe(`${h.botUrl}/oauth/django/callback`)
    expect(check.problems.map((p) => p.code)).toEqual(['redirect-uri-no-trailing-slash'])
  })

  it('answers the slash-less callback as Django does: 301 to the slashed address, query kept', async () => {
    const { h, jar, check } = await startTrap()
    const code = h.platform.issueCode(USER, 'snsapi_userinfo')
    const state = check.parsed.state ?? ''
    const callback = buildCallbackUrl(check.parsed.redirectUri ?? '', { code, state })
    const hop = await get(callback, jar)
    expect(hop.status).toBe(301)
    expect(hop.headers.get('location')).toBe(`/oauth/django/callback/?code=${code}&state=${state}`)
    expect(await hop.text()).toBe('')
    // The slash-less request reached no callback code: the code is still unused.
    expect(h.platform.callsTo('/sns/oauth2/access_token')).toEqual([])

    const slashed = await get(new URL(hop.headers.get('location') ?? '', h.botUrl).href, jar)
    expect(slashed.status).toBe(303)
    expect(slashed.headers.get('location')).toBe('/oauth/profile')
    const profile = await get(`${h.botUrl}/oauth/profile`, jar)
    expect(await profile.text()).toContain('小明')
  })

  it('keeps what WeChat’s browser adds on that hop (nsukey) on the slashed address', async () => {
    const { h, jar, check } = await startTrap()
    const code = h.platform.issueCode(USER, 'snsapi_userinfo')
    const state = check.parsed.state ?? ''
    const hop = await get(
      `${h.botUrl}/oauth/django/callback?code=${code}&state=${state}&nsukey=abc%3D`,
      jar,
    )
    expect(hop.headers.get('location')).toBe(
      `/oauth/django/callback/?code=${code}&state=${state}&nsukey=abc%3D`,
    )
  })

  it.each(['bogus', 'toString', '__proto__'])('refuses trap=%s with 400', async (trap) => {
    const { botUrl } = await startHarness()
    const response = await fetch(`${botUrl}/oauth/start?scope=snsapi_base&trap=${trap}`, {
      redirect: 'manual',
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('no-slash')
  })

  it('leaves the ordinary start alone: redirect_uri ends with a slash', async () => {
    const h = await startHarness()
    const response = await fetch(`${h.botUrl}/oauth/start?scope=snsapi_base`, {
      redirect: 'manual',
    })
    const authorize = new URL(response.headers.get('location') ?? '')
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${h.botUrl}/oauth/callback/`)
  })
})
