import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { verifyUrl } from '../../../src/core/engine/verify'
import { seededRandom } from '../../../src/core/runtime/random'
import { VERIFY_CODES } from '../../../src/shared/model/verify-codes'
import { VERIFY_TEXT } from '../../../src/shared/explain/verify-problems'
import { closedPortUrl, startTinyServer } from '../../helpers/tiny-server'
import type { TinyHandler, TinyServer } from '../../helpers/tiny-server'

const TOKEN = 'mpsimtoken'
let servers: TinyServer[] = []
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()))
  servers = []
})

function query(url: string | undefined): URLSearchParams {
  return new URL(url ?? '/', 'http://x').searchParams
}

function signatureOk(q: URLSearchParams, token: string): boolean {
  const parts = [token, q.get('timestamp') ?? '', q.get('nonce') ?? ''].sort()
  return createHash('sha1').update(parts.join('')).digest('hex') === q.get('signature')
}

/** A bot that checks the signature with `token` and answers `shape(echostr)`. */
function bot(token: string, shape: (echostr: string) => string): TinyHandler {
  return (req, res) => {
    const q = query(req.url)
    if (!signatureOk(q, token)) {
      res.writeHead(403).end('bad signature')
      return
    }
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end(shape(q.get('echostr') ?? ''))
  }
}

async function run(handler: TinyHandler, extra: { timeoutMs?: number; probe?: boolean } = {}) {
  const server = await startTinyServer(handler)
  servers.push(server)
  return verifyUrl({
    botUrl: server.url,
    token: TOKEN,
    now: () => 1714036504,
    random: seededRandom('verify'),
    timeoutMs: extra.timeoutMs ?? 2000,
    probeForgedSignature: extra.probe ?? false,
  })
}

describe('URL verification (protocol.md §3)', () => {
  it('sends signature, echostr, timestamp, nonce in that order with WeChat headers', async () => {
    const result = await run(bot(TOKEN, (e) => e))
    expect(result.verdict).toMatchObject({ ok: true, code: 'passed' })
    const request = result.attempts[0]?.request
    expect([...new URL(request?.url ?? '').searchParams.keys()]).toEqual([
      'signature',
      'echostr',
      'timestamp',
      'nonce',
    ])
    expect(request?.headers).toContainEqual(['User-Agent', 'Mozilla/4.0'])
    expect(result.echostr).toMatch(/^[1-9]\d{18}$/)
  })

  it.each([
    {
      name: 'trailing newline',
      shape: (e: string) => `${e}\n`,
      code: 'echostr-trailing-whitespace',
    },
    { name: 'BOM', shape: (e: string) => `\uFEFF${e}`, code: 'echostr-bom' },
    { name: 'JSON string', shape: (e: string) => JSON.stringify(e), code: 'echostr-quoted' },
    {
      name: 'DRF JSON',
      shape: (e: string) => JSON.stringify({ echostr: e }),
      code: 'echostr-wrapped-json',
    },
    {
      name: 'HTML page',
      shape: (e: string) => `<html><body>${e}</body></html>`,
      code: 'echostr-wrapped-html',
    },
    { name: 'empty', shape: () => '', code: 'echostr-empty' },
    { name: 'other text', shape: () => 'hello', code: 'echostr-mismatch' },
  ])('$name → $code', async ({ shape, code }) => {
    const result = await run(bot(TOKEN, shape))
    expect(result.verdict).toMatchObject({ ok: false, code })
  })

  it('a bot with another Token answers 403: signature-rejected, with our digest to compare', async () => {
    const result = await run(bot('othertoken', (e) => e))
    expect(result.verdict).toMatchObject({ ok: false, code: 'signature-rejected' })
    expect(result.verdict.detail).toMatchObject({
      status: 403,
      ourSignature: result.signature.sha1,
    })
  })

  it('a 500 is a plain http-status failure', async () => {
    const result = await run((_req, res) => {
      res.writeHead(500).end('Traceback …')
    })
    expect(result.verdict).toMatchObject({
      ok: false,
      code: 'http-status',
      detail: { status: 500 },
    })
  })

  it('a redirect is not followed', async () => {
    const result = await run((_req, res) => {
      res.writeHead(301, { Location: '/wechat/' }).end()
    })
    expect(result.verdict).toMatchObject({ code: 'redirect', detail: { location: '/wechat/' } })
  })

  it('a bot that hangs fails on the deadline', async () => {
    const result = await run(() => undefined, { timeoutMs: 300 })
    expect(result.verdict.code).toBe('timeout')
    expect(result.attempts[0]?.durationMs).toBeGreaterThanOrEqual(290)
  })

  it('a bot that resets the connection', async () => {
    const result = await run((req) => {
      req.socket.destroy()
    })
    expect(result.verdict.code).toBe('connection-reset')
  })

  it('nothing listening: connection refused', async () => {
    const result = await verifyUrl({
      botUrl: await closedPortUrl(),
      token: TOKEN,
      now: () => 1,
      random: seededRandom('x'),
    })
    expect(result.verdict.code).toBe('connection-refused')
  })

  it('the forged-signature probe flags a bot that never checks signatures', async () => {
    const careless = await run(
      (req, res) => {
        res.end(query(req.url).get('echostr') ?? '')
      },
      { probe: true },
    )
    expect(careless.verdict).toMatchObject({ ok: true, acceptsForgedSignature: true })
    const careful = await run(
      bot(TOKEN, (e) => e),
      { probe: true },
    )
    expect(careful.verdict).toMatchObject({ ok: true, acceptsForgedSignature: false })
    expect(careful.attempts).toHaveLength(2)
  })

  it('every outcome has zh and en words', () => {
    for (const code of VERIFY_CODES) {
      expect(VERIFY_TEXT[code].zh.title.length).toBeGreaterThan(0)
      expect(VERIFY_TEXT[code].en.fix.length).toBeGreaterThan(0)
    }
  })
})
