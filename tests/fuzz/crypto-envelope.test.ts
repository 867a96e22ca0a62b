/**
 * The crypto envelope under hostile input (protocol.md §8): EncodingAESKey decoding, FullStr decryption
 * of whatever arrives as Encrypt, and msg_signature. Failures are CryptoErrors named after the
 * WXBizMsgCrypt codes; round trips are exact; the signature ignores argument order.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeAesKey } from '../../src/core/protocol/aes-key'
import { CryptoError, WXBIZ_CODES } from '../../src/core/protocol/errors'
import { decryptMessage, encryptMessage } from '../../src/core/protocol/message-crypto'
import { msgSignature, verifyMsgSignature } from '../../src/core/protocol/msg-signature'
import { announce, fuzzParams, PROPERTY_TIMEOUT_MS } from './helpers/fuzz-run'
import { watchProcess } from './helpers/process-guard'
import type { ProcessWatch } from './helpers/process-guard'
import { outcomeOf } from './helpers/typed-errors'

const CRYPTO_CODES = Object.keys(WXBIZ_CODES)

let watch: ProcessWatch
beforeAll(() => {
  announce('crypto-envelope')
  watch = watchProcess()
})
afterAll(() => {
  watch.dispose()
  watch.assertClean()
})

/** A key as the admin page issues it: 43 letters or digits. */
const aesKey = fc.stringMatching(/^[A-Za-z0-9]{43}$/)

/** Keys that are almost right: base64's + / =, a space, one character too many or too few. */
const hostileKey = fc.oneof(
  aesKey,
  aesKey.chain((k) =>
    fc
      .tuple(
        fc.nat({ max: 42 }),
        fc.oneof(
          fc.constantFrom('+', '/', '=', ' ', '-', '_', '\u00e9', '\uFF21'),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }),
        ),
      )
      .map(([at, c]) => k.slice(0, at) + c + k.slice(at + 1)),
  ),
  aesKey.map((k) => `${k}=`),
  aesKey.map((k) => k.slice(0, 42)),
  aesKey.map((k) => `${k}A`),
  fc.string({ unit: 'binary', maxLength: 50 }),
)

const text = fc.string({ unit: 'binary', maxLength: 300 })
const random16 = fc.uint8Array({ minLength: 16, maxLength: 16 }).map((a) => Buffer.from(a))

/** What may arrive as Encrypt: text, base64 of random bytes, or real ciphertext bent a little. */
const hostileEncrypt = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a).toString('base64')),
  // Whole AES blocks of noise: they decrypt, so the pad, length and receive-id checks are reached.
  fc
    .integer({ min: 1, max: 6 })
    .chain((blocks) => fc.uint8Array({ minLength: blocks * 16, maxLength: blocks * 16 }))
    .map((a) => Buffer.from(a).toString('base64')),
  fc
    .record({ message: text, appId: text, key: aesKey, random: random16 })
    .chain(({ message, appId, key, random }) => {
      const bytes = Buffer.from(
        encryptMessage({ message, appId, encodingAesKey: key, random }).encrypt,
        'base64',
      )
      return fc
        .tuple(
          fc.nat({ max: bytes.length - 1 }),
          fc.integer({ min: 1, max: 255 }),
          fc.nat({ max: 64 }),
        )
        .map(([at, flip, cut]) => {
          const bent = Buffer.from(bytes)
          bent[at] = (bent[at] ?? 0) ^ flip
          return bent.subarray(0, Math.max(0, bent.length - cut)).toString('base64')
        })
    }),
)

describe('crypto envelope under hostile input', () => {
  it(
    'decodeAesKey: a 32-byte key and 16-byte IV, or IllegalAesKey',
    () => {
      fc.assert(
        fc.property(hostileKey, (key) => {
          const result = outcomeOf(() => decodeAesKey(key), [CryptoError], ['IllegalAesKey'])
          expect(result.ok).toBe(/^[A-Za-z0-9]{43}$/.test(key))
          if (result.ok) {
            expect(result.value.key).toHaveLength(32)
            expect(result.value.iv.equals(result.value.key.subarray(0, 16))).toBe(true)
          }
        }),
        fuzzParams(300),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'encrypt then decrypt gives back the message and the receive id, byte for byte',
    () => {
      fc.assert(
        fc.property(text, text, aesKey, random16, (message, appId, key, random) => {
          const sealed = encryptMessage({ message, appId, encodingAesKey: key, random })
          expect(sealed.cipherBytes % 32).toBe(0)
          const opened = decryptMessage({
            encrypt: sealed.encrypt,
            encodingAesKey: key,
            expectedAppId: appId,
          })
          expect(opened).toMatchObject({
            message,
            receiveId: appId,
            randomHex: random.toString('hex'),
          })
        }),
        fuzzParams(300),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'decryptMessage of anything: the layers, or a CryptoError with a WXBizMsgCrypt code',
    () => {
      fc.assert(
        fc.property(hostileEncrypt, hostileKey, fc.option(text), (encrypt, key, appId) => {
          const result = outcomeOf(
            () =>
              decryptMessage({
                encrypt,
                encodingAesKey: key,
                ...(appId === null ? {} : { expectedAppId: appId }),
              }),
            [CryptoError],
            CRYPTO_CODES,
          )
          if (result.ok) {
            expect(result.value.padValue).toBeGreaterThanOrEqual(1)
            expect(result.value.padValue).toBeLessThanOrEqual(32)
            if (appId !== null) expect(result.value.receiveId).toBe(appId)
          }
        }),
        fuzzParams(600),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'encryptMessage refuses a random prefix that is not 16 bytes with EncryptAES_Error',
    () => {
      fc.assert(
        fc.property(
          fc.uint8Array({ maxLength: 40 }).filter((a) => a.length !== 16),
          aesKey,
          (random, key) => {
            const result = outcomeOf(
              () =>
                encryptMessage({
                  message: 'x',
                  appId: 'wx',
                  encodingAesKey: key,
                  random: Buffer.from(random),
                }),
              [CryptoError],
              ['EncryptAES_Error'],
            )
            expect(result.ok).toBe(false)
          },
        ),
        fuzzParams(100),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'msg_signature: 40 lowercase hex, independent of argument order, checked case-insensitively',
    () => {
      fc.assert(
        fc.property(fc.array(text, { minLength: 4, maxLength: 4 }), fc.nat(23), (parts, turn) => {
          const [token = '', timestamp = '', nonce = '', encrypt = ''] = parts
          const expected = msgSignature({ token, timestamp, nonce, encrypt }).sha1
          expect(expected).toMatch(/^[0-9a-f]{40}$/)
          // The four values are sorted before hashing, so any permutation signs the same.
          const rotated = [...parts.slice(turn % 4), ...parts.slice(0, turn % 4)]
          const [a = '', b = '', c = '', d = ''] = turn >= 12 ? rotated.reverse() : rotated
          expect(msgSignature({ token: a, timestamp: b, nonce: c, encrypt: d }).sha1).toBe(expected)
          const input = { token, timestamp, nonce, encrypt }
          expect(verifyMsgSignature(input, expected.toUpperCase()).ok).toBe(true)
          expect(verifyMsgSignature(input, `${expected.slice(1)}0`).ok).toBe(
            `${expected.slice(1)}0` === expected,
          )
        }),
        fuzzParams(200),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
