/**
 * The passive-reply validator under hostile answers (protocol.md §7, §8.5): whatever a bot sends —
 * bytes, statuses, headers, envelopes around garbage — validateReply returns a Verdict whose
 * problems all have known codes, and never throws (a throw would surface as a 500 from the
 * engine and the control API).
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encryptMessage } from '../../src/core/protocol/message-crypto'
import { msgSignature } from '../../src/core/protocol/msg-signature'
import { ReplyInputError, validateReply } from '../../src/core/protocol/reply'
import type {
  CryptoSettings,
  PushMode,
  ReplyCheckInput,
  Verdict,
} from '../../src/core/protocol/reply'
import { REPLY_PROBLEM_META } from '../../src/shared/model/reply-problem-codes'
import {
  contentType,
  elementText,
  hostileXml,
  replyXmlFor,
  successLike,
} from './helpers/arbitraries'
import { announce, fuzzParams, PROPERTY_TIMEOUT_MS } from './helpers/fuzz-run'
import { watchProcess } from './helpers/process-guard'
import type { ProcessWatch } from './helpers/process-guard'
import { mustReturn, outcomeOf } from './helpers/typed-errors'

let watch: ProcessWatch
beforeAll(() => {
  announce('reply-validator')
  watch = watchProcess()
})
afterAll(() => {
  watch.dispose()
  watch.assertClean()
})

const ACCOUNT = 'gh_10f6c3c3ac5a'
const USER = 'oyORnuP8q7ou2gfYjqLzSIWZf0rs'
const aesKey = fc.stringMatching(/^[A-Za-z0-9]{43}$/)

const cryptoSettings: fc.Arbitrary<CryptoSettings> = fc.record(
  {
    token: fc.string({ maxLength: 32 }),
    encodingAesKey: aesKey,
    previousEncodingAesKey: aesKey,
    appId: fc.oneof(fc.constant('wx2c2769f8efd9abc2'), fc.string({ maxLength: 20 })),
  },
  { requiredKeys: ['token', 'encodingAesKey', 'appId'] },
)

const plainBody = fc.oneof(
  { weight: 3, arbitrary: replyXmlFor(ACCOUNT, USER) },
  { weight: 3, arbitrary: hostileXml },
  { weight: 1, arbitrary: successLike },
)

/** An encrypted reply envelope around hostile plaintext, right or wrong in every part. */
function envelopeBody(crypto: CryptoSettings): fc.Arbitrary<string> {
  return fc
    .record({
      inner: plainBody,
      key: fc.constantFrom(
        crypto.encodingAesKey,
        crypto.previousEncodingAesKey ?? crypto.encodingAesKey,
        'A'.repeat(43),
      ),
      appId: fc.oneof(fc.constant(crypto.appId), fc.string({ maxLength: 20 })),
      random: fc.uint8Array({ minLength: 16, maxLength: 16 }),
      timeStamp: fc.oneof(fc.constant('1714112445'), fc.constant('1714112445123'), elementText),
      nonce: elementText,
      signature: fc.constantFrom('right', 'wrong', 'missing'),
      encrypt: fc.oneof(
        { weight: 4, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: elementText },
      ),
      omit: fc.subarray(['Encrypt', 'TimeStamp', 'Nonce', 'ToUserName'], { maxLength: 2 }),
    })
    .map((e) => {
      const encrypt =
        e.encrypt ??
        encryptMessage({
          message: e.inner,
          appId: e.appId,
          encodingAesKey: e.key,
          random: Buffer.from(e.random),
        }).encrypt
      const sha1 = msgSignature({
        token: crypto.token,
        timestamp: e.timeStamp,
        nonce: e.nonce,
        encrypt,
      }).sha1
      const fields: Record<string, string | undefined> = {
        ToUserName: USER,
        Encrypt: encrypt,
        MsgSignature:
          e.signature === 'right' ? sha1 : e.signature === 'wrong' ? sha1.slice(1) : undefined,
        TimeStamp: e.timeStamp,
        Nonce: e.nonce,
      }
      const xml = Object.entries(fields)
        .filter(([name, value]) => value !== undefined && !e.omit.includes(name))
        .map(([name, value]) => `<${name}><![CDATA[${value ?? ''}]]></${name}>`)
        .join('')
      return `<xml>${xml}</xml>`
    })
}

