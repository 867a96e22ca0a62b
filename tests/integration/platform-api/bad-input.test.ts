/** Hostile or clumsy requests get a clear answer and never take the platform down. */
import { request } from 'node:http'
import type { OutgoingHttpHeaders } from 'node:http'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { Directory } from '../../../src/core/context/directory'
import { ACCOUNT, FOLLOWER, buildContext } from './context'
import { startPlatform } from './client'
import type { Platform } from './client'

let platform: Platform
let access_token: string
beforeAll(async () => {
  platform = await startPlatform()
  access_token = await platform.token()
})
afterAll(async () => {
  await platform.close()
})

const SEND = '/cgi-bin/message/custom/send'

describe('bad bodies', () => {
  it.each([
    ['malformed JSON', '{"touser":', 47001, 'invalid-json'],
    ['a JSON array', '[1,2]', 47001, 'not-an-object'],
    ['a JSON string', '"hello"', 47001, 'not-an-object'],
    ['a form body', 'touser=x&msgtype=text', 47001, 'invalid-json'],
    ['an empty body', '', 44002, 'empty-body'],
  ])('%s → %i, noted on the Exchange', async (_name, raw, errcode, problem) => {
    const before = platform.exchanges.length
    const r = await platform.post(SEND, null, { query: { access_token }, raw })
    expect(r.status).toBe(200)
    expect(r.json.errcode).toBe(errcode)
    const exchanges = await platform.waitForExchanges(before + 1)
    expect(exchanges.at(-1)?.analysis?.bodyProblem).toBe(problem)
  })

  it('reads JSON sent with a non-JSON Content-Type, with a warning', async () => {
    const before = platform.exchanges.length
    const body = JSON.stringify({ touser: FOLLOWER, msgtype: 'text', text: { content: 'x' } })
    const r = await platform.post(SEND, null, {
      query: { access_token },
      raw: body,
      contentType: 'application/x-www-form-urlencoded',
    })
    expect(r.json.errcode).toBe(45015) // parsed fine; the window is what stops it
    const exchanges = await platform.waitForExchanges(before + 1)
    expect(exchanges.at(-1)?.analysis?.warnings).toEqual(['content-type-not-json'])
  })

  it('answers a 10 MB body with HTTP 413 JSON, records it and keeps serving', async () => {
    const before = platform.exchanges.length
    const big = Buffer.alloc(10 * 1024 * 1024, 0x61)
    const r = await platform.post(SEND, null, { query: { access_token }, raw: big })
    expect(r.status).toBe(413)
    expect(r.headers.get('content-type')).toBe('application/json; encoding=utf-8')
    expect(r.json.errcode).toBe(45002)
    expect(r.json.mpsim_hint).toBe('request body over 1048576 bytes')
    const exchanges = await platform.waitForExchanges(before + 1)
    expect(exchanges.at(-1)).toMatchObject({
      title: SEND,
      errcode: 45002,
      analysis: { problem: 'body-too-large' },
    })
    const ok = await platform.get('/cgi-bin/getcallbackip', { access_token })
    expect(ok.json.ip_list).toBeDefined()
  })

  it('answers an unsupported Content-Encoding with 415 and 47001', async () => {
    const r = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        `${platform.url}${SEND}?access_token=${access_token}`,
        {
          method: 'POST',
          headers: { 'content-encoding': 'x-compress', 'content-type': 'application/json' },
        },
        (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (c: string) => (text += c))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
        },
      )
      req.on('error', reject)
      req.end('{}')
    })
    expect(r.status).toBe(415)
    expect((JSON.parse(r.text) as { errcode: number }).errcode).toBe(47001)
  })

  it('ignores duplicate query parameters after the first', async () => {
    const r = await fetch(
      `${platform.url}/cgi-bin/getcallbackip?access_token=${access_token}&access_token=junk`,
    )
    expect(((await r.json()) as { ip_list?: unknown }).ip_list).toBeDefined()
  })
})

/** One raw request (exact path and headers); a dropped connection resolves with status 0. */
function rawRequest(
  url: string,
  init: { method?: string; headers?: OutgoingHttpHeaders; body?: string | Buffer },
): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', () => resolve(0))
    req.end(init.body)
  })
}

