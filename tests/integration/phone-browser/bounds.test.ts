/**
 * The phone browser's bounds (docs/phone-browser.md "Gateways", "Refusals"): a bounded number of
 * gateways (a page meets a clear page past it; a walk the user starts makes room), bounded
 * request bodies, and every gateway closed when the core stops.
 */
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REQUEST_BODY_LIMIT } from '../../../src/core/browser/body-read'
import { createPhoneBrowser } from '../../../src/core/browser/phone-browser'
import type { RunningPhoneBrowser } from '../../../src/core/browser/phone-browser'
import { createPlatformContext } from '../../../src/core/context/create-context'
import { Directory } from '../../../src/core/context/directory'
import { seededRandom } from '../../../src/core/runtime/random'
import { browse, NAVIGATION, sendHtml, startHarness, startSite } from './harness'

type Site = Awaited<ReturnType<typeof startSite>>

const portOpen = (origin: string): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(Number(new URL(origin).port), '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

describe('the gateway limit', () => {
  const LIMIT = 3
  let browser: RunningPhoneBrowser
  const sites: Site[] = []

  beforeAll(async () => {
    const ctx = createPlatformContext(seededRandom('bounds'), new Directory(), true)
    browser = createPhoneBrowser({
      ctx,
      platformUrl: 'http://127.0.0.1:9',
      appOrigins: () => ['http://127.0.0.1:8'],
      gatewayLimit: LIMIT,
    })
    for (let i = 0; i < LIMIT + 1; i++) {
      sites.push(await startSite((req, res) => sendHtml(res, `<title>${req.url}</title>`)))
    }
  })

  afterAll(async () => {
    await browser.stop()
    for (const site of sites) await site.close()
  })

  const open = (site: Site | undefined) =>
    browser.open({
      url: new URL(`${site?.origin ?? ''}/`),
      accountId: 'a',
      openid: undefined,
      quirks: { repeatCallback: false },
    })

  const origins: string[] = []

  it('refuses a page going to one site too many, with a page that says why', async () => {
    for (const site of sites.slice(0, LIMIT)) {
      origins.push(new URL((await open(site)).frameUrl).origin)
    }
    expect(browser.gatewayOrigins()).toEqual(origins)
    const go = `${origins[0] ?? ''}/__mpsim__/go?url=${encodeURIComponent(`${sites[3]?.origin ?? ''}/`)}`
    const refused = await browse(go)
    expect(refused.status).toBe(503)
    expect(refused.body).toContain('打开的网站太多')
    expect(refused.body).toContain('Too many sites open')
    expect(browser.gatewayOrigins()).toEqual(origins)
  })

  it('makes room for a walk the user starts by closing the least recently used gateway', async () => {
    // The first gateway just served a request: the second is the one used least recently.
    const opened = await open(sites[3])
    expect(browser.gatewayOrigins()).toHaveLength(LIMIT)
    expect(browser.gatewayOrigins()).toContain(new URL(opened.frameUrl).origin)
    expect(browser.gatewayOrigins()).toContain(origins[0])
    expect(browser.gatewayOrigins()).not.toContain(origins[1])
    expect(await portOpen(origins[1] ?? '')).toBe(false)
  })
})

describe('bodies and stopping', () => {
  let h: Awaited<ReturnType<typeof startHarness>>
  let site: Site
  let gateway = ''

  beforeAll(async () => {
    h = await startHarness('bounds')
    site = await startSite((req, res) => sendHtml(res, `<title>${req.url}</title>`))
    gateway = new URL((await h.open(`${site.origin}/`)).frameUrl).origin
  })

  afterAll(async () => {
    await site.close()
  })

  it('refuses a declared body over the limit before reading it, and the site never sees it', async () => {
    const answer = await browse(`${gateway}/upload`, {
      method: 'POST',
      headers: {
        ...NAVIGATION,
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(REQUEST_BODY_LIMIT + 1),
      },
      body: 'x',
    })
    expect(answer.status).toBe(413)
    expect(site.seen.some((s) => s.url === '/upload')).toBe(false)
  })

  it('closes every gateway when the core stops', async () => {
    await h.open(`${h.core.platformUrl}/connect/oauth2/authorize`)
    const origins = h.core.phoneBrowser.gatewayOrigins()
    expect(origins.length).toBeGreaterThanOrEqual(2)
    for (const origin of origins) expect(await portOpen(origin)).toBe(true)
    await h.stop()
    for (const origin of origins) expect(await portOpen(origin)).toBe(false)
    expect(h.core.phoneBrowser.gatewayOrigins()).toEqual([])
  })
})
