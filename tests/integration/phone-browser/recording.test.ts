/**
 * The walk as the inspector gets it (docs/phone-browser.md "Recording"): the sample bot's OAuth
 * journey in the phone — every page load and redirect hop a 'page' Exchange with the real address,
 * the walk's id and the user browsing — while the mock records its own 'oauth' and 'api' side;
 * script requests recorded, static files not; AppSecrets masked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONSENT_PATH } from '../../../src/core/platform/oauth/consent-page'
import type { PageExchange } from '../../../src/shared/model/exchange'
import { browse, CookieJar, follow, NAVIGATION, startHarness } from './harness'
import type { Harness } from './harness'

let h: Harness
let bot = ''

beforeAll(async () => {
  h = await startHarness('recording')
  bot = new URL(h.core.botUrl ?? '').origin
})

afterAll(async () => {
  await h.stop()
})

const walkOf = (walkId: string): PageExchange[] =>
  h.pages().filter((p) => p.analysis.walkId === walkId)

describe("the sample bot's OAuth walk", () => {
  it('records every hop with real addresses, one walk id and the user browsing', async () => {
    const account = h.core.engine.account()
    const users = h.core.workspace.directory.listUsers(account.id)
    const browsing = users.at(-1)?.openid ?? ''
    const opened = await h.open(`${bot}/oauth/start?scope=snsapi_userinfo`, { openid: browsing })
    expect(opened.url).toBe(`${bot}/oauth/start?scope=snsapi_userinfo`)

    const jar = new CookieJar()
    const toConsent = await follow(opened.frameUrl, { jar })
    expect(toConsent.final.body).toContain('data-testid="oauth-consent"')
    const consentAt = new URL(toConsent.addresses.at(-1) ?? '')
    const token = /name="consent" value="([^"]+)"/.exec(toConsent.final.body)?.[1] ?? ''
    const allowed = await browse(`${consentAt.origin}${CONSENT_PATH}`, {
      method: 'POST',
      headers: {
        ...NAVIGATION,
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: consentAt.origin,
      },
      body: new URLSearchParams({ consent: token, openid: browsing, decision: 'allow' }).toString(),
      jar,
    })
    expect(allowed.status).toBe(302)
    // The bot's state cookie (set by /oauth/start) and session cookie (set by the callback) come
    // back to the bot from the one jar every 127.0.0.1 port shares, as in a browser.
    const { final: profile } = await follow(new URL(allowed.headers.location ?? '').href, { jar })
    expect(profile.status).toBe(200)
    expect(jar.names().every((name) => name.startsWith('mp'))).toBe(true)
    const nickname = h.core.workspace.directory.user(browsing)?.nickname ?? '-'
    expect(profile.body).toContain(nickname)

    const walk = walkOf(opened.walkId)
    const platform = new URL(h.core.platformUrl).origin
    expect(
      walk.map((p) => [p.analysis.purpose, p.analysis.routedTo, p.attempts[0]?.response?.status]),
    ).toEqual([
      ['navigate', 'site', 302],
      ['navigate', 'platform', 200],
      ['form', 'platform', 302],
      ['navigate', 'site', 303],
      ['navigate', 'site', 200],
    ])
    expect(walk[0]?.analysis.url).toBe(`${bot}/oauth/start?scope=snsapi_userinfo`)
    expect(walk[0]?.analysis.redirectTo).toMatch(
      new RegExp(`^${platform}/connect/oauth2/authorize\\?appid=.+#wechat_redirect$`),
    )
    expect(walk[1]?.analysis.url).toBe(
      walk[0]?.analysis.redirectTo?.replace('#wechat_redirect', ''),
    )
    expect(walk[2]?.analysis.redirectTo).toMatch(new RegExp(`^${bot}/oauth/callback/\\?code=`))
    expect(walk[3]?.analysis.redirectTo).toBe(`${bot}/oauth/profile`)
    expect(walk[4]?.analysis.title).toBeTruthy()
    for (const hop of walk) {
      expect(hop.kind).toBe('page')
      expect(hop.openid).toBe(browsing)
      expect(hop.accountId).toBe(account.id)
      expect(hop.attempts[0]?.request.url).not.toContain(
        '127.0.0.1:' + new URL(opened.frameUrl).port,
      )
    }
    // The bot's server-to-server calls are the mock's own records, as before.
    const sns = h.exchanges.filter((e) => e.kind === 'api' && e.title.startsWith('/sns/'))
    expect(sns.map((e) => e.title)).toEqual(
      expect.arrayContaining(['/sns/oauth2/access_token', '/sns/userinfo']),
    )
  })

  it('starts a new walk with every open', async () => {
    const a = await h.open(`${bot}/oauth`)
    const b = await h.open(`${bot}/oauth`)
    expect(a.walkId).not.toBe(b.walkId)
    expect(a.frameUrl).toBe(b.frameUrl)
    await browse(b.frameUrl)
    expect(walkOf(a.walkId)).toHaveLength(0)
    expect(walkOf(b.walkId)).toHaveLength(1)
  })
})

describe('what is recorded', () => {
  it("records a script's fetch, not the page's stylesheet", async () => {
    const opened = await h.open(`${bot}/oauth`)
    await browse(`${new URL(opened.frameUrl).origin}/static/weui.min.css`, {
      headers: { 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'style' },
    })
    await browse(`${new URL(opened.frameUrl).origin}/oauth?via=fetch`, {
      headers: { 'Sec-Fetch-Mode': 'cors', 'Sec-Fetch-Dest': 'empty' },
    })
    expect(walkOf(opened.walkId).map((p) => [p.analysis.purpose, p.analysis.url])).toEqual([
      ['fetch', `${bot}/oauth?via=fetch`],
    ])
  })

  it('masks an AppSecret a page posts', async () => {
    const secret = h.core.engine.account().appSecret
    const opened = await h.open(`${bot}/oauth`)
    await browse(`${new URL(opened.frameUrl).origin}/oauth?key=${secret}`, {
      method: 'POST',
      headers: { ...NAVIGATION, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `appsecret=${secret}&note=${secret}`,
    })
    const hop = walkOf(opened.walkId)[0]
    expect(hop?.analysis.purpose).toBe('form')
    expect(JSON.stringify(hop)).not.toContain(secret)
    expect(hop?.attempts[0]?.request.body.text).toContain('redacted')
  })

  it('records a site that does not answer as a failed hop, with a page that says so', async () => {
    const { closedPortUrl } = await import('../../helpers/tiny-server')
    const closed = await closedPortUrl('/')
    const opened = await h.open(closed)
    const answer = await browse(opened.frameUrl)
    expect(answer.status).toBe(502)
    expect(answer.body).toContain('The page could not be opened')
    const hop = walkOf(opened.walkId)[0]
    expect(hop?.attempts[0]?.error?.code).toBe('connection-refused')
  })
})
