/**
 * WXBizMsgCrypt-compatible message encryption (protocol.md §8.2, §8.3).
 * FullStr = random(16) | msg_len(4, big-endian, UTF-8 bytes) | message | receive id (the AppID),
 * padded to a 32-byte block, AES-256-CBC with IV = key[0..16] and no cipher padding, then base64.
 * The random prefix is an argument so the official samples re-encrypt byte for byte.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto'
import type { CryptoLayers } from '../../shared/model/breakdowns'
import { decodeAesKey } from './aes-key'
import type { AesKey } from './aes-key'
import { CryptoError } from './errors'
import { WECHAT_BLOCK, unpad32 } from './pkcs7'

export type { CryptoLayers }

export interface EncryptInput {
  message: string
  appId: string
  encodingAesKey: string
  /** Exactly 16 bytes; pass a Buffer or a 16-character latin1 string. */
  random: Buffer | string
}

/**
 * Decoded keys by EncodingAESKey: an account's key is decoded once, not on every push and reply.
 * A few keys in practice; cleared when full so a long session cannot grow it.
 */
const decodedKeys = new Map<string, AesKey>()
const MAX_DECODED_KEYS = 64

function aesKeyOf(encodingAesKey: string): AesKey {
  const known = decodedKeys.get(encodingAesKey)
  if (known) return known
  const aes = decodeAesKey(encodingAesKey) // throws IllegalAesKey: nothing is kept then
  if (decodedKeys.size >= MAX_DECODED_KEYS) decodedKeys.clear()
  decodedKeys.set(encodingAesKey, aes)
  return aes
}

export function encryptMessage(input: EncryptInput): CryptoLayers {
  const aes = aesKeyOf(input.encodingAesKey)
  const random =
    typeof input.random === 'string' ? Buffer.from(input.random, 'latin1') : input.random
  if (random.length !== 16) {
    throw new CryptoError('EncryptAES_Error', 'the random prefix must be exactly 16 bytes', {
      randomBytes: random.length,
    })
  }
  // FullStr and its padding written into one buffer (pad32's layout, without the copies).
  const msgLen = Buffer.byteLength(input.message, 'utf8')
  const fullStrBytes = 20 + msgLen + Buffer.byteLength(input.appId, 'utf8')
  const padValue = WECHAT_BLOCK - (fullStrBytes % WECHAT_BLOCK)
  const padded = Buffer.allocUnsafe(fullStrBytes + padValue)
  random.copy(padded, 0)
  padded.writeUInt32BE(msgLen, 16)
  padded.write(input.message, 20, 'utf8')
  padded.write(input.appId, 20 + msgLen, 'utf8')
  padded.fill(padValue, fullStrBytes)
  const cipher = createCipheriv('aes-256-cbc', aes.key, aes.iv)
  cipher.setAutoPadding(false)
  const cipherText = Buffer.concat([cipher.update(padded), cipher.final()])
  return {
    random: random.toString('latin1'),
    randomHex: random.toString('hex'),
    msgLen,
    message: input.message,
    receiveId: input.appId,
    fullStrBytes,
    padValue,
    padBytesUniform: true,
    cipherBytes: cipherText.length,
    encrypt: cipherText.toString('base64'),
    keyCanonical: aes.canonical,
  }
}

export interface DecryptInput {
  encrypt: string
  encodingAesKey: string
  /** When given, the receive id must equal it (else ValidateAppid_Error, -40005). */
  expectedAppId?: string
}

const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/

export function decryptMessage(input: DecryptInput): CryptoLayers {
  const aes = aesKeyOf(input.encodingAesKey)
  const cipherText = decodeBase64(input.encrypt)
  const plain = aesDecrypt(cipherText, aes)
  const { data: fullStr, padValue, padBytesUniform } = unpad32(plain)
  if (fullStr.length < 20) {
    throw new CryptoError('IllegalBuffer', 'decrypted data is shorter than the 20-byte header', {
      bytes: fullStr.length,
    })
  }
  const msgLen = fullStr.readUInt32BE(16)
  if (20 + msgLen > fullStr.length) {
    throw new CryptoError('IllegalBuffer', `declared message length ${msgLen} exceeds the data`, {
      msgLen,
      available: fullStr.length - 20,
    })
  }
  const receiveId = fullStr.subarray(20 + msgLen).toString('utf8')
  if (input.expectedAppId !== undefined && receiveId !== input.expectedAppId) {
    throw new CryptoError('ValidateAppid_Error', 'the receive id is not this AppID', {
      expected: input.expectedAppId,
      found: receiveId,
    })
  }
  const random = fullStr.subarray(0, 16)
  return {
    random: random.toString('latin1'),
    randomHex: random.toString('hex'),
    msgLen,
    message: fullStr.subarray(20, 20 + msgLen).toString('utf8'),
    receiveId,
    fullStrBytes: fullStr.length,
    padValue,
    padBytesUniform,
    cipherBytes: cipherText.length,
    encrypt: input.encrypt,
    keyCanonical: aes.canonical,
  }
}

function decodeBase64(text: string): Buffer {
  // Node's decoder silently skips invalid characters; refuse them so a mangled Encrypt (e.g. '+'
  // turned into ' ' by a form decoder) is reported instead of decrypted into garbage.
  if (!BASE64_PATTERN.test(text) || text.length % 4 !== 0 || text.length === 0) {
    throw new CryptoError('DecodeBase64_Error', 'Encrypt is not valid base64', {
      length: text.length,
    })
  }
  return Buffer.from(text, 'base64')
}

function aesDecrypt(cipherText: Buffer, aes: AesKey): Buffer {
  if (cipherText.length % 16 !== 0) {
    throw new CryptoError(
      'DecryptAES_Error',
      `ciphertext length ${cipherText.length} is not a multiple of the AES block (16)`,
      { cipherBytes: cipherText.length },
    )
  }
  const decipher = createDecipheriv('aes-256-cbc', aes.key, aes.iv)
  decipher.setAutoPadding(false)
  return Buffer.concat([decipher.update(cipherText), decipher.final()])
}
