/**
 * EncodingAESKey → AES-256 key and IV (protocol.md §8.1).
 * The 43 characters plus one '=' are base64 for 32 bytes. The 43rd character carries 2 surplus bits
 * that WeChat does not zero, so most real keys are non-canonical base64 (protocol.md §0 #4b): decode
 * leniently (Node's decoder drops the surplus bits), and report canonicity so the UI can warn that
 * a strict decoder in the bot (commons-codec 1.13/1.14, Rust `base64`) would reject the key.
 */
import { CryptoError } from './errors'

export interface AesKey {
  readonly key: Buffer
  /** IV = the first 16 bytes of the key. */
  readonly iv: Buffer
  /** False when the 43rd character's 2 discarded bits are non-zero. */
  readonly canonical: boolean
}

const KEY_PATTERN = /^[A-Za-z0-9]{43}$/
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

export function decodeAesKey(encodingAesKey: string): AesKey {
  if (!KEY_PATTERN.test(encodingAesKey)) {
    // The admin page only issues 43 alphanumerics (protocol.md §1); '+' and '/' would be valid base64 but
    // are never issued, so they are refused here too.
    throw new CryptoError(
      'IllegalAesKey',
      `EncodingAESKey must be exactly 43 letters or digits (got ${encodingAesKey.length} characters)`,
      { length: encodingAesKey.length, invalidChar: firstInvalidChar(encodingAesKey) },
    )
  }
  const key = Buffer.from(encodingAesKey + '=', 'base64')
  if (key.length !== 32) {
    throw new CryptoError('IllegalAesKey', 'EncodingAESKey does not decode to 32 bytes', {
      decodedBytes: key.length,
    })
  }
  const last = BASE64_ALPHABET.indexOf(encodingAesKey.charAt(42))
  return { key, iv: key.subarray(0, 16), canonical: (last & 0b11) === 0 }
}

function firstInvalidChar(s: string): string {
  const bad = [...s].find((c) => !/[A-Za-z0-9]/.test(c))
  return bad ?? ''
}

/**
 * A new EncodingAESKey, drawn the way WeChat draws them: 43 characters uniformly from 62, so about
 * three keys in four are non-canonical. `randomIndex(62)` is injected to keep this module pure.
 */
export function generateAesKey(randomIndex: (n: number) => number): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  let out = ''
  for (let i = 0; i < 43; i++) out += chars.charAt(randomIndex(chars.length))
  return out
}
