import { afterEach, describe, expect, it } from 'vitest'
import { deliverPush } from '../../../src/core/engine/deliver'
import type { EngineDeps, PushDelivery } from '../../../src/core/engine/deliver'
import { createSimClock } from '../../../src/core/runtime/clock'
import { EventBus } from '../../../src/core/runtime/event-bus'
import { seededRandom } from '../../../src/core/runtime/random'
import type { PushExchange } from '../../../src/shared/model/exchange'
import { startTinyServer } from '../../helpers/tiny-server'
import type { TinyHandler, TinyServer } from '../../helpers/tiny-server'
import { ACCOUNT, OPENID, goodBot, readPush, seal, textReply } from './bots'

let servers: TinyServer[] = []
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()))
  servers = []
})

function deps(bus = new EventBus()): EngineDeps {
  let n = 0
  return {
    clock: createSimClock({ startMs: 1_700_000_000_000, frozen: true }),
    random: seededRandom('deliver'),
    bus,
    newExchangeId: () => `ex${++n}`,
  }
}

async function deliver(
  handler: TinyHandler,
  extra: Partial<PushDelivery> & { timeoutMs?: number; attempts?: number; bus?: EventBus } = {},
): Promise<PushExchange> {
  const server = await startTinyServer(handler)
  servers.push(server)
  return deliverPush(
    deps(extra.bus),
    {
      account: ACCOUNT,
      openid: OPENID,
      typeId: 'text',
      values: { Content: '你好' },
      botUrl: server.url,
      ...extra,
    },
    { attempts: extra.attempts ?? 3, timeoutMs: extra.timeoutMs ?? 2000, sideEffectGraceMs: 50 },
  )
}

const codes = (ex: PushExchange) => ex.verdict?.problems.map((p) => p.code) ?? []
const analysis = (ex: PushExchange) => ex.analysis

