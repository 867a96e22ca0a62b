import { describe, expect, it } from 'vitest'
import { buildCallbackUrl, checkAuthorizeUrl } from '../../../src/core/protocol/oauth'
import { APP_ID, startHarness } from './bot-harness'
import type { Harness } from './bot-harness'
import { CookieJar, get } from './cookie-jar'
import type { FakeUser } from './fake-platform'

const USER: FakeUser = {
  openid: 'oyORnuP8q7ou2gfYjqLzSIWZf0rs',
  // A nickname is user input: it must come out escaped.
  nickname: '小明 <script>alert(1)</script> & "co"',
  headimgurl: 'http://127.0.0.1:9/mmopen/avatar/132',
  unionid: 'oTpR9xAIiebFOc6p04tMTaLhviCQ',
}

interface Started {
  readonly h: Harness
  readonly jar: CookieJar
  readonly authorizeUrl: string
  readonly redirectUri: string
  readonly state: string
}

/** Step 1: /oauth/start, returning where the bot sent the browser. */
async function start(scope: 'snsapi_base' | 'snsapi_userinfo'): Promise<Started> {
  const h = await startHarness()
  const jar = new CookieJar()
  const response = await get(`${h.botUrl}/oauth/start?scope=${scope}`, jar)
  expect(response.status).toBe(302)
  const authorizeUrl = response.headers.get('location') ?? ''
  const check = checkAuthorizeUrl(
    authorizeUrl,
    { appid: APP_ID, callbackDomain: new URL(h.botUrl).host },
    { authorizeBase: h.platform.url },
  )
  return {
    h,
    jar,
    authorizeUrl,
    redirectUri: check.parsed.redirectUri ?? '',
    state: check.parsed.state ?? '',
  }
}

/** Steps 1–2 through the consent: returns the response to the callback. */
async function signIn(scope: 'snsapi_base' | 'snsapi_userinfo') {
  const started = await start(scope)
  const code = started.h.platform.issueCode(USER, scope)
  const callback = buildCallbackUrl(started.redirectUri, { code, state: started.state })
  const response = await get(callback, started.jar)
  return { ...started, code, callback, response }
}

