import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { request } from 'node:http'
import type { OutgoingHttpHeaders } from 'node:http'
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import { startCore } from '../../src/core/start-core'
import type { RunningCore } from '../../src/core/start-core'
import { TOKEN_HEADER } from '../../src/shared/control/contract'

let core: RunningCore

beforeAll(async () => {
  core = await startCore({
    host: 'node',
    version: 'test',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    seed: 'control-api',
  })
})
afterAll(async () => {
  await core.stop()
})

/** Raw HTTP so the test can set Host and Origin freely (fetch forbids setting Host). */
function call(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<{ status: number; json: unknown }> {
  const url = new URL(path, core.url)
  const body = options.body === undefined ? undefined : JSON.stringify(options.body)
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? (body ? 'POST' : 'GET'),
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => {
          let json: unknown = text
          try {
            json = JSON.parse(text)
          } catch {
            // keep the text
          }
          resolve({ status: res.statusCode ?? 0, json })
        })
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

const auth = () => ({ [TOKEN_HEADER]: core.token })

describe('control API guards (docs/design.md "Loopback only")', () => {
  it.each<{ name: string; headers: Record<string, string>; status: number; code: string }>([
    { name: 'no token', headers: {}, status: 401, code: 'token-missing' },
    {
      name: 'wrong token',
      headers: { [TOKEN_HEADER]: 'nope' },
      status: 401,
      code: 'token-invalid',
    },
    {
      name: 'DNS-rebinding Host',
      headers: { host: 'evil.example:80' },
      status: 403,
      code: 'host-forbidden',
    },
    {
      name: 'foreign Origin',
      headers: { origin: 'https://evil.example' },
      status: 403,
      code: 'origin-forbidden',
    },
  ])('$name → $status $code', async ({ headers, status, code }) => {
    const extra = 'host' in headers || 'origin' in headers ? auth() : {}
    const res = await call('/api/info', { headers: { ...extra, ...headers } })
    expect(res.status).toBe(status)
    expect(res.json).toMatchObject({ error: { code } })
  })

  it('accepts the token from its own origin and from scripts without Origin', async () => {
    const fromApp = await call('/api/info', { headers: { ...auth(), origin: core.url } })
    expect(fromApp.status).toBe(200)
    expect(fromApp.json).toEqual({ name: 'mpsim', version: 'test', host: 'node' })
    expect((await call('/api/info', { headers: auth() })).status).toBe(200)
  })

  it('answers bad input with 400 and the schema issues', async () => {
    const res = await call('/api/lab/signature', { headers: auth(), body: { token: 1 } })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ error: { code: 'invalid-input' } })
  })

  it('answers malformed JSON with 400, unknown commands with 404', async () => {
    const bad = await new Promise<number>((resolve, reject) => {
      const req = request(new URL('/api/lab/signature', core.url), {
        method: 'POST',
        headers: { ...auth(), 'content-type': 'application/json' },
      })
      req.on('response', (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end('{not json')
    })
    expect(bad).toBe(400)
    expect((await call('/api/nope', { headers: auth() })).status).toBe(404)
  })
})

/**
 * A POST with exact headers and bytes. `chunked` sends the body without a Content-Length, so the
 * limit can only be found while reading.
 */
function post(
  path: string,
  headers: OutgoingHttpHeaders,
  body: string | Buffer,
  chunked = false,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, core.url), { method: 'POST', headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => {
        let json: unknown = text
        try {
          json = JSON.parse(text)
        } catch {
          // keep the text
        }
        resolve({ status: res.statusCode ?? 0, json })
      })
    })
    // The server may answer and close before the whole body is out.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
    })
    if (chunked) {
      req.write(body)
      req.end()
    } else {
      req.end(body)
    }
  })
}

describe('control API answers client mistakes with 4xx, never 500', () => {
  const json = '{"token":"A","timestamp":"1","nonce":"2"}'
  const big = `{"token":"${'a'.repeat(3 * 1024 * 1024)}","timestamp":"1","nonce":"2"}`
  it.each<{
    name: string
    headers: OutgoingHttpHeaders
    body: string | Buffer
    chunked?: boolean
    status: number
    code: string
  }>([
    {
      name: 'gzip Content-Encoding',
      headers: { 'content-encoding': 'gzip' },
      body: gzipSync(json),
      status: 415,
      code: 'unsupported-encoding',
    },
    {
      name: 'deflate Content-Encoding',
      headers: { 'content-encoding': 'deflate' },
      body: deflateSync(json),
      status: 415,
      code: 'unsupported-encoding',
    },
    {
      name: 'br Content-Encoding',
      headers: { 'content-encoding': 'br' },
      body: brotliCompressSync(json),
      status: 415,
      code: 'unsupported-encoding',
    },
    {
      name: 'unknown Content-Encoding',
      headers: { 'content-encoding': 'x-mystery' },
      body: json,
      status: 415,
      code: 'unsupported-encoding',
    },
    {
      name: 'bogus charset',
      headers: { 'content-type': 'application/json; charset=klingon' },
      body: json,
      status: 415,
      code: 'unsupported-media-type',
    },
    {
      name: 'a body over the limit, declared',
      headers: {},
      body: big,
      status: 413,
      code: 'payload-too-large',
    },
    {
      name: 'a body over the limit, chunked',
      headers: {},
      body: big,
      chunked: true,
      status: 413,
      code: 'payload-too-large',
    },
  ])('$name → $status $code', async ({ headers, body, chunked, status, code }) => {
    const res = await post(
      '/api/lab/signature',
      { ...auth(), 'content-type': 'application/json', ...headers },
      body,
      chunked,
    )
    expect(res.status).toBe(status)
    expect(res.json).toMatchObject({ error: { code, message: expect.any(String) as string } })
  })
})

describe('Crypto lab commands', () => {
  it('works out the official URL-verification signature step by step', async () => {
    const res = await call('/api/lab/signature', {
      headers: auth(),
      body: {
        token: 'AAAAA',
        timestamp: '1714036504',
        nonce: '1514711492',
        received: 'f464b24fc39322e44b38aa78f5edd27bd1441696',
      },
    })
    expect(res.json).toMatchObject({
      signature: {
        sorted: ['1514711492', '1714036504', 'AAAAA'],
        sha1: 'f464b24fc39322e44b38aa78f5edd27bd1441696',
      },
      match: { against: 'signature', ok: true },
    })
  })

  it('encrypts the official reply vector byte for byte', async () => {
    const res = await call('/api/lab/encrypt', {
      headers: auth(),
      body: {
        encodingAesKey: 'A'.repeat(43),
        appId: 'wxba5fad812f8e6fb9',
        message: '{"demo_resp":"good luck"}',
        random: '707722b803182950',
        token: 'AAAAA',
        timestamp: '1713424427',
        nonce: '415670741',
      },
    })
    expect(res.json).toMatchObject({
      ok: true,
      encrypted: { padValue: 1, fullStrBytes: 63, cipherBytes: 64 },
      msgSignature: { sha1: '1b9339964ed2e271e7c7b6ff2b0ef902fc94dea1' },
      decrypted: { message: '{"demo_resp":"good luck"}' },
    })
  })

  it('returns a wrong key as a typed failure with the official code', async () => {
    const res = await call('/api/lab/decrypt', {
      headers: auth(),
      body: { encodingAesKey: 'A'.repeat(42), appId: 'wx', encrypt: 'AAAA' },
    })
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({
      ok: false,
      error: { code: 'IllegalAesKey', wxbizCode: -40004, detail: { length: 42 } },
    })
  })
})
