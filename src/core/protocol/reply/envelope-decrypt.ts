/**
 * Decrypts a reply's Encrypt with the current EncodingAESKey, falling back to the previous one:
 * after a key change the platform keeps accepting the old key for a while and the FAQ tells bots to
 * encrypt with whichever key worked (protocol.md §2). A key "works" when the plaintext ends with this
 * AppID (protocol.md §8.2); a wrong key almost always fails earlier, as IllegalBuffer.
 */
import { CryptoError } from '../errors'
import { decryptMessage } from '../message-crypto'
import type { CryptoLayers } from '../message-crypto'
import type { CryptoSettings } from './input'

export type KeyedDecryption =
  | { readonly ok: true; readonly layers: CryptoLayers; readonly keyUsed: 'current' | 'previous' }
  | { readonly ok: false; readonly error: CryptoError; readonly previousError?: CryptoError }

export function decryptWithKeys(encrypt: string, crypto: CryptoSettings): KeyedDecryption {
  const current = attempt(encrypt, crypto.encodingAesKey)
  const currentFailed = current instanceof CryptoError
  if (!currentFailed && current.receiveId === crypto.appId) {
    return { ok: true, layers: current, keyUsed: 'current' }
  }
  const previousKey = crypto.previousEncodingAesKey
  const previous = previousKey === undefined ? undefined : attempt(encrypt, previousKey)
  if (previous !== undefined && !(previous instanceof CryptoError)) {
    // The previous key wins when it yields this AppID, or when the current key fails outright.
    if (previous.receiveId === crypto.appId || currentFailed) {
      return { ok: true, layers: previous, keyUsed: 'previous' }
    }
  }
  if (currentFailed) {
    return previous instanceof CryptoError
      ? { ok: false, error: current, previousError: previous }
      : { ok: false, error: current }
  }
  // Decrypted with the current key but another AppID: the caller reports -40005.
  return { ok: true, layers: current, keyUsed: 'current' }
}

function attempt(encrypt: string, encodingAesKey: string): CryptoLayers | CryptoError {
  try {
    // No expectedAppId: the AppID is compared here and by the caller, so a mismatch can be told
    // apart from a key that does not decrypt at all.
    return decryptMessage({ encrypt, encodingAesKey })
  } catch (error) {
    if (error instanceof CryptoError) return error
    throw error
  }
}
