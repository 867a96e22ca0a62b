/**
 * What a gateway changes on the way back to the phone (docs/phone-browser.md "What the gateway
 * changes"), against a site of the test's own: Location to gateway addresses with the fragment
 * kept, the bridge first in <head> (or as early as the page allows), frame-blocking headers gone
 * and noted, cookies kept per site, Origin and Referer made real, compressed pages opened.
 */
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cookiePrefix } from '../../../src/core/browser/cookies'
import { browse, NAVIGATION, sendHtml, startHarness, startSite } from './harness'
import type { Harness } from './harness'

let h: Harness
let site: Awaited<ReturnType<typeof startSite>>
let other: Awaited<ReturnType<typeof startSite>>
let gateway = ''

const PAGES: Record<string, string> = {
  '/head':
    '<!doctype html><html lang="en"><head data-x="a>b"><title>Head</title></head><body>x</body></html>',
  '/no-head': '<!doctype html><html><body><p>no head</p></body></html>',
  '/bare': '<!DOCTYPE html><p>bare</p>',
  '/fragment': '<p>nothing at all</p>',
}

beforeAll(async () => {
  h = await startHarness('rewriting')
  other = await startSite((_req, res) => sendHtml(res, '<title>other</title>'))
  site = await startSite((req, res) => {
    const page = PAGES[req.url]
    if (page !== undefined) return sendHtml(res, page)
    switch (req.url) {
      case '/relative':
        res.writeHead(302, { Location: '/target?a=1#part' })
        return res.end()
      case '/elsewhere':
        res.writeHead(301, { Location: `${other.origin}/there#frag` })
        return res.end()
      case '/app-scheme':
        res.writeHead(302, { Location: 'weixin://dl/business/?t=abc' })
        return res.end()
      case '/framed':
        return sendHtml(res, '<html><head><title>Framed</title></head></html>', {
          'X-Frame-Options': 'DENY',
          'Content-Security-Policy': "default-src 'none'; style-src 'self'; frame-ancestors 'none'",
        })
      case '/cookie':
        res.writeHead(200, {
          'Set-Cookie': 'sid=s3cr3t; Path=/; Domain=bot.example; Secure; SameSite=None; HttpOnly',
          'Content-Type': 'text/plain',
        })
        return res.end('ok')
      case '/gzip':
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Encoding': 'gzip',
        })
        return res.end(gzipSync('<html><head><title>压缩</title></head><body>z</body></html>'))
      case '/style.css':
        res.writeHead(200, { 'Content-Type': 'text/css' })
        return res.end('body{}')
      default:
        return sendHtml(res, `<title>${req.url}</title>`)
    }
  })
  gateway = new URL((await h.open(`${site.origin}/`)).frameUrl).origin
})

afterAll(async () => {
  await h.stop()
  await site.close()
  await other.close()
})

describe('Location', () => {
  it.each([
    ['/relative', 'same gateway', (g: string) => `${g}/target?a=1#part`],
    ['/app-scheme', 'another scheme left as it was', () => 'weixin://dl/business/?t=abc'],
  ])('%s → %s', async (path, _what, expected) => {
    const answer = await browse(`${gateway}${path}`)
    expect(answer.headers.location).toBe(expected(gateway))
  })

  it("another site's address becomes that site's gateway, fragment kept", async () => {
    const answer = await browse(`${gateway}/elsewhere`)
    expect(answer.status).toBe(301)
    const next = new URL(answer.headers.location ?? '')
    expect(next.hostname).toBe('127.0.0.1')
    expect(next.origin).not.toBe(gateway)
    expect(`${next.pathname}${next.hash}`).toBe('/there#frag')
    const there = await browse(next.href)
    expect(there.body).toContain('<title>other</title>')
    const hop = h.pages().find((p) => p.analysis.url === `${site.origin}/elsewhere`)
    expect(hop?.analysis.redirectTo).toBe(`${other.origin}/there#frag`)
    expect(hop?.analysis.notes).toContain('location-rewritten')
  })
})