describe('push delivery as WeChat does it (protocol.md §4)', () => {
  it.each(['plain', 'compatible', 'safe'] as const)(
    '%s mode: the good bot is answered',
    async (mode) => {
      const ex = await deliver(goodBot, { mode })
      expect(ex.verdict).toMatchObject({
        outcome: 'reply',
        phoneView: { kind: 'text', content: 'echo: 你好' },
      })
      expect(ex.attempts).toHaveLength(1)
      const url = new URL(ex.attempts[0]?.request.url ?? '')
      const keys = [...url.searchParams.keys()]
      expect(keys).toEqual(
        mode === 'plain'
          ? ['signature', 'timestamp', 'nonce', 'openid']
          : ['signature', 'timestamp', 'nonce', 'openid', 'encrypt_type', 'msg_signature'],
      )
      expect(url.searchParams.get('openid')).toBe(OPENID)
      expect(ex.attempts[0]?.request.headers).toContainEqual(['Content-Type', 'text/xml'])
      expect(analysis(ex).mode).toBe(mode)
    },
  )

  it('the plaintext body is byte-exact: no indent, LF-joined, no trailing LF', async () => {
    const ex = await deliver(goodBot)
    const body = ex.attempts[0]?.request.body.text ?? ''
    expect(body.startsWith('<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>\n')).toBe(
      true,
    )
    expect(body.endsWith('</MsgId>\n</xml>')).toBe(true)
    expect(ex.attempts[0]?.request.body.bytes).toBe(Buffer.byteLength(body))
  })

  it('a bot that only parses application/xml answers 415: explained; the override reproduces success', async () => {
    const picky: TinyHandler = (req, res, body) => {
      if (req.headers['content-type'] !== 'application/xml') {
        res.writeHead(415, { 'Content-Type': 'application/json' })
        res.end('{"detail":"Unsupported media type \\"text/xml\\" in request."}')
        return
      }
      goodBot(req, res, body)
    }
    const real = await deliver(picky)
    expect(real.verdict).toMatchObject({
      outcome: 'service-unavailable',
      cause: 'http-status-not-ok',
    })
    expect(real.verdict?.problems[0]?.detail).toMatchObject({ status: 415 })
    const overridden = await deliver(picky, { overrides: { contentType: 'application/xml' } })
    expect(overridden.verdict?.outcome).toBe('reply')
  })

  it('a hanging bot: deadline, 3 attempts with the identical body, then the system tip', async () => {
    const ex = await deliver(() => undefined, { timeoutMs: 150 })
    expect(ex.attempts.map((a) => a.error?.code)).toEqual(['timeout', 'timeout', 'timeout'])
    const bodies = new Set(ex.attempts.map((a) => a.request.body.text))
    expect(bodies.size).toBe(1)
    const nonces = new Set(ex.attempts.map((a) => new URL(a.request.url).searchParams.get('nonce')))
    expect(nonces.size).toBe(3)
    expect(ex.verdict).toMatchObject({ outcome: 'service-unavailable', cause: 'reply-timeout' })
    expect(analysis(ex).attemptOutcomes).toEqual(['no-reply', 'no-reply', 'service-unavailable'])
  })

  it('each attempt records the signature it carried, and the deadline in force is recorded', async () => {
    const ex = await deliver(() => undefined, { timeoutMs: 120, mode: 'safe' })
    for (const attempt of ex.attempts) {
      const query = new URL(attempt.request.url).searchParams
      expect(attempt.signature?.sha1).toBe(query.get('signature'))
      expect(attempt.signature?.parts.slice(1)).toEqual([
        query.get('timestamp'),
        query.get('nonce'),
      ])
      expect(attempt.msgSignature?.sha1).toBe(query.get('msg_signature'))
    }
    expect(new Set(ex.attempts.map((a) => a.signature?.sha1)).size).toBe(3)
    expect(analysis(ex)).toMatchObject({ timeoutMs: 120, attemptsAllowed: 3 })
    // The verdict names the limit in force, not WeChat's default.
    expect(ex.verdict?.problems[0]).toMatchObject({
      code: 'reply-timeout',
      detail: { limitMs: 120 },
    })
  })

  it('a delivery in progress is published under its final id, one snapshot per attempt', async () => {
    const bus = new EventBus()
    const progress: PushExchange[] = []
    bus.on('exchangeProgress', (e) => progress.push(e))
    const ex = await deliver(() => undefined, { timeoutMs: 100, bus })
    expect(progress.map((e) => e.attempts.length)).toEqual([0, 1, 2])
    expect(progress.every((e) => e.id === ex.id && e.inProgress === true)).toBe(true)
    expect(progress[0]?.verdict).toBeUndefined()
    expect(progress[1]?.analysis.attemptOutcomes).toEqual(['no-reply'])
    expect(ex.inProgress).toBeUndefined()
  })

  it('the retry count is configurable', async () => {
    const ex = await deliver(() => undefined, { timeoutMs: 100, attempts: 2 })
    expect(ex.attempts).toHaveLength(2)
  })

  it('a bot that recovers on the second attempt is answered then', async () => {
    let calls = 0
    const ex = await deliver(
      (req, res, body) => {
        if (++calls === 1) return // hang the first delivery
        goodBot(req, res, body)
      },
      { timeoutMs: 150 },
    )
    expect(ex.attempts).toHaveLength(2)
    expect(ex.verdict?.outcome).toBe('reply')
  })

  it('a bot that resets the connection: bot-unreachable after every attempt', async () => {
    const ex = await deliver((req) => {
      req.socket.destroy()
    })
    expect(ex.attempts).toHaveLength(3)
    expect(ex.verdict).toMatchObject({ outcome: 'service-unavailable', cause: 'bot-unreachable' })
  })

  it('500 is not retried and shows the tip', async () => {
    const ex = await deliver((_req, res) => {
      res.writeHead(500).end('Internal Server Error')
    })
    expect(ex.attempts).toHaveLength(1)
    expect(ex.verdict).toMatchObject({
      outcome: 'service-unavailable',
      cause: 'http-status-not-ok',
    })
  })

  type Bend = (to: string, from: string) => string
  it.each<{ name: string; reply: Bend; outcome: string; code: string }>([
    {
      name: 'FromUserName = AppID',
      reply: (to) => textReply(to, ACCOUNT.appId, 'hi'),
      outcome: 'service-unavailable',
      code: 'from-user-is-appid',
    },
    {
      name: 'To/From not swapped',
      reply: (to, from) => textReply(from, to, 'hi'),
      outcome: 'service-unavailable',
      code: 'to-from-not-swapped',
    },
    {
      name: 'CreateTime in milliseconds (warning only)',
      reply: (to, from) => textReply(to, from, 'hi', '1700000000123'),
      outcome: 'reply',
      code: 'create-time-milliseconds',
    },
    {
      name: 'JSON body',
      reply: () => '{"reply":"hi"}',
      outcome: 'service-unavailable',
      code: 'body-json',
    },
  ])('$name → $outcome with $code', async ({ reply, outcome, code }) => {
    const ex = await deliver((req, res, body) => {
      const incoming = readPush(req, body)
      res
        .writeHead(200, { 'Content-Type': 'text/xml' })
        .end(reply(incoming.push.from, incoming.push.to))
    })
    expect(ex.verdict?.outcome).toBe(outcome)
    expect(codes(ex)).toContain(code)
  })

  it('a BOM before <xml> is still a reply, with a warning', async () => {
    const ex = await deliver((req, res, body) => {
      const incoming = readPush(req, body)
      res.end(`\uFEFF${textReply(incoming.push.from, incoming.push.to, 'hi')}`)
    })
    expect(ex.verdict?.outcome).toBe('reply')
    expect(codes(ex)).toContain('bom-before-root')
  })

  it.each([
    {
      name: 'wrong reply MsgSignature',
      tamper: { tamper: 'signature' as const },
      code: 'envelope-signature-mismatch',
    },
    {
      name: 'wrong AppID in the envelope',
      tamper: { appId: 'wx0000000000000000' },
      code: 'envelope-appid-mismatch',
    },
  ])('safe mode, $name → $code', async ({ tamper, code }) => {
    const ex = await deliver(
      (req, res, body) => {
        const incoming = readPush(req, body)
        res.end(seal(textReply(incoming.push.from, incoming.push.to, 'hi'), tamper))
      },
      { mode: 'safe' },
    )
    expect(ex.verdict?.outcome).toBe('service-unavailable')
    expect(codes(ex)).toContain(code)
  })

  it('the previous EncodingAESKey override encrypts with the old key', async () => {
    const ex = await deliver(
      (req, res, body) => {
        const incoming = readPush(req, body, {
          ...ACCOUNT,
          encodingAesKey: ACCOUNT.previousEncodingAesKey ?? '',
        })
        res.end(
          seal(textReply(incoming.push.from, incoming.push.to, 'old key'), {
            key: ACCOUNT.previousEncodingAesKey ?? '',
          }),
        )
      },
      { mode: 'safe', overrides: { usePreviousKey: true } },
    )
    expect(analysis(ex).keyUsed).toBe('previous')
    expect(ex.verdict?.outcome).toBe('reply')
    expect(codes(ex)).toContain('envelope-previous-key')
  })

  it('a wrong-signature override sends a signature that does not verify', async () => {
    const ex = await deliver(goodBot, { overrides: { wrongSignature: true } })
    const sent = new URL(ex.attempts[0]?.request.url ?? '').searchParams.get('signature')
    expect(sent).not.toBe(analysis(ex).signature.sha1)
  })

  it('dedupe: a bot that handles every retry as a new message is caught', async () => {
    const bus = new EventBus()
    const ex = await deliver(
      () => {
        // Each attempt makes the bot send a customer-service message, then it misses the deadline.
        bus.emit('phone', {
          accountId: ACCOUNT.id,
          openid: OPENID,
          source: 'custom-send',
          msgType: 'text',
          payload: { content: 'late answer' },
          simTime: 0,
        })
      },
      { timeoutMs: 100, bus },
    )
    expect(analysis(ex).dedupe).toMatchObject({ attempts: 3, customSends: 3, duplicate: true })
  })

  it('publishes the Exchange and the phone view on the bus', async () => {
    const bus = new EventBus()
    const seen: string[] = []
    bus.on('exchange', (e) => seen.push(`exchange:${e.kind}`))
    bus.on('phone', (m) => seen.push(`phone:${m.source}`))
    await deliver(goodBot, { bus })
    expect(seen).toEqual(['exchange:push', 'phone:passive-reply'])
  })
})