describe('OAuth guide and assets', () => {
  it('serves the guide with the five steps, WeUI and a strict CSP', async () => {
    const { botUrl } = await startHarness()
    const response = await fetch(`${botUrl}/oauth`)
    expect(response.status).toBe(200)
    const page = await response.text()
    for (const step of [1, 2, 3, 4, 5]) expect(page).toContain(`data-step="${step}"`)
    expect(page).toContain('href="/static/weui.min.css"')
    expect(page).toContain('/oauth/start?scope=snsapi_userinfo')
    expect(page).toContain('/oauth/start?scope=snsapi_base')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(page).not.toMatch(/<script|style="/)
  })

  it('serves the official WeUI stylesheet from node_modules', async () => {
    const { botUrl } = await startHarness()
    const response = await fetch(`${botUrl}/static/weui.min.css`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/css/)
    expect(await response.text()).toContain('.weui-btn')
  })
})

describe('OAuth flow end to end (protocol.md §9)', () => {
  it('redirects to the authorize URL built the documented way', async () => {
    const { h, jar, authorizeUrl, redirectUri, state } = await start('snsapi_userinfo')
    const check = checkAuthorizeUrl(
      authorizeUrl,
      { appid: APP_ID, callbackDomain: new URL(h.botUrl).host },
      { authorizeBase: h.platform.url },
    )
    expect(check.problems).toEqual([])
    expect(
      authorizeUrl.startsWith(`${h.platform.url}/connect/oauth2/authorize?appid=${APP_ID}&`),
    ).toBe(true)
    expect(check.parsed.paramOrder).toEqual([
      'appid',
      'redirect_uri',
      'response_type',
      'scope',
      'state',
    ])
    expect(authorizeUrl).toContain(`redirect_uri=${encodeURIComponent(redirectUri)}&`)
    expect(authorizeUrl.endsWith('#wechat_redirect')).toBe(true)
    expect(redirectUri).toBe(`${h.botUrl}/oauth/callback/`)
    expect(state).toMatch(/^[A-Za-z0-9]{32}$/)
    expect(jar.get('mpsim_bot_oauth_state')).toBe(state)
  })

  it('honours oauthBaseUrl when the authorize page lives on another host', async () => {
    const h = await startHarness({ oauthBaseUrl: 'http://127.0.0.1:1/' })
    const response = await fetch(`${h.botUrl}/oauth/start?scope=snsapi_base`, {
      redirect: 'manual',
    })
    expect(response.headers.get('location')).toMatch(
      /^http:\/\/127\.0\.0\.1:1\/connect\/oauth2\/authorize\?/,
    )
  })

  it('exchanges the code, keeps tokens server-side and shows the profile', async () => {
    const { h, jar, response, code } = await signIn('snsapi_userinfo')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/oauth/profile')
    const exchange = h.platform.callsTo('/sns/oauth2/access_token')[0]
    expect(exchange?.query).toEqual({
      appid: APP_ID,
      secret: 'a'.repeat(32),
      code,
      grant_type: 'authorization_code',
    })
    const sessionId = jar.get('mpsim_bot_session') ?? ''
    expect(sessionId).toMatch(/^[A-Za-z0-9]{32}$/)
    expect(jar.get('mpsim_bot_oauth_state')).toBeUndefined()
    const cookieLine = response.headers
      .getSetCookie()
      .find((c) => c.startsWith('mpsim_bot_session='))
    expect(cookieLine).toMatch(/HttpOnly/)
    expect(cookieLine).toMatch(/SameSite=Lax/)

    const profile = await get(`${h.botUrl}/oauth/profile`, jar)
    expect(profile.status).toBe(200)
    const page = await profile.text()
    expect(page).toContain('小明 &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;')
    expect(page).not.toContain('<script>')
    expect(page).toContain(USER.openid)
    expect(page).toContain(USER.unionid)
    expect(page).toContain('snsapi_userinfo')
    expect(page).toContain(`src="${USER.headimgurl}"`)
    expect(page).not.toContain('SNS_AT_')
    expect(profile.headers.get('content-security-policy')).toContain(
      "img-src 'self' data: http://127.0.0.1:9",
    )
    expect(profile.headers.get('referrer-policy')).toBe('no-referrer')
    const userinfo = h.platform.callsTo('/sns/userinfo')[0]
    expect(userinfo?.query).toMatchObject({ openid: USER.openid, lang: 'zh_CN' })
  })

  it('refreshes the web token on 42001 and retries once', async () => {
    const { h, jar } = await signIn('snsapi_userinfo')
    const first = h.platform.snsTokenOf(USER.openid) ?? ''
    h.platform.expiredSnsTokens.add(first)
    const profile = await get(`${h.botUrl}/oauth/profile`, jar)
    expect(profile.status).toBe(200)
    expect(await profile.text()).toContain('小明')
    const refresh = h.platform.callsTo('/sns/oauth2/refresh_token')
    expect(refresh).toHaveLength(1)
    expect(refresh[0]?.query).toEqual({
      appid: APP_ID,
      grant_type: 'refresh_token',
      refresh_token: h.platform.refreshTokenOf(USER.openid),
    })
    const tokensUsed = h.platform.callsTo('/sns/userinfo').map((c) => c.query.access_token)
    expect(tokensUsed).toEqual([first, h.platform.snsTokenOf(USER.openid)])
    // The refreshed token is kept: the next view needs no refresh.
    await get(`${h.botUrl}/oauth/profile`, jar)
    expect(h.platform.callsTo('/sns/oauth2/refresh_token')).toHaveLength(1)
  })

  it('asks to sign in again when the refresh_token is refused', async () => {
    const { h, jar } = await signIn('snsapi_userinfo')
    h.platform.expiredSnsTokens.add(h.platform.snsTokenOf(USER.openid) ?? '')
    h.platform.refusedRefreshTokens.add(h.platform.refreshTokenOf(USER.openid) ?? '')
    const profile = await get(`${h.botUrl}/oauth/profile`, jar)
    expect(profile.status).toBe(401)
    expect(await profile.text()).toContain('40030')
    expect(jar.get('mpsim_bot_session')).toBeUndefined()
  })

  it('shows only the openid for snsapi_base and never calls userinfo', async () => {
    const { h, jar, response } = await signIn('snsapi_base')
    expect(response.status).toBe(303)
    const profile = await get(`${h.botUrl}/oauth/profile`, jar)
    expect(profile.status).toBe(200)
    const page = await profile.text()
    expect(page).toContain(USER.openid)
    expect(page).toContain('snsapi_base')
    expect(h.platform.callsTo('/sns/userinfo')).toEqual([])
  })

  it('explains a re-used code (40163)', async () => {
    const { h, callback, state } = await signIn('snsapi_userinfo')
    // Replay the callback with the state cookie a browser would no longer have.
    const jar = new CookieJar()
    const response = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: `mpsim_bot_oauth_state=${state}` },
    })
    jar.take(response)
    expect(response.status).toBe(502)
    const page = await response.text()
    expect(page).toContain('40163')
    expect(page).toContain('/oauth')
    expect(h.platform.callsTo('/sns/oauth2/access_token')).toHaveLength(2)
  })

  it('shows a friendly page when the user declines (no code)', async () => {
    const { jar, redirectUri, state } = await start('snsapi_userinfo')
    const response = await get(buildCallbackUrl(redirectUri, { state }), jar)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('You declined')
  })

  it('refuses a callback whose state does not match the cookie (CSRF)', async () => {
    const { h, jar, redirectUri } = await start('snsapi_userinfo')
    const code = h.platform.issueCode(USER, 'snsapi_userinfo')
    const response = await get(buildCallbackUrl(redirectUri, { code, state: 'forged' }), jar)
    expect(response.status).toBe(403)
    expect(h.platform.callsTo('/sns/oauth2/access_token')).toEqual([])
  })

  it('refuses a callback without the state cookie', async () => {
    const { h, redirectUri, state } = await start('snsapi_userinfo')
    const code = h.platform.issueCode(USER, 'snsapi_userinfo')
    const response = await get(buildCallbackUrl(redirectUri, { code, state }), new CookieJar())
    expect(response.status).toBe(403)
  })

  it('says "not signed in" on the profile page without a session', async () => {
    const { botUrl } = await startHarness()
    const response = await get(`${botUrl}/oauth/profile`, new CookieJar())
    expect(response.status).toBe(401)
    expect(await response.text()).toContain('Not signed in')
  })

  it.each(['', '?scope=snsapi_login', '?scope=<b>'])(
    'refuses /oauth/start%s with 400',
    async (q) => {
      const { botUrl } = await startHarness()
      const response = await fetch(`${botUrl}/oauth/start${q}`, { redirect: 'manual' })
      expect(response.status).toBe(400)
      const page = await response.text()
      expect(page).toContain('snsapi_base, snsapi_userinfo')
      expect(page).not.toContain('<b>')
    },
  )

  it('explains an unreachable platform', async () => {
    const h = await startHarness({ platformBaseUrl: 'http://127.0.0.1:1' })
    const jar = new CookieJar()
    const startResponse = await get(`${h.botUrl}/oauth/start?scope=snsapi_userinfo`, jar)
    const authorize = new URL(startResponse.headers.get('location') ?? '')
    const callback = buildCallbackUrl(authorize.searchParams.get('redirect_uri') ?? '', {
      code: 'c'.repeat(32),
      state: authorize.searchParams.get('state') ?? '',
    })
    const response = await get(callback, jar)
    expect(response.status).toBe(502)
    expect(await response.text()).toContain('Could not reach the WeChat API')
  })
})
