/**
 * Encrypted replies (protocol.md §7.3 "Encrypted replies", §8.3-§8.5, §2 key change): which mode wants
 * which reply, each envelope check with its WXBizMsgCrypt code, and the decrypted reply judged by
 * the plaintext rules.
 */
import { createCipheriv } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decodeAesKey } from '../../../src/core/protocol/aes-key'
import { pad32 } from '../../../src/core/protocol/pkcs7'
import { ReplyInputError } from '../../../src/core/protocol/reply'
import { CRYPTO, codesOf, envelope, GH, judge, NEW_KEY, OPENID, seal, textXml } from './helpers'

const SAFE = { push: { mode: 'safe' as const }, crypto: CRYPTO }
const COMPATIBLE = { push: { mode: 'compatible' as const }, crypto: CRYPTO }

describe('plaintext or encrypted, by mode', () => {
  it('safe mode refuses a plaintext reply', () => {
    const verdict = judge(textXml(), SAFE)
    expect(verdict).toMatchObject({
      outcome: 'service-unavailable',
      cause: 'plaintext-reply-in-safe-mode',
    })
    expect(codesOf(verdict)).toEqual(['plaintext-reply-in-safe-mode'])
    // The reply is still parsed so the inspector can show it.
    expect(verdict.reply?.msgType).toBe('text')
  })

  it('compatible mode accepts a plaintext reply', () => {
    expect(judge(textXml(), COMPATIBLE)).toMatchObject({ outcome: 'reply', problems: [] })
  })

  it('safe mode accepts an encrypted reply', () => {
    const verdict = judge(seal(textXml('加密')), SAFE)
    expect(verdict).toMatchObject({ outcome: 'reply', problems: [] })
    expect(verdict.phoneView).toEqual({ kind: 'text', content: '加密' })
  })

  it('plaintext mode refuses an encrypted envelope', () => {
    expect(codesOf(judge(seal(textXml())))).toEqual(['envelope-in-plain-mode'])
  })

  it('success is sent unencrypted in safe mode (protocol.md §0 #8)', () => {
    expect(judge('success', SAFE)).toMatchObject({ outcome: 'no-reply', reason: 'success' })
  })

  it('an encrypted success is refused', () => {
    const verdict = judge(seal('success'), SAFE)
    expect(codesOf(verdict)).toEqual(['success-encrypted'])
    expect(verdict.problems[0]?.detail.layer).toBe('decrypted')
  })

  it('an encrypted mode without crypto settings is a caller error', () => {
    expect(() => judge(textXml(), { push: { mode: 'safe' } })).toThrow(ReplyInputError)
  })
})

describe('the envelope (protocol.md §8.5)', () => {
  it('MsgSignature is computed over the envelope’s own TimeStamp and Nonce', () => {
    const verdict = judge(seal(textXml(), { timeStamp: '1700000000', nonce: '12345' }), SAFE)
    expect(verdict.problems).toEqual([])
    expect(verdict.envelope).toMatchObject({ timeStamp: '1700000000', nonce: '12345' })
  })

  it.each(['MsgSignature', 'TimeStamp', 'Nonce'])('missing %s', (field) => {
    const body = seal(textXml()).replace(new RegExp(`<${field}>.*</${field}>\\n`), '')
    const verdict = judge(body, SAFE)
    expect(verdict.outcome).toBe('service-unavailable')
    expect(codesOf(verdict)).toEqual(['envelope-field-missing'])
    expect(verdict.problems[0]?.detail).toEqual({ field })
  })

  it('empty Encrypt', () => {
    const verdict = judge(envelope(''), SAFE)
    expect(codesOf(verdict)).toEqual(['envelope-field-missing'])
    expect(verdict.problems[0]?.detail).toEqual({ field: 'Encrypt' })
  })

  it('signed with the push’s timestamp but written with another', () => {
    const body = seal(textXml(), { timeStamp: '1713424427' }).replace(
      '<TimeStamp>1713424427</TimeStamp>',
      '<TimeStamp>1713424428</TimeStamp>',
    )
    const verdict = judge(body, SAFE)
    expect(codesOf(verdict)).toEqual(['envelope-signature-mismatch'])
    expect(verdict.problems[0]?.detail).toMatchObject({
      cryptoCode: 'ValidateSignature_Error',
      wxbizCode: -40001,
    })
  })

  it('TimeStamp in milliseconds (node-webot) is accepted with a warning', () => {
    const verdict = judge(seal(textXml(), { timeStamp: '1713424427123' }), SAFE)
    expect(verdict.outcome).toBe('reply')
    expect(codesOf(verdict)).toEqual(['envelope-timestamp-milliseconds'])
  })

  it('Encrypt mangled by a form decoder ("+" → " ") is DecodeBase64_Error', () => {
    const sealed = seal(textXml('abc'))
    const encrypt = /<Encrypt><!\[CDATA\[(.*)]]><\/Encrypt>/.exec(sealed)![1]!
    const mangled = encrypt.includes('+')
      ? encrypt.replace('+', ' ')
      : `${encrypt.slice(0, -4)} ===`
    const verdict = judge(envelope(mangled), SAFE)
    expect(codesOf(verdict)).toEqual(['envelope-decrypt-failed'])
    expect(verdict.problems[0]?.detail).toMatchObject({
      cryptoCode: 'DecodeBase64_Error',
      wxbizCode: -40010,
    })
  })
})

