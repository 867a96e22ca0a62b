/**
 * The sample bot's JS-SDK pages (protocol.md §11): the ticket through its platform client, the
 * server-side signature over the page's own address, and the deliberately wrong page — judged with
 * the same verdict mpsim's phone browser gives.
 */
import { createHash } from 'node:crypto'
import { Linter } from 'eslint'
import { describe, expect, it } from 'vitest'
import { judgeJssdkConfig } from '../../../src/core/protocol/jssdk-config-verdict'
import { APP_ID, NOW, startHarness } from './bot-harness'
import type { Harness } from './bot-harness'

interface DemoPage {
  readonly response: Response
  readonly html: string
  /** The data-* values the demo script hands to wx.config. */
  readonly data: Record<string, string>
}

async function open(url: string): Promise<DemoPage> {
  const response = await fetch(url, { redirect: 'manual' })
  const html = await response.text()
  const data: Record<string, string> = {}
  const tag = /<div\s+id="jssdk-demo"[^>]*>/.exec(html)?.[0] ?? ''
  for (const [, name = '', value = ''] of tag.matchAll(/data-([a-z-]+)="([^"]*)"/g)) {
    data[name] = value.replace(/&amp;/g, '&')
  }
  return { response, html, data }
}

function signatureOver(h: Harness, url: string, data: Record<string, string>): string {
  const string1 =
    `jsapi_ticket=${h.platform.jsapiTicket}&noncestr=${data['nonce-str']}` +
    `&timestamp=${data.timestamp}&url=${url}`
  return createHash('sha1').update(string1).digest('hex')
}

/** What mpsim's phone browser says about this page's wx.config, the page seen at `pageUrl`. */
function verdictFor(h: Harness, pageUrl: string, data: Record<string, string>) {
  return judgeJssdkConfig(
    {
      appId: data['app-id'] ?? '',
      timestamp: data.timestamp ?? '',
      nonceStr: data['nonce-str'] ?? '',
      signature: data.signature ?? '',
      jsApiList: (data['js-api-list'] ?? '').split(','),
      pageUrl,
      frameUrl: pageUrl,
    },
    { jsDomains: [new URL(h.botUrl).host], testAccount: true },
    { current: h.platform.jsapiTicket },
  )
}

describe('/jssdk (protocol.md §11)', () => {
  it('signs its full address, query included, with the jsapi_ticket', async () => {
    const h = await startHarness()
    const pageUrl = `${h.botUrl}/jssdk?from=menu&x=%E4%B8%AD`
    const page = await open(pageUrl)
    expect(page.response.status).toBe(200)
    expect(page.data).toMatchObject({
      'app-id': APP_ID,
      timestamp: String(NOW),
      'js-api-list': 'chooseImage,getLocation,updateAppMessageShareData',
      'share-link': pageUrl,
    })
    expect(page.data['nonce-str']).toMatch(/^[A-Za-z0-9]{16}$/)
    expect(page.data.signature).toBe(signatureOver(h, pageUrl, page.data))
    const fact = verdictFor(h, `${pageUrl}#section`, page.data)
    expect(fact).toMatchObject({ ok: true, errMsg: 'config:ok', signatureMatch: 'page-url' })
    // The ticket never reaches the page.
    expect(page.html).not.toContain(h.platform.jsapiTicket)
  })

  it('gets the ticket with the cached access_token, once for many views', async () => {
    const h = await startHarness()
    await open(`${h.botUrl}/jssdk`)
    await open(`${h.botUrl}/jssdk?again=1`)
    expect(h.platform.callsTo('/cgi-bin/token')).toHaveLength(1)
    const tickets = h.platform.callsTo('/cgi-bin/ticket/getticket')
    expect(tickets).toHaveLength(1)
    expect(tickets[0]?.query).toEqual({ access_token: 'BASE_AT_1', type: 'jsapi' })
  })

  it('fetches a new access_token once when WeChat refuses the cached one', async () => {
    const h = await startHarness()
    h.platform.refusedTokens.add('BASE_AT_1')
    const page = await open(`${h.botUrl}/jssdk`)
    expect(page.response.status).toBe(200)
    const used = h.platform.callsTo('/cgi-bin/ticket/getticket').map((c) => c.query.access_token)
    expect(used).toEqual(['BASE_AT_1', 'BASE_AT_2'])
  })

  it('loads WeChat’s jweixin and its own script, nothing inline, under a CSP that says so', async () => {
    const h = await startHarness()
    const page = await open(`${h.botUrl}/jssdk`)
    const scripts = [...page.html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
    expect(scripts.map((s) => s[1]?.trim())).toEqual([
      'src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"',
      'src="/static/jssdk-demo.js"',
    ])
    expect(scripts.every((s) => s[2] === '')).toBe(true)
    const csp = page.response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self' https://res.wx.qq.com;")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    // Keyboard-reachable buttons, disabled until wx.config has answered.
    expect(page.html).toMatch(/<button[^>]*data-api="chooseImage"[^>]*disabled/)
  })

  it('serves the demo script as ES2017 JavaScript', async () => {
    const h = await startHarness()
    const response = await fetch(`${h.botUrl}/static/jssdk-demo.js`)
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
    const messages = new Linter().verify(await response.text(), {
      languageOptions: { ecmaVersion: 2017, sourceType: 'script' },
    })
    expect(messages.filter((m) => m.fatal)).toEqual([])
  })

  it('explains a platform it cannot reach', async () => {
    const h = await startHarness({ platformBaseUrl: 'http://127.0.0.1:1' })
    const page = await open(`${h.botUrl}/jssdk`)
    expect(page.response.status).toBe(502)
    expect(page.html).toContain('Could not reach the WeChat API')
  })

  it('answers only its own host names (DNS rebinding)', async () => {
    const h = await startHarness()
    const { port } = new URL(h.botUrl)
    const { request } = await import('node:http')
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/jssdk', headers: { host: 'evil.example' } },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(403)
  })
})

describe('/jssdk/wrong', () => {
  it('adds a query first, so the mistake shows', async () => {
    const h = await startHarness()
    const response = await fetch(`${h.botUrl}/jssdk/wrong`, { redirect: 'manual' })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/jssdk/wrong?from=wrong-demo')
  })

  it('signs the address without its query, says so, and mpsim names the mistake', async () => {
    const h = await startHarness()
    const pageUrl = `${h.botUrl}/jssdk/wrong?from=guide`
    const page = await open(pageUrl)
    expect(page.response.status).toBe(200)
    expect(page.html).toContain('data-testid="jssdk-mistake"')
    expect(page.data.signature).toBe(signatureOver(h, `${h.botUrl}/jssdk/wrong`, page.data))
    const fact = verdictFor(h, pageUrl, page.data)
    expect(fact).toMatchObject({
      ok: false,
      errMsg: 'config:invalid signature',
      signatureMatch: 'url-without-query',
    })
  })
})

describe('links to the demos', () => {
  it('from the OAuth guide: both JS-SDK pages and the trailing-slash trap', async () => {
    const h = await startHarness()
    const guide = await (await fetch(`${h.botUrl}/oauth`)).text()
    expect(guide).toContain('href="/jssdk"')
    expect(guide).toContain('href="/jssdk/wrong?from=guide"')
    expect(guide).toContain('href="/oauth/start?scope=snsapi_userinfo&amp;trap=no-slash"')
  })
})