const status = fc.oneof(
  { weight: 5, arbitrary: fc.constant(200) },
  { weight: 1, arbitrary: fc.constantFrom(201, 204, 301, 302, 400, 403, 404, 415, 500, 503) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 999 }) },
)

/** Mostly absent: most answers arrive in time, over a working connection. */
function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary })
}

const checkInput: fc.Arbitrary<ReplyCheckInput> = fc
  .record({
    mode: fc.constantFrom<PushMode>('plain', 'compatible', 'safe'),
    crypto: cryptoSettings,
    msgType: fc.oneof(fc.constantFrom('text', 'event', 'image', 'location'), elementText),
    event: rarely(fc.constantFrom('subscribe', 'unsubscribe', 'CLICK', 'SCAN')),
    envelope: fc.boolean(),
  })
  .chain(({ mode, crypto, msgType, event, envelope }) =>
    fc
      .record({
        status: rarely(status),
        contentType: rarely(contentType(['text/xml', 'application/xml', 'text/html'])),
        body: envelope ? envelopeBody(crypto) : plainBody,
        elapsedMs: fc.oneof(fc.constant(undefined), fc.nat({ max: 4999 }), rarely(fc.double())),
        timedOut: rarely(fc.boolean()),
        networkError: rarely(fc.record({ code: elementText, message: elementText })),
        finalAttempt: rarely(fc.boolean()),
        totalAttempts: rarely(fc.integer({ min: 1, max: 5 })),
      })
      .map((r) => ({
        push: { toUserName: ACCOUNT, fromUserName: USER, msgType, mode, ...defined({ event }) },
        response: { body: r.body, ...defined({ ...r, body: undefined }) },
        ...(mode === 'plain' && !envelope ? {} : { crypto }),
        ...defined({ finalAttempt: r.finalAttempt, totalAttempts: r.totalAttempts }),
      })),
  )

/** The entries whose value is not undefined (exactOptionalPropertyTypes-friendly spreads). */
function defined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** The Verdict's own invariants: known codes, outcome consistent with the errors found. */
function assertWellFormed(verdict: Verdict): void {
  for (const p of verdict.problems) {
    const meta = (REPLY_PROBLEM_META as Record<string, { severity: string } | undefined>)[p.code]
    expect(meta, `unknown problem code ${p.code}`).toBeDefined()
    expect(p.severity).toBe(meta?.severity)
  }
  const firstError = verdict.problems.find((p) => p.severity === 'error')
  switch (verdict.outcome) {
    case 'reply':
      expect(firstError).toBeUndefined()
      break
    case 'service-unavailable':
      expect(verdict.cause).toBe(firstError?.code)
      break
    case 'no-reply':
      break
  }
  // Recorded in the Exchange log and sent to the UI as JSON.
  expect(() => JSON.stringify(verdict)).not.toThrow()
}

describe('validateReply under hostile answers', () => {
  it(
    'any answer in any mode: a well-formed Verdict, never a throw',
    () => {
      fc.assert(
        fc.property(checkInput, (input) => {
          assertWellFormed(mustReturn(() => validateReply(input)))
        }),
        fuzzParams(400),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'an encrypted mode without keys is a ReplyInputError (a caller bug), typed',
    () => {
      fc.assert(
        fc.property(checkInput, (input) => {
          // Only the keys are in question here: the body is one every path reads without trouble.
          const withoutKeys: ReplyCheckInput = {
            push: input.push,
            response: { ...input.response, body: 'success' },
            ...defined({ finalAttempt: input.finalAttempt, totalAttempts: input.totalAttempts }),
          }
          const result = outcomeOf(
            () => validateReply(withoutKeys),
            [ReplyInputError],
            ['reply-input-invalid'],
          )
          expect(result.ok).toBe(input.push.mode === 'plain')
        }),
        fuzzParams(100),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