describe('keys and AppID (protocol.md §2, §8.2-§8.3)', () => {
  const changed = {
    ...CRYPTO,
    encodingAesKey: NEW_KEY,
    previousEncodingAesKey: CRYPTO.encodingAesKey,
  }

  it('a reply encrypted with the previous key is accepted with a warning', () => {
    const verdict = judge(seal(textXml()), { push: { mode: 'safe' }, crypto: changed })
    expect(verdict.outcome).toBe('reply')
    expect(codesOf(verdict)).toEqual(['envelope-previous-key'])
    expect(verdict.envelope?.keyUsed).toBe('previous')
  })

  it('the current key is preferred when both are configured', () => {
    const verdict = judge(seal(textXml(), { key: NEW_KEY }), {
      push: { mode: 'safe' },
      crypto: changed,
    })
    expect(verdict.problems).toEqual([])
    expect(verdict.envelope?.keyUsed).toBe('current')
  })

  it('a wrong key is IllegalBuffer (-40008)', () => {
    const verdict = judge(seal(textXml(), { key: NEW_KEY }), SAFE)
    expect(codesOf(verdict)).toEqual(['envelope-decrypt-failed'])
    expect(verdict.problems[0]?.detail).toMatchObject({
      cryptoCode: 'IllegalBuffer',
      wxbizCode: -40008,
    })
  })

  it('a wrong key with a previous key configured reports both attempts', () => {
    const other = { ...changed, previousEncodingAesKey: 'Z'.repeat(43) }
    const verdict = judge(seal(textXml()), { push: { mode: 'safe' }, crypto: other })
    expect(codesOf(verdict)).toEqual(['envelope-decrypt-failed'])
    expect(verdict.problems[0]?.detail).toMatchObject({
      cryptoCode: 'IllegalBuffer',
      previousKeyCryptoCode: 'IllegalBuffer',
    })
  })

  it('another AppID inside is ValidateAppid_Error (-40005)', () => {
    const verdict = judge(seal(textXml(), { appId: 'wx0000000000000000' }), SAFE)
    expect(codesOf(verdict)).toEqual(['envelope-appid-mismatch'])
    expect(verdict.problems[0]?.detail).toEqual({
      expected: CRYPTO.appId,
      got: 'wx0000000000000000',
      cryptoCode: 'ValidateAppid_Error',
      wxbizCode: -40005,
    })
  })
})

describe('padding (protocol.md §8.3 policy: tolerant, flagged)', () => {
  it('16-byte PKCS#7 (Node auto-padding) decrypts, with a warning', () => {
    const verdict = judge(envelope(encryptWith16BytePadding()), SAFE)
    expect(verdict.outcome).toBe('reply')
    expect(codesOf(verdict)).toEqual(['envelope-padded-to-16'])
  })

  it('pad bytes that are not all equal decrypt, with a warning', () => {
    const verdict = judge(envelope(encryptWithIrregularPadding()), SAFE)
    expect(verdict.outcome).toBe('reply')
    expect(codesOf(verdict)).toEqual(['envelope-padding-irregular'])
  })
})

describe('the decrypted reply is judged like a plaintext one', () => {
  it('To/From not swapped inside the envelope', () => {
    const verdict = judge(seal(textXml('hi', { to: GH, from: OPENID })), SAFE)
    expect(codesOf(verdict)).toEqual(['to-from-not-swapped'])
    expect(verdict.problems[0]?.detail.layer).toBe('decrypted')
  })

  it('a DRF-style JSON body inside the envelope', () => {
    expect(codesOf(judge(seal('{"detail":"x"}'), SAFE))).toEqual(['body-json'])
  })
})

/** FullStr for a text reply whose length makes `accept(length)` true (grows the content). */
function fullStr(accept: (length: number) => boolean): Buffer {
  for (let extra = 0; extra < 64; extra++) {
    const message = Buffer.from(textXml('x'.repeat(1 + extra)), 'utf8')
    const length = Buffer.alloc(4)
    length.writeUInt32BE(message.length, 0)
    const full = Buffer.concat([
      Buffer.from('707722b803182950', 'latin1'),
      length,
      message,
      Buffer.from(CRYPTO.appId),
    ])
    if (accept(full.length)) return full
  }
  throw new Error('no suitable length')
}

function aesNoPadding(data: Buffer): string {
  const { key, iv } = decodeAesKey(CRYPTO.encodingAesKey)
  const cipher = createCipheriv('aes-256-cbc', key, iv)
  cipher.setAutoPadding(false)
  return Buffer.concat([cipher.update(data), cipher.final()]).toString('base64')
}

function encryptWith16BytePadding(): string {
  // Choose a length where the 16-byte padded size is an odd multiple of 16 (not 32-aligned).
  const full = fullStr((n) => (n + (16 - (n % 16))) % 32 === 16)
  const { key, iv } = decodeAesKey(CRYPTO.encodingAesKey)
  const cipher = createCipheriv('aes-256-cbc', key, iv) // auto-padding: PKCS#7 to 16 bytes
  return Buffer.concat([cipher.update(full), cipher.final()]).toString('base64')
}

function encryptWithIrregularPadding(): string {
  const padded = pad32(fullStr((n) => 32 - (n % 32) >= 2))
  padded[padded.length - 2] = 0
  return aesNoPadding(padded)
}
