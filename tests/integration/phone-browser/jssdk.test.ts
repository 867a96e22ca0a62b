/**
 * The JS-SDK through a gateway (docs/phone-browser.md "JS-SDK"): the shim's POST to
 * /__mpsim__/jssdk gets WeChat's verdict on wx.config — signed over the page's real address, with
 * the mock's jsapi_ticket — and other wx.* calls their answer; each is a 'page' Exchange of the
 * walk with purpose 'jssdk'. Only the phone browser's own pages may call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jssdkSignature } from '../../../src/core/protocol/jssdk-signature'
import { browse, sendHtml, startHarness, startSite } from './harness'
import type { Harness } from './harness'

let h: Harness
let site: Awaited<ReturnType<typeof startSite>>
let gateway = ''
let walkId = ''
let ticket = ''

const JSON_POST = {
  'Content-Type': 'application/json',
  'Sec-Fetch-Mode': 'cors',
  'Sec-Fetch-Dest': 'empty',
}

interface Answer {
  ok: boolean
  errMsg: string
  exchangeId: string
  result?: { errMsg?: string }
}

async function call(body: unknown, origin = gateway): Promise<{ status: number; json: Answer }> {
  const answer = await browse(`${gateway}/__mpsim__/jssdk`, {
    method: 'POST',
    headers: { ...JSON_POST, Origin: origin },
    body: JSON.stringify(body),
  })
  return { status: answer.status, json: JSON.parse(answer.body) as Answer }
}

beforeAll(async () => {
  h = await startHarness('jssdk')
  site = await startSite((_req, res) => sendHtml(res, '<title>page</title>'))
  h.editAccount({ jsDomains: [`127.0.0.1:${site.port}`] })
  const opened = await h.open(`${site.origin}/page?x=1`)
  gateway = new URL(opened.frameUrl).origin
  walkId = opened.walkId
  const { appId, appSecret } = h.core.engine.account()
  const token = (await (
    await fetch(
      `${h.core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${appId}&secret=${appSecret}`,
    )
  ).json()) as { access_token: string }
  ticket = (
    (await (
      await fetch(
        `${h.core.platformUrl}/cgi-bin/ticket/getticket?access_token=${token.access_token}&type=jsapi`,
      )
    ).json()) as { ticket: string }
  ).ticket
})

afterAll(async () => {
  await h.stop()
  await site.close()
})

function config(url: string, signature?: string) {
  const timestamp = '1700000000'
  const nonceStr = 'n0nce'
  return {
    kind: 'config',
    appId: h.core.engine.account().appId,
    timestamp,
    nonceStr,
    signature: signature ?? jssdkSignature({ ticket, noncestr: nonceStr, timestamp, url }).sha1,
    jsApiList: ['chooseImage'],
    pageUrl: `${site.origin}/page?x=1#top`,
  }
}

describe('/__mpsim__/jssdk', () => {
  it('answers wx.config signed over the real address with config:ok, and records it', async () => {
    const { status, json } = await call(config(`${site.origin}/page?x=1`))
    expect(status).toBe(200)
    expect(json).toMatchObject({ ok: true, errMsg: 'config:ok' })
    const recorded = h.pages().find((p) => p.id === json.exchangeId)
    expect(recorded?.analysis).toMatchObject({
      purpose: 'jssdk',
      url: `${site.origin}/page?x=1#top`,
      walkId,
      jssdkConfig: { ok: true, errMsg: 'config:ok', appId: h.core.engine.account().appId },
    })
    expect(recorded?.title).toBe('wx.config')
  })

  it('answers a wrong signature with invalid signature', async () => {
    const { json } = await call(config(`${site.origin}/page?x=1`, 'f'.repeat(40)))
    expect(json).toMatchObject({ ok: false, errMsg: 'config:invalid signature' })
    const recorded = h.pages().find((p) => p.id === json.exchangeId)
    expect(recorded?.analysis.jssdkConfig?.expectedSignature).toMatch(/^[0-9a-f]{40}$/)
  })

  it('answers another wx.* call and records it with the user browsing', async () => {
    const { json } = await call({
      kind: 'call',
      api: 'getLocation',
      args: { type: 'wgs84' },
      pageUrl: `${site.origin}/page?x=1`,
      permission: 'granted',
    })
    expect(json.ok).toBe(true)
    expect(json.errMsg).toBe('getLocation:ok')
    const recorded = h.pages().find((p) => p.id === json.exchangeId)
    expect(recorded?.analysis.jssdkCall).toMatchObject({ api: 'getLocation', ok: true })
    expect(recorded?.openid).toBe(h.core.engine.phoneUser(h.core.engine.account().id))
  })

  it.each([
    ['from another origin', { ...JSON_POST, Origin: 'http://127.0.0.1:1' }, 403],
    ['without an Origin', { ...JSON_POST }, 403],
  ])('refuses a call %s', async (_what, headers, status) => {
    const before = h.pages().length
    const answer = await browse(`${gateway}/__mpsim__/jssdk`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ kind: 'call', api: 'getLocation', pageUrl: site.origin }),
    })
    expect(answer.status).toBe(status)
    expect(h.pages().length).toBe(before)
  })

  it.each([
    ['not JSON', '{', 400],
    ['an unknown kind', JSON.stringify({ kind: 'other' }), 400],
  ])('refuses %s', async (_what, body, status) => {
    const answer = await browse(`${gateway}/__mpsim__/jssdk`, {
      method: 'POST',
      headers: { ...JSON_POST, Origin: gateway },
      body,
    })
    expect(answer.status).toBe(status)
  })
})
