/**
 * WeChat-browser quirks on a walk (docs/phone-browser.md "Quirks"): `nsukey` added when a site
 * answers the OAuth callback with a slash-adding 301/302, and the callback requested twice when
 * the walk asks for it and the authorize address lacks connect_redirect=1 — so the site's second
 * code exchange meets 40163.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Account } from '../../../src/shared/model/account'
import { follow, sendHtml, startHarness, startSite } from './harness'
import type { Harness } from './harness'

let h: Harness
let site: Awaited<ReturnType<typeof startSite>>
let account: Account

function authorize(callbackPath: string, extra = ''): string {
  const redirect = encodeURIComponent(`${site.origin}${callbackPath}`)
  return (
    `https://open.weixin.qq.com/connect/oauth2/authorize?appid=${account.appId}` +
    `&redirect_uri=${redirect}&response_type=code&scope=snsapi_base&state=st${extra}` +
    '#wechat_redirect'
  )
}

/** The site trades the code as a bot would, and shows WeChat's errcode. */
async function tradeCode(code: string): Promise<number> {
  const url =
    `${h.core.platformUrl}/sns/oauth2/access_token?appid=${account.appId}` +
    `&secret=${account.appSecret}&code=${encodeURIComponent(code)}&grant_type=authorization_code`
  const answer = (await (await fetch(url)).json()) as { errcode?: number }
  return answer.errcode ?? 0
}

beforeAll(async () => {
  h = await startHarness('quirks')
  site = await startSite((req, res) => {
    const url = new URL(req.url, 'http://site')
    if (url.pathname === '/start-slash') {
      res.writeHead(302, { Location: authorize('/cb') })
      return res.end()
    }
    if (url.pathname.startsWith('/start-twice')) {
      res.writeHead(302, { Location: authorize('/trade/', url.search.replace('?', '&')) })
      return res.end()
    }
    if (url.pathname === '/cb') {
      // A framework adding the slash (Django's APPEND_SLASH and friends).
      res.writeHead(301, { Location: `/cb/${url.search}` })
      return res.end()
    }
    if (url.pathname === '/trade/') {
      void tradeCode(url.searchParams.get('code') ?? '').then((errcode) =>
        sendHtml(res, `<title>errcode ${errcode}</title>`),
      )
      return
    }
    sendHtml(res, `<title>${url.pathname}</title>`)
  })
  account = h.editAccount({ callbackDomain: `127.0.0.1:${site.port}` })
})

afterAll(async () => {
  await h.stop()
  await site.close()
})

describe('nsukey', () => {
  it("is added to the callback's slash-adding redirect, and recorded as a note", async () => {
    const opened = await h.open(`${site.origin}/start-slash`)
    const { addresses, final } = await follow(opened.frameUrl)
    expect(final.status).toBe(200)
    const last = new URL(addresses.at(-1) ?? '')
    expect(last.pathname).toBe('/cb/')
    expect(last.searchParams.get('state')).toBe('st')
    expect(last.searchParams.get('nsukey')).toMatch(/^\w{24}$/)
    expect(site.seen.at(-1)?.url).toMatch(/^\/cb\/\?code=\w+&state=st&nsukey=\w{24}$/)

    const hop = h.pages().find((p) => p.analysis.url.startsWith(`${site.origin}/cb?`))
    expect(hop?.analysis.walkId).toBe(opened.walkId)
    expect(hop?.analysis.notes).toContain('nsukey-added')
    expect(hop?.analysis.redirectTo).toBe(`${site.origin}${site.seen.at(-1)?.url ?? ''}`)
    // What the site itself answered is recorded as it was, without nsukey.
    const sent = hop?.attempts[0]?.response?.headers.find(([n]) => n.toLowerCase() === 'location')
    expect(sent?.[1]).not.toContain('nsukey')
  })
})

describe('the repeated callback', () => {
  it('requests the callback twice: the page shows the second answer, 40163', async () => {
    const opened = await h.open(`${site.origin}/start-twice`, { quirks: { repeatCallback: true } })
    const before = site.seen.length
    const { final } = await follow(opened.frameUrl)
    expect(final.body).toContain('<title>errcode 40163</title>')
    const callbacks = site.seen.slice(before).filter((s) => s.url.startsWith('/trade/'))
    expect(callbacks).toHaveLength(2)
    expect(callbacks[0]?.url).toBe(callbacks[1]?.url)
    const hops = h
      .pages()
      .filter((p) => p.analysis.walkId === opened.walkId && p.analysis.url.includes('/trade/'))
    expect(hops.map((p) => p.analysis.notes)).toEqual([
      ['callback-repeated-first'],
      ['callback-repeated-second'],
    ])
    expect(hops.map((p) => p.analysis.title)).toEqual(['errcode 0', 'errcode 40163'])
  })

  it('is not repeated when the authorize address carries connect_redirect=1', async () => {
    const opened = await h.open(`${site.origin}/start-twice?connect_redirect=1`, {
      quirks: { repeatCallback: true },
    })
    const before = site.seen.length
    const { final } = await follow(opened.frameUrl)
    expect(final.body).toContain('<title>errcode 0</title>')
    expect(site.seen.slice(before).filter((s) => s.url.startsWith('/trade/'))).toHaveLength(1)
  })

  it('is not repeated on a walk without the quirk', async () => {
    const opened = await h.open(`${site.origin}/start-twice`)
    const before = site.seen.length
    const { final } = await follow(opened.frameUrl)
    expect(final.body).toContain('<title>errcode 0</title>')
    expect(site.seen.slice(before).filter((s) => s.url.startsWith('/trade/'))).toHaveLength(1)
  })
})
