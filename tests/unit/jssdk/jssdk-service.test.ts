import { describe, expect, it } from 'vitest'
import { TICKET_LIFETIME_MS } from '../../../src/core/platform/state/tickets'
import { PHONE_SPOT } from '../../../src/shared/model/phone-place'
import { ACCOUNT, GATEWAY, PAGE, jssdkHarness } from './jssdk-harness'

const LIST = ['chooseImage', 'getLocation'] as const

describe('JssdkService.config (protocol.md §11)', () => {
  it('accepts a page signed over its own address with the ticket in force', () => {
    const h = jssdkHarness()
    const fact = h.service.config({
      ...h.signed(PAGE),
      pageUrl: `${PAGE}#menu`,
      frameUrl: `${GATEWAY}#menu`,
      jsApiList: LIST,
    })
    expect(fact).toMatchObject({
      ok: true,
      errMsg: 'config:ok',
      url: PAGE,
      fragmentStripped: '#menu',
      signatureMatch: 'page-url',
      domain: '127.0.0.1:5176',
      // No jsDomains set: the callback domain stands in.
      allowedDomains: ['127.0.0.1:5176'],
      jsApiList: LIST,
    })
    expect(fact.ticket).toBe(h.tickets.current(ACCOUNT.id, 'jsapi').ticket)
  })

  it('checks the domain against jsDomains when the account sets them', () => {
    const h = jssdkHarness({ ...ACCOUNT, jsDomains: ['mp.example.com'] })
    const fact = h.service.config({
      ...h.signed(PAGE),
      pageUrl: PAGE,
      frameUrl: GATEWAY,
      jsApiList: [],
    })
    expect(fact).toMatchObject({
      ok: false,
      errMsg: 'config:invalid url domain',
      problem: 'invalid-url-domain',
      allowedDomains: ['mp.example.com'],
    })
  })

  it('answers an unknown AppID with invalid appid', () => {
    const h = jssdkHarness()
    const fact = h.service.config({
      ...h.signed(PAGE),
      appId: 'wxffffffffffffffff',
      pageUrl: PAGE,
      frameUrl: GATEWAY,
      jsApiList: [],
    })
    expect(fact).toMatchObject({ ok: false, errMsg: 'config:invalid appid' })
  })

  it('names a ticket that expired while the bot kept using it', () => {
    const h = jssdkHarness()
    const old = h.tickets.current(ACCOUNT.id, 'jsapi').ticket
    h.clock.advance(TICKET_LIFETIME_MS + 1000)
    const fact = h.service.config({
      ...h.signed(PAGE, old),
      pageUrl: PAGE,
      frameUrl: GATEWAY,
      jsApiList: [],
    })
    expect(fact).toMatchObject({
      errMsg: 'config:invalid signature',
      signatureMatch: 'previous-ticket',
    })
    expect(fact.ticket).not.toBe(old)
  })

  it('names the wx_card ticket without issuing one', () => {
    const h = jssdkHarness()
    expect(h.tickets.peek(ACCOUNT.id, 'wx_card')).toBeUndefined()
    const card = h.tickets.current(ACCOUNT.id, 'wx_card').ticket
    const fact = h.service.config({
      ...h.signed(PAGE, card),
      pageUrl: PAGE,
      frameUrl: GATEWAY,
      jsApiList: [],
    })
    expect(fact.signatureMatch).toBe('wx-card-ticket')
  })

  it('accepts a signature over the gateway address, saying so', () => {
    const h = jssdkHarness()
    const fact = h.service.config({
      ...h.signed(GATEWAY),
      pageUrl: PAGE,
      frameUrl: GATEWAY,
      jsApiList: [],
    })
    expect(fact).toMatchObject({ ok: true, signatureMatch: 'gateway-url' })
    expect(fact.signedString1).toContain(`&url=${GATEWAY}`)
  })
})

describe('JssdkService.call', () => {
  const call = (api: string, args: unknown = {}, extra = {}) =>
    jssdkHarness().service.call({ api, args, pageUrl: PAGE, accountId: ACCOUNT.id, ...extra })

  it('chooseImage answers localIds from the phone album, getLocalImgData their pictures', () => {
    const h = jssdkHarness()
    const chosen = h.service.call({
      api: 'chooseImage',
      args: { count: 2 },
      pageUrl: PAGE,
      accountId: ACCOUNT.id,
    })
    expect(chosen.ok).toBe(true)
    const result = chosen.result as { localIds: string[]; errMsg: string }
    expect(result.errMsg).toBe('chooseImage:ok')
    expect(result.localIds).toHaveLength(2)
    for (const id of result.localIds) expect(id).toMatch(/^wxLocalResource:\/\/imageid\d{16}$/)
    const data = h.service.call({
      api: 'getLocalImgData',
      args: { localId: result.localIds[0] },
      pageUrl: PAGE,
      accountId: ACCOUNT.id,
    })
    expect(data.result).toMatchObject({ errMsg: 'getLocalImgData:ok' })
    expect((data.result as { localData: string }).localData).toMatch(
      /^data:image\/svg\+xml;base64,/,
    )
    expect(JSON.parse(chosen.answer)).toEqual(result)
    expect(JSON.parse(chosen.args)).toEqual({ count: 2 })
  })

  it('getLocation answers the phone’s place, in the doc’s shape', () => {
    const { result } = call('getLocation', { type: 'gcj02' })
    expect(result).toEqual({
      latitude: Number(PHONE_SPOT.lat),
      longitude: Number(PHONE_SPOT.lng),
      speed: 0,
      accuracy: 30,
      type: 'gcj02',
      errMsg: 'getLocation:ok',
    })
  })

  it('records share settings and answers ok', () => {
    const share = { title: 't', desc: 'd', link: PAGE, imgUrl: 'http://127.0.0.1:5176/x.png' }
    const fact = call('updateAppMessageShareData', share)
    expect(fact).toMatchObject({ ok: true, api: 'updateAppMessageShareData' })
    expect(JSON.parse(fact.args)).toEqual(share)
    expect(fact.result).toEqual({ errMsg: 'updateAppMessageShareData:ok' })
  })

  it('fails what a desk cannot do, with the reason', () => {
    expect(call('scanQRCode').result).toEqual({
      errMsg: 'scanQRCode:fail, the simulated phone has no camera',
    })
    expect(call('chooseWXPay').ok).toBe(false)
    expect(call('noSuchApi').result).toEqual({ errMsg: 'noSuchApi:fail, no such JS-SDK API' })
  })

  it('answers the shim’s denials with the doc’s words', () => {
    expect(call('chooseImage', {}, { permission: 'not-in-list' }).result).toEqual({
      errMsg: 'chooseImage:permission denied',
    })
    expect(call('getLocation', {}, { permission: 'not-configured' }).result).toEqual({
      errMsg: 'getLocation:the permission value is offline verifying',
    })
  })

  it('checkJsApi tells which APIs exist', () => {
    const { result } = call('checkJsApi', { jsApiList: ['chooseImage', 'fly'] })
    expect(result).toEqual({
      checkResult: { chooseImage: true, fly: false },
      errMsg: 'checkJsApi:ok',
    })
  })

  it('takes arguments that are not an object as none', () => {
    expect(call('getNetworkType', 'text').args).toBe('{}')
  })
})
