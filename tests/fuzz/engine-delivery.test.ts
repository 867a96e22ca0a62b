/**
 * The push engine against a hostile bot (protocol.md §4, §7.3): the bot answers every request with
 * arbitrary bytes — any status line, any headers (lying Content-Length, broken chunking, unknown
 * encodings), any body, then closes, resets or goes silent. A delivery and a URL verification
 * must still end in a judged Exchange: never a rejected promise, never an untyped throw.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverPush } from '../../src/core/engine/deliver'
import type { EngineDeps } from '../../src/core/engine/deliver'
import { verifyUrl } from '../../src/core/engine/verify'
import { createSimClock } from '../../src/core/runtime/clock'
import { EventBus } from '../../src/core/runtime/event-bus'
import { seededRandom } from '../../src/core/runtime/random'
import type { Account } from '../../src/shared/model/account'
import type { Exchange } from '../../src/shared/model/exchange'
import { REPLY_PROBLEM_META } from '../../src/shared/model/reply-problem-codes'
import { VERIFY_CODES } from '../../src/shared/model/verify-codes'
import { anyBytes, hostileXml, replyXmlFor, successLike } from './helpers/arbitraries'
import { announce, fuzzParams, PROPERTY_TIMEOUT_MS } from './helpers/fuzz-run'
import {
  findGc,
  GC_MISSING_REASON,
  HEAP_GROWTH_LIMIT_BYTES,
  settledHeapBytes,
  watchProcess,
} from './helpers/process-guard'
import type { ProcessWatch } from './helpers/process-guard'
import { startHostileBot } from './helpers/raw-http'
import type { HostileAnswer, HostileBot } from './helpers/raw-http'
import { untypedErrorMessage } from './helpers/typed-errors'

const OPENID = 'oyORnuP8q7ou2gfYjqLzSIWZf0rs'
const ACCOUNT: Account = {
  id: 'acc-fuzz',
  name: 'fuzz',
  appId: 'wx2c2769f8efd9abc2',
  appSecret: '0123456789abcdef0123456789abcdef',
  originalId: 'gh_10f6c3c3ac5a',
  token: 'mpsimtoken',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  previousEncodingAesKey: 'A'.repeat(43),
  mode: 'plain',
  botUrl: 'http://127.0.0.1:9/wechat',
  callbackDomain: '127.0.0.1',
  ipWhitelist: [],
  testAccount: true,
}
/** Short, so a silent bot costs little; WeChat's own 5 s is not the subject here. */
const TIMEOUT_MS = 150
const gc = findGc()

let bot: HostileBot
let next: HostileAnswer = { chunks: [], then: 'end' }
let watch: ProcessWatch
let heapBefore = 0
let exchanges = 0

function deps(): EngineDeps {
  return {
    clock: createSimClock({ startMs: 1_714_112_445_000, frozen: true }),
    random: seededRandom('fuzz-engine'),
    bus: new EventBus(),
    newExchangeId: () => `ex-${++exchanges}`,
  }
}

beforeAll(async () => {
  announce('engine-delivery')
  watch = watchProcess()
  bot = await startHostileBot(() => next)
  if (gc) heapBefore = await settledHeapBytes(gc)
})
afterAll(async () => {
  await bot?.close()
  watch.dispose()
  watch.assertClean()
})

const CRLF = '\r\n'
const token = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,16}$/)

const statusLine = fc.oneof(
  { weight: 6, arbitrary: fc.constant('HTTP/1.1 200 OK') },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2', 'http/1.1', 'ICY'),
        fc.oneof(
          fc.constantFrom(100, 101, 204, 301, 304, 400, 401, 403, 404, 415, 500, 503),
          fc.integer({ min: 0, max: 1200 }),
        ),
        fc.string({ maxLength: 12 }).map((r) => r.replace(/[\r\n]/g, '')),
      )
      .map(([version, code, reason]) => `${version} ${code} ${reason}`),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
)

const bodyBytes = fc.oneof(
  { weight: 3, arbitrary: replyXmlFor(ACCOUNT.originalId, OPENID).map((x) => Buffer.from(x)) },
  { weight: 3, arbitrary: hostileXml.map((x) => Buffer.from(x)) },
  { weight: 1, arbitrary: successLike.map((x) => Buffer.from(x)) },
  { weight: 1, arbitrary: anyBytes },
  { weight: 1, arbitrary: fc.nat({ max: 300_000 }).map((n) => Buffer.alloc(n, 0x41)) },
)

/** How the body is framed: honestly, or with a Content-Length / chunking that lies. */
const framing = fc.constantFrom(
  'content-length',
  'content-length-short',
  'content-length-long',
  'content-length-garbage',
  'content-length-twice',
  'chunked',
  'chunked-broken',
  'none',
)

const extraHeader = fc.oneof(
  fc.constantFrom(
    'Content-Type: text/xml',
    'Content-Type: application/xml; charset=gbk',
    'Content-Type: text/html',
    'Content-Type: ',
    'Content-Encoding: gzip',
    'Content-Encoding: x-unknown',
    'Connection: close',
    'Connection: keep-alive',
    'Location: http://127.0.0.1:9/elsewhere',
    'Set-Cookie: a=b',
    ' folded: value',
    'no colon here',
    'X-Latin1: \u00e9\u00ff',
  ),
  fc
    .tuple(token, fc.string({ maxLength: 30 }))
    .map(([n, v]) => `${n}: ${v.replace(/[\r\n]/g, '')}`),
)

/** The bytes on the wire as a latin1 string (so a counterexample prints readably), and what then. */
interface WireAnswer {
  readonly wire: string
  readonly split: boolean
  readonly then: HostileAnswer['then']
}

