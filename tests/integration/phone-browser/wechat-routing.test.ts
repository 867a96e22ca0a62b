/**
 * WeChat hosts in the phone browser (docs/phone-browser.md "Routing"): a page written for real
 * WeChat — a redirect to https://open.weixin.qq.com/connect/oauth2/authorize?…#wechat_redirect,
 * a <script> for res.wx.qq.com's jweixin — reaches mpsim's mock through a gateway, the consent
 * goes back to the site with a code, and the site received WeChat's User-Agent throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WECHAT_USER_AGENT } from '../../../src/core/browser/user-agent'
import { CONSENT_PATH } from '../../../src/core/platform/oauth/consent-page'
import type { Account } from '../../../src/shared/model/account'
import { browse, NAVIGATION, sendHtml, startHarness, startSite } from './harness'
import type { Harness } from './harness'

let h: Harness
let site: Awaited<ReturnType<typeof startSite>>
let account: Account

function authorizeUrl(): string {
  const redirect = encodeURIComponent(`${site.origin}/cb/`)
  return (
    `https://open.weixin.qq.com/connect/oauth2/authorize?appid=${account.appId}` +
    `&redirect_uri=${redirect}&response_type=code&scope=snsapi_userinfo&state=s1#wechat_redirect`
  )
}

beforeAll(async () => {
  h = await startHarness('wechat-routing')
  site = await startSite((req, res) => {
    if (req.url === '/start') {
      res.writeHead(302, { Location: authorizeUrl() })
      res.end()
    } else if (req.url === '/jssdk-page') {
      sendHtml(
        res,
        '<!doctype html><html><head><title>JS</title>' +
          '<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script></head><body></body></html>',
        {
          'Content-Security-Policy': "default-src 'self'; script-src 'self' https://res.wx.qq.com",
        },
      )
    } else {
      sendHtml(
        res,
        `<!doctype html><html><head><title>Callback</title></head><body>${req.url}</body></html>`,
      )
    }
  })
  account = h.editAccount({ callbackDomain: `127.0.0.1:${site.port}` })
})

afterAll(async () => {
  await h.stop()
  await site.close()
})

describe('a page written for real WeChat, in the phone browser', () => {
  it('goes from the site to the mock consent page and back to the site with a code', async () => {
    const opened = await h.open(`${site.origin}/start`)
    expect(opened.routedTo).toBe('site')
    expect(new URL(opened.frameUrl).hostname).toBe('127.0.0.1')
    expect(new URL(opened.frameUrl).port).not.toBe(String(site.port))

    // Hop 1: the site's 302 to open.weixin.qq.com is rewritten to that host's gateway, with the
    // #wechat_redirect fragment kept.
    const first = await browse(opened.frameUrl)
    expect(first.status).toBe(302)
    const toAuthorize = new URL(first.headers.location ?? '')
    expect(toAuthorize.hostname).toBe('127.0.0.1')
    expect(toAuthorize.origin).not.toBe(new URL(opened.frameUrl).origin)
    expect(toAuthorize.pathname).toBe('/connect/oauth2/authorize')
    expect(toAuthorize.hash).toBe('#wechat_redirect')
    expect(toAuthorize.searchParams.get('state')).toBe('s1')

    // Hop 2: the mock's consent page, through the gateway, with the bridge first in <head>.
    const consent = await browse(toAuthorize.href)
    expect(consent.status).toBe(200)
    expect(consent.body).toContain('data-testid="oauth-consent"')
    expect(consent.body).toMatch(
      /<head><script src="\/__mpsim__\/bridge\.js" nonce="[^"]+"><\/script>/,
    )
    const csp = String(consent.headers['content-security-policy'])
    expect(csp).not.toContain('frame-ancestors')
    expect(csp).toContain(`script-src ${toAuthorize.origin}/__mpsim__/bridge.js`)

    // Hop 3: Allow, posted from the consent page's own origin, as a browser would.
    const token = /name="consent" value="([^"]+)"/.exec(consent.body)?.[1] ?? ''
    const openid = /name="openid"[^>]*value="([^"]+)"[^>]*checked/.exec(consent.body)?.[1] ?? ''
    expect(token).not.toBe('')
    const allowed = await browse(`${toAuthorize.origin}${CONSENT_PATH}`, {
      method: 'POST',
      headers: {
        ...NAVIGATION,
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: toAuthorize.origin,
        'Sec-Fetch-Site': 'same-origin',
      },
      body: new URLSearchParams({ consent: token, openid, decision: 'allow' }).toString(),
    })
    expect(allowed.status).toBe(302)
    const callback = new URL(allowed.headers.location ?? '')
    expect(callback.origin).toBe(new URL(opened.frameUrl).origin)
    expect(callback.pathname).toBe('/cb/')
    expect(callback.searchParams.get('state')).toBe('s1')
    const code = callback.searchParams.get('code')
    expect(code).toBeTruthy()

    // Hop 4: the site's callback gets the code, and every request it saw carried WeChat's UA,
    // its own Host, and no Chromium client hints.
    const page = await browse(callback.href)
    expect(page.status).toBe(200)
    expect(page.body).toContain(`/cb/?code=${code ?? ''}&state=s1`)
    for (const seen of site.seen) {
      expect(seen.headers['user-agent']).toBe(WECHAT_USER_AGENT)
      expect(seen.headers.host).toBe(`127.0.0.1:${site.port}`)
      expect(seen.headers['sec-ch-ua']).toBeUndefined()
      expect(seen.headers['accept-encoding']).toBe('identity')
    }

    // The walk as recorded: four hops, real addresses, one walk id.
    const walk = h.pages().filter((p) => p.analysis.walkId === opened.walkId)
    expect(walk.map((p) => [p.analysis.purpose, p.analysis.routedTo, p.analysis.url])).toEqual([
      ['navigate', 'site', `${site.origin}/start`],
      ['navigate', 'platform', authorizeUrl().replace('#wechat_redirect', '')],
      ['form', 'platform', `https://open.weixin.qq.com${CONSENT_PATH}`],
      ['navigate', 'site', `${site.origin}/cb/?code=${code ?? ''}&state=s1`],
    ])
    expect(walk[0]?.analysis.redirectTo).toBe(authorizeUrl())
    expect(walk[1]?.analysis.wechatHost).toBe('open.weixin.qq.com')
    expect(walk[2]?.analysis.redirectTo).toBe(`${site.origin}/cb/?code=${code ?? ''}&state=s1`)
    expect(walk[3]?.analysis.title).toBe('Callback')
    for (const hop of walk) {
      expect(hop.accountId).toBe(account.id)
      expect(hop.openid).toBe(h.core.engine.phoneUser(account.id))
      expect(hop.attempts[0]?.request.url).toBe(hop.analysis.url)
    }
    // The mock still records its own side of the walk.
    expect(h.exchanges.some((e) => e.kind === 'oauth')).toBe(true)
  })

  it("answers res.wx.qq.com's jweixin with mpsim's wx and admits it in the page's CSP", async () => {
    const opened = await h.open(`${site.origin}/jssdk-page`)
    const page = await browse(opened.frameUrl)
    const src = /<script src="(http:\/\/127\.0\.0\.1:\d+)\/open\/js\/jweixin-1\.6\.0\.js">/.exec(
      page.body,
    )?.[1]
    expect(src).toBeDefined()
    expect(String(page.headers['content-security-policy'])).toContain(src ?? '-')
    const script = await browse(`${src ?? ''}/open/js/jweixin-1.6.0.js`, {
      headers: { 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'script' },
    })
    expect(script.status).toBe(200)
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(script.body).toContain('/__mpsim__/jssdk')
    // A script file is not a hop of the walk.
    expect(h.pages().some((p) => p.analysis.url.includes('jweixin'))).toBe(false)
  })
})
