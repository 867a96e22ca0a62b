/**
 * The sample bot's WeChat endpoint under hostile requests: GET /wechat (URL verification, protocol.md §3)
 * and POST /wechat (pushes in the three modes, protocol.md §4, §8), signed correctly or not, with any
 * query, body bytes, Content-Type, Content-Encoding and Host. Invariants: never a 5xx, every
 * refusal a plain-text 4xx, nothing logged as an unexpected error, a well-formed push always gets
 * an answer WeChat accepts, and the bot still answers after the storm with a bounded heap.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encryptMessage } from '../../src/core/protocol/message-crypto'
import { msgSignature } from '../../src/core/protocol/msg-signature'
import { renderCompatibleBody, renderSafeBody } from '../../src/core/protocol/push-body'
import { validateReply } from '../../src/core/protocol/reply'
import type { PushMode } from '../../src/core/protocol/reply'
import { serverSignature } from '../../src/core/protocol/server-signature'
import { cdata as cdataNode } from '../../src/core/protocol/xml-node'
import { seededRandom } from '../../src/core/runtime/random'
import { startSampleBot } from '../../src/core/sample-bot'
import type { RunningSampleBot } from '../../src/core/sample-bot'
import { startCore } from '../../src/core/start-core'
import type { RunningCore } from '../../src/core/start-core'
import type { Account } from '../../src/shared/model/account'
import {
  anyBytes,
  contentType,
  elementText,
  encodedBody,
  hostileXml,
  textBytes,
  xmlText,
} from './helpers/arbitraries'
import { announce, fuzzParams, PROPERTY_TIMEOUT_MS } from './helpers/fuzz-run'
import {
  findGc,
  GC_MISSING_REASON,
  HEAP_GROWTH_LIMIT_BYTES,
  settledHeapBytes,
  watchProcess,
} from './helpers/process-guard'
import type { ProcessWatch } from './helpers/process-guard'
import { rawRequest } from './helpers/raw-http'
import type { RawResponse } from './helpers/raw-http'

const NOW = 1_714_112_445
const OLD_KEY = 'A'.repeat(43)
const gc = findGc()

let core: RunningCore
let bot: RunningSampleBot
let account: Account
let watch: ProcessWatch
let heapBefore = 0
const logs: string[] = []

beforeAll(async () => {
  announce('sample-bot')
  watch = watchProcess()
  // The platform only (the bot under test is started below with a log the test can read).
  core = await startCore({
    host: 'node',
    version: 'fuzz',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    seed: 'fuzz-sample-bot',
    sampleBot: false,
  })
  const first = core.workspace.directory.listAccounts()[0]
  if (!first) throw new Error('the workspace has no account')
  account = first
  bot = await startSampleBot(
    {
      token: account.token,
      appId: account.appId,
      appSecret: account.appSecret,
      encodingAesKey: account.encodingAesKey,
      previousEncodingAesKey: OLD_KEY,
      platformBaseUrl: core.platformUrl,
      random: seededRandom('fuzz-sample-bot'),
      now: () => NOW,
      slowDelayMs: 20,
      log: (line) => logs.push(line),
    },
    0,
  )
  if (gc) heapBefore = await settledHeapBytes(gc)
})
afterAll(async () => {
  await bot?.stop()
  await core?.stop()
  watch.dispose()
  watch.assertClean()
})

/** Forgets earlier cases' log lines, so a failure is reported on the case that caused it. */
function freshLog(): void {
  logs.splice(0)
}

/** Refusals are 4xx plain text; nothing is a 5xx; nothing reached the bot's error log. */
function assertAnswered(response: RawResponse): void {
  expect(response.status, response.text.slice(0, 300)).toBeGreaterThanOrEqual(200)
  expect(response.status, response.text.slice(0, 300)).toBeLessThan(500)
  if (response.status >= 400) {
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(response.text).not.toBe('')
  }
  expect(logs.filter((l) => l.startsWith('unexpected error'))).toEqual([])
}

const enc = encodeURIComponent