describe('the AppSecret in the exchange log', () => {
  /** Not an account's secret: only the by-name rules can hide it. */
  const S = 'feedfacefeedfacefeedfacefeedface'
  const appid = ACCOUNT.appId
  const token = `/cgi-bin/token?grant_type=client_credential&appid=${appid}`
  const stable = '/cgi-bin/stable_token'
  const json = { 'content-type': 'application/json' }
  it.each<{
    name: string
    path: string
    method?: string
    headers?: OutgoingHttpHeaders
    body?: string | Buffer
    secret?: string
    drop?: boolean
  }>([
    { name: 'percent-encoded query key (the platform reads it)', path: `${token}&%73ecret=${S}` },
    { name: 'upper-case query key', path: `${token}&SECRET=${S}` },
    {
      name: 'the real secret under a mistyped key',
      path: `${token}&app_key=${ACCOUNT.appSecret}`,
      secret: ACCOUNT.appSecret,
    },
    { name: 'a 40001 answer', path: `/cgi-bin/getcallbackip?access_token=bad&%73ecret=${S}` },
    { name: 'an unknown API (40066)', path: `/cgi-bin/nope?Secret=${S}` },
    {
      name: '/sns with a mixed-case key',
      path: `/sns/oauth2/access_token?appid=${appid}&Secret=${S}&code=c&grant_type=authorization_code`,
    },
    {
      name: 'a JSON \\u escape in the key',
      path: stable,
      method: 'POST',
      headers: json,
      body: `{"grant_type":"client_credential","appid":"${appid}","\\u0073ecret":"${S}"}`,
    },
    {
      name: 'a form-encoded body (47001)',
      path: stable,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=client_credential&appid=${appid}&secret=${S}`,
    },
    {
      name: 'malformed JSON with an upper-case key (47001)',
      path: stable,
      method: 'POST',
      headers: json,
      body: `{"appid":"${appid}","SECRET":"${S}"`,
    },
    {
      name: 'a header',
      path: '/cgi-bin/getcallbackip',
      headers: { 'x-wx-secret': S },
    },
    {
      name: 'a body over the limit (413)',
      path: `${stable}?%73ecret=${S}`,
      method: 'POST',
      headers: json,
      body: Buffer.alloc(2 * 1024 * 1024, 0x20),
    },
    {
      name: 'an unsupported Content-Encoding (415)',
      path: `${stable}?SECRET=${S}`,
      method: 'POST',
      headers: { ...json, 'content-encoding': 'x-compress' },
      body: '{}',
    },
    { name: 'a dropped connection (fault)', path: `${token}&%73ecret=${S}`, drop: true },
  ])('$name', async ({ path, method, headers, body, secret = S, drop }) => {
    if (drop) {
      platform.ctx.faults.set({ path: '/cgi-bin/token', fault: { kind: 'drop' }, remaining: 1 })
    }
    const before = platform.exchanges.length
    await rawRequest(`${platform.url}${path}`, { method, headers, body })
    const exchanges = await platform.waitForExchanges(before + 1)
    expect(exchanges).toHaveLength(before + 1)
    const logged = JSON.stringify(exchanges.at(-1))
    expect(logged).toContain('<redacted:')
    expect(logged).not.toContain(secret)
  })
})

describe('a bug inside mpsim', () => {
  it('answers HTTP 500 with errcode -1, records the call once and keeps serving', async () => {
    class BrokenDirectory extends Directory {
      override accountByAppId(): undefined {
        throw new Error('boom')
      }
    }
    const ctx = { ...buildContext(), directory: new BrokenDirectory([ACCOUNT]) }
    const broken = await startPlatform({ ctx })
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const r = await broken.get('/cgi-bin/token', {
        grant_type: 'client_credential',
        appid: ACCOUNT.appId,
        secret: ACCOUNT.appSecret,
      })
      expect(r.status).toBe(500)
      expect(r.json).toMatchObject({ errcode: -1, mpsim_hint: 'mpsim internal error; see its log' })
      expect(quiet).toHaveBeenCalledOnce()
      const again = await broken.get('/cgi-bin/getcallbackip')
      expect(again.json.errcode).toBe(41001)
      const exchanges = await broken.waitForExchanges(2)
      expect(exchanges.map((e) => [e.title, e.errcode])).toEqual([
        ['/cgi-bin/token', -1],
        ['/cgi-bin/getcallbackip', 41001],
      ])
    } finally {
      quiet.mockRestore()
      await broken.close()
    }
  })
})
