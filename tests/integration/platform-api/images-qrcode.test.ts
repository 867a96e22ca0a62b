/**
 * GET /cgi-bin/showqrcode?ticket= the way bots fetch it (docs/api-images.md "QR codes"): a plain
 * GET without access_token, the ticket URL-encoded once; the JPEG is decoded with jpeg-js and read
 * with jsQR, as a phone camera would, and must say the ticket's url.
 */
import jpeg from 'jpeg-js'
import jsQR from 'jsqr'
import { afterEach, describe, expect, it } from 'vitest'
import { startPlatform } from './client'
import type { Platform } from './client'

let platform: Platform
afterEach(async () => {
  await platform.close()
})

async function createCode(body: unknown): Promise<{ ticket: string; url: string }> {
  const access_token = await platform.token()
  const r = await platform.post('/cgi-bin/qrcode/create', body, { query: { access_token } })
  return r.json as { ticket: string; url: string }
}

const TEMPORARY = {
  expire_seconds: 300,
  action_name: 'QR_SCENE',
  action_info: { scene: { scene_id: 7 } },
}

/** The query string written by hand, so the test controls exactly how the ticket is encoded. */
function fetchImage(rawQuery: string): Promise<Response> {
  return fetch(`${platform.url}/cgi-bin/showqrcode?${rawQuery}`)
}

function readQr(bytes: Buffer): { width: number; height: number; text: string | undefined } {
  const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true })
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)
  return { width: image.width, height: image.height, text: found?.data }
}

describe('GET /cgi-bin/showqrcode', () => {
  it.each([
    ['a temporary code', TEMPORARY],
    [
      'a permanent string-scene code',
      { action_name: 'QR_LIMIT_STR_SCENE', action_info: { scene: { scene_str: 'poster-42' } } },
    ],
  ])('answers %s as a 430 × 430 JPEG that reads back as its url', async (_name, body) => {
    platform = await startPlatform()
    const code = await createCode(body)
    const res = await fetchImage(`ticket=${encodeURIComponent(code.ticket)}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpg')
    expect(res.headers.get('cache-control')).toBe('max-age=604800')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
    expect(readQr(bytes)).toEqual({ width: 430, height: 430, text: code.url })
  })

  it('is recorded as an Exchange of the ticket’s account', async () => {
    platform = await startPlatform()
    const code = await createCode(TEMPORARY)
    await fetchImage(`ticket=${encodeURIComponent(code.ticket)}`)
    const exchanges = await platform.waitForExchanges(3)
    const shown = exchanges.find((e) => e.title.startsWith('/cgi-bin/showqrcode'))
    expect(shown?.accountId).toBe('acc-1')
    expect(shown?.attempts[0]?.response?.status).toBe(200)
  })

  it('answers an unknown ticket with HTTP 404 as WeChat does', async () => {
    platform = await startPlatform()
    const res = await fetchImage('ticket=gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xLw%3D%3D')
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('no QR code has this ticket')
  })

  it('answers a missing ticket with 404', async () => {
    platform = await startPlatform()
    expect((await fetchImage('')).status).toBe(404)
  })

  it('answers a temporary ticket past expire_seconds with 404', async () => {
    platform = await startPlatform()
    const code = await createCode(TEMPORARY)
    platform.ctx.clock.advance(301_000)
    const res = await fetchImage(`ticket=${encodeURIComponent(code.ticket)}`)
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('expired')
  })

  it('answers a ticket whose + was sent raw (read as a space) with 404 and says why', async () => {
    platform = await startPlatform()
    // Tickets are random base64: within a bounded number of codes one carries a '+'.
    let ticket = ''
    for (let i = 0; i < 50 && !ticket.includes('+'); i++)
      ticket = (await createCode(TEMPORARY)).ticket
    expect(ticket).toContain('+')
    const res = await fetchImage(`ticket=${ticket.replace(/\//g, '%2F').replace(/=/g, '%3D')}`)
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('not URL-encoded')
    const exchanges = await platform.waitForExchanges(1)
    const shown = exchanges.filter((e) => e.title.startsWith('/cgi-bin/showqrcode')).at(-1)
    expect(shown?.kind === 'api' ? shown.analysis?.problem : undefined).toBe(
      'qr-ticket-not-url-encoded',
    )
  })

  it('answers a ticket encoded twice (the wechatpy#113 bug) with 404', async () => {
    platform = await startPlatform()
    const code = await createCode(TEMPORARY)
    const res = await fetchImage(`ticket=${encodeURIComponent(encodeURIComponent(code.ticket))}`)
    expect(res.status).toBe(404)
  })

  it('answers POST with 43001 like any GET-only API', async () => {
    platform = await startPlatform()
    const r = await platform.post('/cgi-bin/showqrcode', {}, { query: { ticket: 'x' } })
    expect(r.json.errcode).toBe(43001)
  })
})
