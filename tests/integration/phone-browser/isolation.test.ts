/**
 * The phone browser never carries the app (docs/phone-browser.md "Refusals"): a page cannot run on
 * the app's origin, cannot reach the control API through a gateway, and never sees the control
 * token; bad addresses are refused with words that say what to do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TOKEN_HEADER } from '../../../src/shared/control/contract'
import { browse, NAVIGATION, sendHtml, startHarness, startSite } from './harness'
import type { Harness } from './harness'

let h: Harness
let site: Awaited<ReturnType<typeof startSite>>
let gateway = ''
let controlPort = ''

beforeAll(async () => {
  h = await startHarness('isolation')
  controlPort = new URL(h.core.url).port
  site = await startSite((req, res) => {
    if (req.url === '/to-app') {
      res.writeHead(302, { Location: `http://localhost:${controlPort}/api/setup` })
      return res.end()
    }
    sendHtml(res, '<title>site</title>')
  })
  gateway = new URL((await h.open(`${site.origin}/`)).frameUrl).origin
})

afterAll(async () => {
  await h.stop()
  await site.close()
})

interface Refused {
  error: { code: string; message: string; issues?: { path: string; message: string }[] }
}

describe('openPhoneBrowser refuses', () => {
  it.each([
    ['the app itself', () => `${h.core.url}/`, /mpsim's own address/],
    [
      'the control API by another loopback name',
      () => `http://localhost:${controlPort}/api/setup`,
      /mpsim's own address/,
    ],
    ['a gateway address', () => `${gateway}/`, /gateways/],
    ['another scheme', () => 'ftp://127.0.0.1/file', /http and https addresses only/],
    ['javascript:', () => 'javascript://alert(1)', /http and https addresses only/],
    ['an address without a scheme', () => '127.0.0.1:5176/oauth', /add http:\/\/ or https:\/\//],
    ['a bare host name', () => 'example.com/page', /add http:\/\/ or https:\/\//],
    ['a broken address', () => 'http://[::1', /not a valid address/],
  ])('%s', async (_what, url, message) => {
    const { status, json } = await h.api<Refused>('/api/phone-browser/open', { url: url() })
    expect(status).toBe(400)
    expect(json.error.code).toBe('invalid-input')
    expect(json.error.message).toMatch(message)
    expect(json.error.issues?.[0]?.path).toBe('url')
  })

  it('an unknown account or a user of another account', async () => {
    const noAccount = await h.api<Refused>('/api/phone-browser/open', {
      url: `${site.origin}/`,
      accountId: 'nobody',
    })
    expect(noAccount.status).toBe(400)
    expect(noAccount.json.error.message).toMatch(/unknown-account/)
    const noUser = await h.api<Refused>('/api/phone-browser/open', {
      url: `${site.origin}/`,
      openid: 'o-not-a-user',
    })
    expect(noUser.status).toBe(400)
    expect(noUser.json.error.message).toMatch(/unknown-user/)
  })
})

describe('a gateway', () => {
  it('sends a page that redirects to the app to a refusal page, never to the app', async () => {
    const hop = await browse(`${gateway}/to-app`)
    const next = new URL(hop.headers.location ?? '')
    expect(next.origin).toBe(gateway)
    expect(next.pathname).toBe('/__mpsim__/go')
    const refusal = await browse(next.href)
    expect(refusal.status).toBe(403)
    expect(refusal.body).toContain('不能在手机里打开 mpsim 本身')
    expect(refusal.body).toContain('mpsim itself cannot be opened in the phone')
  })

  it.each([
    ['the app', () => `${h.core.url}/api/setup`, 403],
    ['another scheme', () => 'file:///etc/passwd', 400],
    ['no address', () => '', 400],
  ])('go refuses %s', async (_what, url, status) => {
    const answer = await browse(`${gateway}/__mpsim__/go?url=${encodeURIComponent(url())}`)
    expect(answer.status).toBe(status)
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
  })

  it('never forwards the control token, and never records it', async () => {
    await browse(`${gateway}/with-token`, {
      headers: { ...NAVIGATION, [TOKEN_HEADER]: h.core.token, 'X-Other': 'kept' },
    })
    const seen = site.seen.find((s) => s.url === '/with-token')
    expect(seen?.headers['x-other']).toBe('kept')
    expect(seen?.rawHeaders.map((n) => n.toLowerCase())).not.toContain(TOKEN_HEADER.toLowerCase())
    expect(JSON.stringify(seen)).not.toContain(h.core.token)
    const recorded = h.pages().find((p) => p.analysis.url === `${site.origin}/with-token`)
    expect(recorded).toBeDefined()
    expect(JSON.stringify(recorded)).not.toContain(h.core.token)
  })

  it('answers loopback names only (DNS rebinding)', async () => {
    const answer = await browse(`${gateway}/`, { headers: { ...NAVIGATION, Host: 'evil.example' } })
    expect(answer.status).toBe(403)
    expect(site.seen.some((s) => s.headers.host === 'evil.example')).toBe(false)
  })

  it('is not a proxy for absolute-form requests', async () => {
    const { request } = await import('node:http')
    const status = await new Promise<number>((resolve, reject) => {
      const port = Number(new URL(gateway).port)
      const req = request(
        { host: '127.0.0.1', port, path: `${h.core.url}/api/setup`, headers: NAVIGATION },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(400)
  })

  it('has no path into the control API: /api on a gateway is the site’s own /api', async () => {
    await browse(`${gateway}/api/setup`, {
      headers: { ...NAVIGATION, [TOKEN_HEADER]: h.core.token },
    })
    expect(site.seen.at(-1)?.url).toBe('/api/setup')
    expect(site.seen.at(-1)?.headers[TOKEN_HEADER.toLowerCase()]).toBeUndefined()
  })

  it('serves nothing of its own but the bridge, go and the JS-SDK', async () => {
    const answer = await browse(`${gateway}/__mpsim__/anything`)
    expect(answer.status).toBe(404)
    expect(answer.body).toContain('No such path')
    expect(site.seen.some((s) => s.url.startsWith('/__mpsim__'))).toBe(false)
  })
})