/** Query values: anything, percent-encoded or written raw (broken escapes included). */
const queryValue = fc.oneof(
  elementText.map(enc),
  fc.constantFrom('', '%', '%zz', '%C0%AF', '%FF', '+', 'a%00b'),
)
const queryNoise = fc.array(
  fc.oneof(
    fc
      .tuple(
        fc.constantFrom(
          'signature',
          'timestamp',
          'nonce',
          'echostr',
          'encrypt_type',
          'msg_signature',
        ),
        queryValue,
      )
      .map(([k, v]) => `${k}=${v}`),
    fc.constantFrom(
      'signature[]=x',
      'nonce[a]=1',
      'encrypt_type=aes',
      'encrypt_type=rsa',
      '&',
      '=',
    ),
  ),
  { maxLength: 3 },
)

/** A query WeChat would sign (correctly or not), plus noise: duplicates, arrays, junk. */
const signedQuery = fc.record({
  timestamp: fc.oneof(fc.constant(String(NOW)), elementText),
  nonce: fc.oneof(fc.constant('973755032'), elementText),
  echostr: fc.oneof(fc.stringMatching(/^[0-9]{19}$/), elementText),
  // Mostly right, so most cases get past the signature check to the body.
  signed: fc.oneof(
    { weight: 6, arbitrary: fc.constant('right' as const) },
    { weight: 1, arbitrary: fc.constantFrom('wrong' as const, 'absent' as const) },
  ),
  noise: fc.oneof({ weight: 6, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: queryNoise }),
})

type SignedQuery = typeof signedQuery extends fc.Arbitrary<infer T> ? T : never

function queryOf(q: SignedQuery, extra: readonly string[] = []): string {
  const signature = serverSignature({
    token: account.token,
    timestamp: q.timestamp,
    nonce: q.nonce,
  }).sha1
  return [
    ...(q.signed === 'absent'
      ? []
      : [`signature=${q.signed === 'right' ? signature : signature.slice(2)}`]),
    `timestamp=${enc(q.timestamp)}`,
    `nonce=${enc(q.nonce)}`,
    ...extra,
    ...q.noise,
  ].join('&')
}

const oddHeaders = fc.array(
  fc.oneof(
    fc.constantFrom<[string, string]>(
      ['Host', 'evil.example'],
      ['Host', '127.0.0.1:1/<x>'],
      ['Host', ''],
      ['Accept-Encoding', 'gzip'],
      ['Expect', '100-continue'],
      ['X-Forwarded-Proto', 'https'],
    ),
    fc.tuple(
      fc.stringMatching(/^X-[A-Za-z0-9-]{1,12}$/),
      fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, '')),
    ),
  ),
  { maxLength: 2 },
)

/** A push WeChat could send: every catalogue-ish MsgType, keywords, hostile content. */
const pushFields = fc.record({
  msgType: fc.oneof(
    fc.constantFrom('text', 'image', 'voice', 'video', 'location', 'link', 'event'),
    fc.stringMatching(/^[a-z_]{1,12}$/),
  ),
  content: fc.oneof(
    fc.constantFrom(
      'help',
      '图片',
      'voice',
      '视频',
      'music',
      'news',
      'kf',
      'success',
      'slow',
      'slow-wrong',
      'oauth',
    ),
    xmlText(700),
  ),
  event: fc.oneof(
    fc.constantFrom(
      'subscribe',
      'unsubscribe',
      'CLICK',
      'VIEW',
      'SCAN',
      'LOCATION',
      'TEMPLATESENDJOBFINISH',
    ),
    xmlText(20),
  ),
  eventKey: xmlText(20),
  // Never blank, and without CR: XML reads CR as LF (XML 1.0 §2.11), so the reply could not match.
  openid: fc.oneof(
    fc.constant('oyORnuP8q7ou2gfYjqLzSIWZf0rs'),
    xmlText(30).filter((t) => t.trim() !== '' && t.trim() === t && !t.includes('\r')),
  ),
  msgId: fc.stringMatching(/^[0-9]{1,20}$/),
})

type PushFields = typeof pushFields extends fc.Arbitrary<infer T> ? T : never

