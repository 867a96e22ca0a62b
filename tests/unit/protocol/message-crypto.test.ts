import { describe, expect, it } from 'vitest'
import { loadEncryptionVectors } from '../../helpers/vectors'
import { decryptMessage, encryptMessage } from '../../../src/core/protocol/message-crypto'
import { msgSignature } from '../../../src/core/protocol/msg-signature'
import { decodeAesKey, generateAesKey } from '../../../src/core/protocol/aes-key'
import { CryptoError } from '../../../src/core/protocol/errors'
import type { CryptoErrorCode } from '../../../src/core/protocol/errors'

const vectors = loadEncryptionVectors()
const withKey = vectors.filter((v) => v.encoding_aes_key && v.receive_id && v.plaintext)

function expectCode(fn: () => unknown, code: CryptoErrorCode): void {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(CryptoError)
    expect((error as CryptoError).code).toBe(code)
    return
  }
  throw new Error(`expected CryptoError ${code}, nothing was thrown`)
}

describe('decryptMessage from encryption.json (protocol.md §8.2-8.3)', () => {
  it.each(withKey)('$id', (v) => {
    const layers = decryptMessage({
      encrypt: v.encrypt,
      encodingAesKey: v.encoding_aes_key!,
      expectedAppId: v.receive_id!,
    })
    expect(layers.message).toBe(v.plaintext)
    expect(layers.receiveId).toBe(v.receive_id)
    if (v.random) expect(layers.random).toBe(v.random)
    if (v.msg_len !== undefined) expect(layers.msgLen).toBe(v.msg_len)
    if (v.fullstr_bytes !== undefined) expect(layers.fullStrBytes).toBe(v.fullstr_bytes)
    if (v.cipher_bytes !== undefined) expect(layers.cipherBytes).toBe(v.cipher_bytes)
    if (v.pad_value !== undefined) expect(layers.padValue).toBe(v.pad_value)
    if (v.key_is_canonical_base64 !== undefined) {
      expect(layers.keyCanonical).toBe(v.key_is_canonical_base64)
    }
  })
})

describe('encryptMessage re-encrypts every vector with a known random byte for byte', () => {
  it.each(withKey.filter((v) => v.random))('$id', (v) => {
    const layers = encryptMessage({
      message: v.plaintext!,
      appId: v.receive_id!,
      encodingAesKey: v.encoding_aes_key!,
      random: v.random!,
    })
    expect(layers.encrypt).toBe(v.encrypt)
    expect(layers.padValue).toBe(v.pad_value)
  })
})

describe('msgSignature from encryption.json (protocol.md §8.4)', () => {
  it.each(vectors.filter((v) => v.msg_signature && v.timestamp && v.nonce))('$id', (v) => {
    const sig = msgSignature({
      token: v.token,
      timestamp: v.timestamp!,
      nonce: v.nonce!,
      encrypt: v.encrypt,
    })
    expect(sig.sha1).toBe(v.msg_signature)
    expect(sig.sorted).toHaveLength(4)
  })
})

describe('typed crypto errors carry the official library codes (protocol.md §8.6)', () => {
  const v = withKey[0]!
  const key = v.encoding_aes_key!
  it('wrong key → not the message (IllegalBuffer or ValidateAppid_Error)', () => {
    const wrongKey = 'B' + key.slice(1)
    expect(() =>
      decryptMessage({ encrypt: v.encrypt, encodingAesKey: wrongKey, expectedAppId: v.receive_id }),
    ).toThrow(CryptoError)
  })
  it('other AppID → ValidateAppid_Error (-40005)', () => {
    expectCode(
      () => decryptMessage({ encrypt: v.encrypt, encodingAesKey: key, expectedAppId: 'wx0000' }),
      'ValidateAppid_Error',
    )
    try {
      decryptMessage({ encrypt: v.encrypt, encodingAesKey: key, expectedAppId: 'wx0000' })
    } catch (e) {
      expect((e as CryptoError).wxbizCode).toBe(-40005)
      expect((e as CryptoError).detail).toMatchObject({ found: v.receive_id })
    }
  })
  it('key of 42 characters → IllegalAesKey (-40004)', () => {
    expectCode(() => decodeAesKey(key.slice(1)), 'IllegalAesKey')
  })
  it('key with a symbol → IllegalAesKey', () => {
    expectCode(() => decodeAesKey('+' + key.slice(1)), 'IllegalAesKey')
  })
  it('Encrypt with a space (a form decoder ate the "+") → DecodeBase64_Error (-40010)', () => {
    expectCode(
      () => decryptMessage({ encrypt: v.encrypt.replace(/\+/g, ' '), encodingAesKey: key }),
      'DecodeBase64_Error',
    )
  })
  it('ciphertext not a multiple of 16 → DecryptAES_Error (-40007)', () => {
    expectCode(
      () => decryptMessage({ encrypt: 'AAAAAAAA', encodingAesKey: key }),
      'DecryptAES_Error',
    )
  })
  it('random prefix of the wrong size → EncryptAES_Error', () => {
    expectCode(
      () => encryptMessage({ message: 'x', appId: 'wx', encodingAesKey: key, random: 'short' }),
      'EncryptAES_Error',
    )
  })
})

describe('padding and keys', () => {
  it('pads to a 32-byte block: a 32-aligned FullStr gets a full block of 32', () => {
    // 16 random + 4 length + 4 message + 8 appid = 32 bytes
    const layers = encryptMessage({
      message: 'abcd',
      appId: 'wx123456',
      encodingAesKey: 'A'.repeat(43),
      random: '0123456789abcdef',
    })
    expect(layers.fullStrBytes).toBe(32)
    expect(layers.padValue).toBe(32)
    expect(layers.cipherBytes).toBe(64)
  })
  it('round-trips multibyte text (msg_len counts UTF-8 bytes)', () => {
    const message = '<xml><Content><![CDATA[你好 👋]]></Content></xml>'
    const enc = encryptMessage({
      message,
      appId: 'wxabc',
      encodingAesKey: 'Z'.repeat(43),
      random: 'r'.repeat(16),
    })
    const dec = decryptMessage({
      encrypt: enc.encrypt,
      encodingAesKey: 'Z'.repeat(43),
      expectedAppId: 'wxabc',
    })
    expect(dec.message).toBe(message)
    expect(dec.msgLen).toBe(Buffer.byteLength(message))
  })
  it('generates 43-character alphanumeric keys like WeChat, canonical or not', () => {
    let i = 0
    const seq = (n: number) => (i++ * 7) % n
    const key = generateAesKey(seq)
    expect(key).toMatch(/^[A-Za-z0-9]{43}$/)
    expect(decodeAesKey(key).key).toHaveLength(32)
  })
})