const wireAnswer: fc.Arbitrary<WireAnswer> = fc
  .record({
    status: statusLine,
    headers: fc.array(extraHeader, { maxLength: 4 }),
    body: bodyBytes,
    framing,
    split: fc.boolean(),
    then: fc.oneof(
      { weight: 6, arbitrary: fc.constant('end' as const) },
      { weight: 2, arbitrary: fc.constant('destroy' as const) },
      { weight: 1, arbitrary: fc.constant('hold' as const) },
    ),
    garbageOnly: fc.oneof(
      { weight: 9, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.constant(true) },
    ),
  })
  .map((a) => {
    const body = a.body.toString('latin1')
    if (a.garbageOnly) return { wire: body, split: a.split, then: a.then }
    const length = a.body.length
    const framed: Record<typeof a.framing, [string[], string]> = {
      'content-length': [[`Content-Length: ${length}`], body],
      'content-length-short': [[`Content-Length: ${Math.max(0, length - 3)}`], body],
      'content-length-long': [[`Content-Length: ${length + 1000}`], body],
      'content-length-garbage': [['Content-Length: 12abc'], body],
      'content-length-twice': [
        [`Content-Length: ${length}`, `Content-Length: ${length + 1}`],
        body,
      ],
      chunked: [
        ['Transfer-Encoding: chunked'],
        `${length.toString(16)}${CRLF}${body}${CRLF}0${CRLF}${CRLF}`,
      ],
      'chunked-broken': [['Transfer-Encoding: chunked'], `zz${CRLF}${body}`],
      none: [[], body],
    }
    const [lengthHeaders, payload] = framed[a.framing]
    const head = [a.status, ...a.headers, ...lengthHeaders].join(CRLF) + CRLF + CRLF
    return { wire: head + payload, split: a.split, then: a.then }
  })

function toAnswer(answer: WireAnswer): HostileAnswer {
  const whole = Buffer.from(answer.wire, 'latin1')
  const cut = Math.floor(whole.length / 2)
  return {
    chunks: answer.split ? [whole.subarray(0, cut), whole.subarray(cut)] : [whole],
    then: answer.then,
  }
}

const OUTCOMES = ['reply', 'no-reply', 'service-unavailable']

function assertJudged(exchange: Exchange, attempts: number): void {
  expect(exchange.kind).toBe('push')
  expect(exchange.attempts.length).toBeGreaterThanOrEqual(1)
  expect(exchange.attempts.length).toBeLessThanOrEqual(attempts)
  expect(OUTCOMES).toContain(exchange.verdict?.outcome)
  for (const p of exchange.verdict?.problems ?? []) {
    expect(Object.keys(REPLY_PROBLEM_META), `unknown problem code ${p.code}`).toContain(p.code)
  }
  // Kept in the NDJSON log and sent to the UI.
  expect(() => JSON.stringify(exchange)).not.toThrow()
}

describe('the engine against a hostile bot', () => {
  it(
    'a push in any mode to any answer ends in a judged Exchange',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          wireAnswer,
          fc.constantFrom<Account['mode']>('plain', 'compatible', 'safe'),
          fc.integer({ min: 1, max: 2 }),
          async (answer, mode, attempts) => {
            next = toAnswer(answer)
            const exchange = await deliverPush(
              deps(),
              {
                account: ACCOUNT,
                openid: OPENID,
                typeId: 'text',
                values: { Content: 'hi' },
                mode,
                botUrl: bot.url,
              },
              { attempts, timeoutMs: TIMEOUT_MS, sideEffectGraceMs: 0 },
            ).catch((error: unknown) => {
              throw new Error(`deliverPush rejected: ${untypedErrorMessage(error)}`, {
                cause: error,
              })
            })
            assertJudged(exchange, attempts)
          },
        ),
        fuzzParams(150),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'a URL verification against any answer ends in a verdict with a known code',
    async () => {
      await fc.assert(
        fc.asyncProperty(wireAnswer, fc.boolean(), async (answer, probe) => {
          next = toAnswer(answer)
          const result = await verifyUrl({
            botUrl: bot.url,
            token: ACCOUNT.token,
            now: () => 1_714_112_445,
            random: seededRandom('fuzz-verify'),
            timeoutMs: TIMEOUT_MS,
            probeForgedSignature: probe,
          }).catch((error: unknown) => {
            throw new Error(`verifyUrl rejected: ${untypedErrorMessage(error)}`, { cause: error })
          })
          expect(VERIFY_CODES).toContain(result.verdict.code)
          expect(() => JSON.stringify(result)).not.toThrow()
        }),
        fuzzParams(100),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it('a normal push still succeeds after the storm', async () => {
    next = {
      chunks: [Buffer.from(`HTTP/1.1 200 OK${CRLF}Content-Length: 7${CRLF}${CRLF}success`)],
      then: 'end',
    }
    const exchange = await deliverPush(
      deps(),
      {
        account: ACCOUNT,
        openid: OPENID,
        typeId: 'text',
        values: { Content: 'hi' },
        botUrl: bot.url,
      },
      { attempts: 1, timeoutMs: 2000 },
    )
    expect(exchange.verdict).toMatchObject({ outcome: 'no-reply', reason: 'success' })
  })

  it.skipIf(gc === undefined)(
    `heap stays bounded${gc ? '' : ` (${GC_MISSING_REASON})`}`,
    async () => {
      if (!gc) return
      const after = await settledHeapBytes(gc)
      expect(after - heapBefore).toBeLessThan(HEAP_GROWTH_LIMIT_BYTES)
    },
  )
})