function pushNodes(p: PushFields) {
  const body =
    p.msgType === 'event'
      ? [cdataNode('Event', p.event), cdataNode('EventKey', p.eventKey)]
      : [cdataNode('Content', p.content), { name: 'MsgId', text: p.msgId, cdata: false }]
  return [
    cdataNode('ToUserName', account.originalId),
    cdataNode('FromUserName', p.openid),
    { name: 'CreateTime', text: String(NOW), cdata: false },
    cdataNode('MsgType', p.msgType),
    ...body,
  ]
}

/** @param declaredLength a Content-Length to claim instead of the body's own */
function post(
  query: string,
  body: Buffer,
  headers: readonly (readonly [string, string])[],
  declaredLength = String(body.length),
) {
  return rawRequest(bot.url, {
    method: 'POST',
    target: `/wechat?${query}`,
    headers: [...headers, ['Content-Length', declaredLength]],
    body,
  })
}

/** Mostly honest; sometimes a length over the bot's 1 MB limit, sent with a short body. */
const declaredLength = fc.oneof(
  { weight: 8, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('1048577', '99999999999') },
)

describe('sample bot /wechat under hostile requests', () => {
  it(
    'GET: 200 with exactly echostr when signed, otherwise a plain-text 4xx',
    async () => {
      await fc.assert(
        fc.asyncProperty(signedQuery, oddHeaders, async (q, headers) => {
          freshLog()
          const target = `/wechat?${queryOf(q, [`echostr=${enc(q.echostr)}`])}`
          const response = await rawRequest(bot.url, { method: 'GET', target, headers })
          assertAnswered(response)
          const clean = q.signed === 'right' && q.noise.length === 0 && q.echostr !== ''
          if (clean && q.timestamp !== '' && q.nonce !== '') {
            expect(response.status).toBe(200)
            expect(response.body.equals(Buffer.from(q.echostr, 'utf8'))).toBe(true)
          }
          if (q.signed !== 'right') expect(response.status).not.toBe(200)
        }),
        fuzzParams(150),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'POST plaintext: any bytes, types, encodings and lengths ⇒ 200 or a plain-text 4xx',
    async () => {
      const bytes = fc.oneof(
        { weight: 4, arbitrary: hostileXml.map((x) => Buffer.from(x)) },
        { weight: 1, arbitrary: textBytes(hostileXml) },
        {
          weight: 1,
          arbitrary: pushFields.map((p) => Buffer.from(renderCompatibleBody(pushNodes(p), ''))),
        },
        { weight: 1, arbitrary: anyBytes },
      )
      const body = fc.oneof(
        { weight: 3, arbitrary: bytes.map((b) => ({ contentEncoding: undefined, body: b })) },
        { weight: 1, arbitrary: encodedBody(bytes) },
      )
      const type = fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom('text/xml', undefined) },
        { weight: 1, arbitrary: contentType(['text/xml', 'application/xml', 'application/json']) },
      )
      await fc.assert(
        fc.asyncProperty(
          signedQuery,
          body,
          type,
          oddHeaders,
          declaredLength,
          async (q, coded, ct, headers, length) => {
            freshLog()
            const response = await post(
              queryOf(q, ['openid=oyORnuP8q7ou2gfYjqLzSIWZf0rs']),
              coded.body,
              [
                ...(ct === undefined ? [] : [['Content-Type', ct] as const]),
                ...(coded.contentEncoding === undefined
                  ? []
                  : [['Content-Encoding', coded.contentEncoding] as const]),
                ...headers,
              ],
              length,
            )
            assertAnswered(response)
            if (q.signed !== 'right') expect(response.status).toBeGreaterThanOrEqual(400)
          },
        ),
        fuzzParams(200),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'POST encrypted: a correctly signed envelope around any plaintext ⇒ 200 or a plain-text 4xx',
    async () => {
      const envelope = fc.record({
        inner: fc.oneof(
          hostileXml,
          pushFields.map((p) =>
            renderCompatibleBody(pushNodes(p), '').replace(/<Encrypt>.*<\/Encrypt>\n/, ''),
          ),
        ),
        key: fc.oneof(
          { weight: 4, arbitrary: fc.constant('current' as const) },
          { weight: 1, arbitrary: fc.constantFrom('previous' as const, 'wrong' as const) },
        ),
        appId: fc.oneof(
          { weight: 4, arbitrary: fc.constant('own') },
          { weight: 1, arbitrary: elementText },
        ),
        safe: fc.boolean(),
        random: fc.uint8Array({ minLength: 16, maxLength: 16 }),
      })
      await fc.assert(
        fc.asyncProperty(signedQuery, envelope, async (q, e) => {
          freshLog()
          const key = { current: account.encodingAesKey, previous: OLD_KEY, wrong: 'B'.repeat(43) }[
            e.key
          ]
          const encrypt = encryptMessage({
            message: e.inner,
            appId: e.appId === 'own' ? account.appId : e.appId,
            encodingAesKey: key,
            random: Buffer.from(e.random),
          }).encrypt
          const body = e.safe
            ? renderSafeBody(account.originalId, encrypt)
            : `<xml><ToUserName><![CDATA[${account.originalId}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`
          const sig = msgSignature({
            token: account.token,
            timestamp: q.timestamp,
            nonce: q.nonce,
            encrypt,
          })
          const query = queryOf(q, ['encrypt_type=aes', `msg_signature=${sig.sha1}`])
          assertAnswered(await post(query, Buffer.from(body), [['Content-Type', 'text/xml']]))
        }),
        fuzzParams(150),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'a well-formed signed push in any mode gets an answer WeChat accepts',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          pushFields,
          fc.constantFrom<PushMode>('plain', 'compatible', 'safe'),
          fc.uint8Array({ minLength: 16, maxLength: 16 }),
          async (p, mode, random) => {
            freshLog()
            const nodes = pushNodes(p)
            const timestamp = String(NOW)
            const nonce = '973755032'
            const q: SignedQuery = { timestamp, nonce, echostr: '', signed: 'right', noise: [] }
            let query = queryOf(q, [`openid=${enc(p.openid)}`])
            let body = renderCompatibleBody(nodes, '').replace(
              / {4}<Encrypt><!\[CDATA\[\]\]><\/Encrypt>\n/,
              '',
            )
            if (mode !== 'plain') {
              const { encrypt } = encryptMessage({
                message: body,
                appId: account.appId,
                encodingAesKey: account.encodingAesKey,
                random: Buffer.from(random),
              })
              const sig = msgSignature({ token: account.token, timestamp, nonce, encrypt }).sha1
              query += `&encrypt_type=aes&msg_signature=${sig}`
              body =
                mode === 'safe'
                  ? renderSafeBody(account.originalId, encrypt)
                  : renderCompatibleBody(nodes, encrypt)
            }
            const started = performance.now()
            const response = await post(query, Buffer.from(body), [['Content-Type', 'text/xml']])
            assertAnswered(response)
            expect(response.status).toBe(200)
            const verdict = validateReply({
              push: {
                toUserName: account.originalId,
                fromUserName: p.openid,
                msgType: p.msgType,
                ...(p.msgType === 'event' ? { event: p.event } : {}),
                mode,
              },
              response: {
                status: response.status,
                body: response.text,
                elapsedMs: performance.now() - started,
                ...(response.headers.has('content-type')
                  ? { contentType: response.headers.get('content-type') ?? '' }
                  : {}),
              },
              crypto: {
                token: account.token,
                encodingAesKey: account.encodingAesKey,
                appId: account.appId,
              },
            })
            const errors = verdict.problems.filter((x) => x.severity === 'error')
            expect(errors, JSON.stringify(verdict.problems)).toEqual([])
          },
        ),
        fuzzParams(120),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it('still answers after the storm', async () => {
    const q: SignedQuery = {
      timestamp: String(NOW),
      nonce: '1',
      echostr: '123',
      signed: 'right',
      noise: [],
    }
    const response = await rawRequest(bot.url, {
      method: 'GET',
      target: `/wechat?${queryOf(q, ['echostr=123'])}`,
      headers: [],
    })
    expect(response.status).toBe(200)
    expect(response.text).toBe('123')
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
