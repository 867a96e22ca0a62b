/**
 * Bots that answer with something hostile or broken: nesting bombs, markup the XML library chokes
 * on, NULs, binary and invalid UTF-8, a body far over the size limit, an encrypted envelope with
 * garbage or a bomb inside. Every push still becomes one Exchange on the bus, with the attempt as
 * received and a verdict — never a rejected delivery.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { deliverPush } from '../../../src/core/engine/deliver'
import type { EngineDeps, PushDelivery } from '../../../src/core/engine/deliver'
import { createSimClock } from '../../../src/core/runtime/clock'
import { EventBus } from '../../../src/core/runtime/event-bus'
import { seededRandom } from '../../../src/core/runtime/random'
import type { Exchange } from '../../../src/shared/model/exchange'
import type { ReplyProblemCode } from '../../../src/shared/model/verdict'
import { startTinyServer } from '../../helpers/tiny-server'
import type { TinyServer } from '../../helpers/tiny-server'
import { ACCOUNT, OPENID, seal } from './bots'

let servers: TinyServer[] = []
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()))
  servers = []
})

/** `levels` nested elements, the root <xml> included. */
const nested = (levels: number): string =>
  '<xml>' + '<a>'.repeat(levels - 1) + '</a>'.repeat(levels - 1) + '</xml>'

/** Deterministic bytes that are not UTF-8 (and hold NULs). */
function garbage(length: number): Buffer {
  const bytes = Buffer.alloc(length)
  let state = 99
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    bytes[i] = state >>> 24
  }
  return bytes
}

/** Delivers one text push to a bot that always answers `body`; returns it and what the bus saw. */
async function deliverAnswering(
  body: string | Buffer,
  mode: 'plain' | 'safe' = 'plain',
  extra: Partial<PushDelivery> = {},
): Promise<{ exchange: Exchange; published: Exchange[] }> {
  const server = await startTinyServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/xml' }).end(body)
  })
  servers.push(server)
  const bus = new EventBus()
  const published: Exchange[] = []
  bus.on('exchange', (e) => published.push(e))
  let n = 0
  const deps: EngineDeps = {
    clock: createSimClock({ startMs: 1_700_000_000_000, frozen: true }),
    random: seededRandom('hostile'),
    bus,
    newExchangeId: () => `ex${++n}`,
  }
  const exchange = await deliverPush(
    deps,
    {
      account: ACCOUNT,
      openid: OPENID,
      typeId: 'text',
      values: { Content: '你好' },
      botUrl: server.url,
      mode,
      ...extra,
    },
    { attempts: 3, timeoutMs: 5000 },
  )
  return { exchange, published }
}

interface Row {
  readonly name: string
  readonly body: string | Buffer
  readonly mode?: 'plain' | 'safe'
  readonly cause: ReplyProblemCode
  /** The XmlError code named by an xml-malformed problem. */
  readonly reason?: string
}

const rows: Row[] = [
  { name: 'depth 101', body: nested(101), cause: 'xml-malformed', reason: 'xml-too-deep' },
  { name: 'depth 1000', body: nested(1000), cause: 'xml-malformed', reason: 'xml-too-deep' },
  { name: 'depth 100000', body: nested(100_000), cause: 'xml-malformed', reason: 'xml-too-deep' },
  { name: "`<!'[`", body: "<!'[", cause: 'xml-malformed', reason: 'xml-malformed' },
  {
    name: "`<xml><!'[</xml>`",
    body: "<xml><!'[</xml>",
    cause: 'xml-malformed',
    reason: 'xml-malformed',
  },
  {
    name: 'unclosed CDATA',
    body: '<xml><Content><![CDATA[hi</Content></xml>',
    cause: 'xml-malformed',
    reason: 'xml-malformed',
  },
  { name: '`<` alone', body: '<', cause: 'xml-malformed', reason: 'xml-malformed' },
  {
    name: 'NUL bytes in the reply',
    body: '<xml><Content>\u0000\u0000</Content></xml>',
    cause: 'xml-malformed',
    reason: 'xml-malformed',
  },
  { name: 'binary, not UTF-8', body: garbage(8192), cause: 'body-not-xml' },
  {
    name: 'invalid UTF-8 after <xml>',
    body: Buffer.concat([Buffer.from('<xml>'), garbage(512), Buffer.from('</xml>')]),
    cause: 'xml-malformed',
  },
  {
    name: 'deep nesting inside a safe-mode envelope',
    body: seal(nested(1000)),
    mode: 'safe',
    cause: 'xml-malformed',
    reason: 'xml-too-deep',
  },
  {
    name: "`<!'[` inside a safe-mode envelope",
    body: seal("<xml><!'[</xml>"),
    mode: 'safe',
    cause: 'xml-malformed',
    reason: 'xml-malformed',
  },
  {
    name: 'a safe-mode envelope nested 100000 deep',
    body: `<xml><Encrypt>${nested(100_000)}</Encrypt></xml>`,
    mode: 'safe',
    cause: 'xml-malformed',
    reason: 'xml-too-deep',
  },
  {
    name: 'a safe-mode envelope whose Encrypt is garbage',
    body: `<xml><Encrypt><![CDATA[${garbage(300)
      .toString('latin1')
      .replace(
        /[^A-Za-z0-9+/]/g,
        '',
      )}]]></Encrypt><MsgSignature>x</MsgSignature><TimeStamp>1</TimeStamp><Nonce>1</Nonce></xml>`,
    mode: 'safe',
    cause: 'envelope-signature-mismatch',
  },
]

describe('a hostile reply is judged and recorded, never lost', () => {
  it.each(rows)('$name → $cause', async ({ body, mode, cause, reason }) => {
    const { exchange, published } = await deliverAnswering(body, mode)
    expect(published.map((e) => e.id)).toEqual([exchange.id])
    // Answered once: WeChat does not retry a reply it received, however bad.
    expect(exchange.attempts).toHaveLength(1)
    expect(exchange.attempts[0]?.response?.body.bytes).toBe(Buffer.byteLength(body))
    expect(exchange.verdict).toMatchObject({
      outcome: 'service-unavailable',
      cause,
      phoneView: { kind: 'error-banner' },
    })
    if (reason !== undefined) expect(exchange.verdict?.problems[0]?.detail.reason).toBe(reason)
  })

  it('a 10 MB answer is cut at the size limit, recorded, and ends in the tip', async () => {
    const { exchange, published } = await deliverAnswering(
      `<xml><Content>${'x'.repeat(10 * 1024 * 1024)}</Content></xml>`,
    )
    expect(published).toHaveLength(1)
    expect(exchange.attempts.map((a) => a.error?.code)).toEqual([
      'too-large',
      'too-large',
      'too-large',
    ])
    expect(exchange.verdict?.outcome).toBe('service-unavailable')
  })

  it.each<[string, Partial<PushDelivery>]>([
    ['a bot URL Node will not request', { botUrl: 'ftp://127.0.0.1/wechat' }],
    [
      'a Content-Type override with a line break',
      { overrides: { contentType: 'text/xml\r\nX: 1' } },
    ],
  ])('%s: every attempt is recorded as failed, not thrown', async (_name, extra) => {
    const { exchange, published } = await deliverAnswering('success', 'plain', extra)
    expect(published).toHaveLength(1)
    expect(exchange.attempts.map((a) => a.error?.code)).toEqual(['other', 'other', 'other'])
    expect(exchange.verdict).toMatchObject({
      outcome: 'service-unavailable',
      cause: 'bot-unreachable',
    })
  })
})