describe('the bridge in HTML pages', () => {
  const TAG = /<script src="\/__mpsim__\/bridge\.js" nonce="[\w-]+"><\/script>/
  it.each([
    ['/head', /<head data-x="a>b"><script src/],
    ['/no-head', /^<!doctype html><html><script src/],
    ['/bare', /^<!DOCTYPE html><script src/],
    ['/fragment', /^<script src/],
  ])('%s', async (path, where) => {
    const answer = await browse(`${gateway}${path}`)
    expect(answer.body).toMatch(TAG)
    expect(answer.body).toMatch(where)
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body))
    expect(answer.body.replace(TAG, '')).toBe(PAGES[path])
  })

  it('opens a gzip page the site compressed anyway, and reads its title', async () => {
    const answer = await browse(`${gateway}/gzip`)
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.body).toMatch(TAG)
    expect(h.pages().find((p) => p.analysis.url.endsWith('/gzip'))?.analysis.title).toBe('压缩')
  })

  it('serves the bridge script itself, knowing its real origin and the app', async () => {
    const answer = await browse(`${gateway}/__mpsim__/bridge.js`, {
      headers: { 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'script' },
    })
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(answer.body).toContain(JSON.stringify(site.origin))
    expect(answer.body).toContain(JSON.stringify(h.core.url))
    expect(answer.body).toContain('MicroMessenger/8.0.47')
  })
})

describe('headers', () => {
  it('removes X-Frame-Options and frame-ancestors, admits the bridge, and notes it', async () => {
    const answer = await browse(`${gateway}/framed`)
    expect(answer.headers['x-frame-options']).toBeUndefined()
    const csp = String(answer.headers['content-security-policy'])
    expect(csp).not.toContain('frame-ancestors')
    expect(csp).toContain("style-src 'self'")
    expect(csp).toContain(`script-src ${gateway}/__mpsim__/bridge.js`)
    expect(csp).toContain(`connect-src ${gateway}/__mpsim__/jssdk`)
    const hop = h.pages().find((p) => p.analysis.url === `${site.origin}/framed`)
    expect(hop?.analysis.notes).toContain('frame-block-removed')
    // The recorded answer is the site's own, before the gateway's changes.
    expect(hop?.attempts[0]?.response?.headers).toContainEqual(['X-Frame-Options', 'DENY'])
  })

  it("keeps the site's cookies to the site, under the gateway's prefix", async () => {
    const prefix = cookiePrefix(site.origin)
    const set = await browse(`${gateway}/cookie`, {
      headers: { 'Sec-Fetch-Mode': 'cors', 'Sec-Fetch-Dest': 'empty' },
    })
    expect(set.headers['set-cookie']).toEqual([`${prefix}sid=s3cr3t; Path=/; HttpOnly`])
    await browse(`${gateway}/echo-cookie`, {
      headers: { ...NAVIGATION, Cookie: `${prefix}sid=s3cr3t; mpother_x=1; plain=2` },
    })
    expect(site.seen.at(-1)?.headers.cookie).toBe('sid=s3cr3t')
  })

  it('translates Origin and Referer from gateway addresses to real ones', async () => {
    await browse(`${gateway}/posted`, {
      method: 'POST',
      headers: {
        ...NAVIGATION,
        Origin: gateway,
        Referer: `${gateway}/form?x=1`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'a=1',
    })
    const seen = site.seen.at(-1)
    expect(seen?.headers.origin).toBe(site.origin)
    expect(seen?.headers.referer).toBe(`${site.origin}/form?x=1`)
    expect(seen?.body).toBe('a=1')
    expect(seen?.headers['content-length']).toBe('3')
  })

  it('streams static files through without recording them', async () => {
    const before = h.pages().length
    const css = await browse(`${gateway}/style.css`, {
      headers: { 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'style' },
    })
    expect(css.body).toBe('body{}')
    expect(h.pages().length).toBe(before)
  })
})
