/**
 * Safe mode (安全模式) and compatible mode (兼容模式): pushes with `encrypt_type=aes` (protocol.md §4.1,
 * §8). Both carry an <Encrypt> element; compatible mode also repeats the fields in plaintext, but
 * only the encrypted copy is covered by `msg_signature`, so the bot always reads that one.
 *
 * Receiving: check `msg_signature` = sha1(sort(token, timestamp, nonce, Encrypt)) — the official
 * doc warns that `signature` alone does not cover the body (protocol.md §4.1, §8.4) — then decrypt. When
 * the developer changes the EncodingAESKey, WeChat may go on using the old one for a while, so the
 * FAQ says: keep the previous key, try it when the current one fails, and encrypt the reply with
 * whichever key worked (protocol.md §2).
 *
 * Replying: the reply XML is encrypted and wrapped in the §8.5 envelope with the bot's own
 * TimeStamp and Nonce; MsgSignature is computed over those (not the push's). The envelope may
 * echo the push's nonce (the doc suggests it) — any value works, since the signature covers it.
 */
import { randomAlnum, randomDigits } from '../../runtime/random'
import type { Random } from '../../runtime/random'
import { CryptoError } from '../../protocol/errors'
import { decryptMessage, encryptMessage } from '../../protocol/message-crypto'
import { verifyMsgSignature, msgSignature } from '../../protocol/msg-signature'
import { renderTextElement } from '../../protocol/xml-codec'
import { childText } from '../../protocol/xml-node'
import { BotHttpError } from '../http/bot-error'
import { parseXml } from './inbound-push'

export interface KeyRing {
  readonly token: string
  readonly appId: string
  readonly encodingAesKey: string
  readonly previousEncodingAesKey?: string | undefined
}

export interface OpenedPush {
  /** The decrypted inner XML (plaintext layout). */
  readonly xml: string
  /** The EncodingAESKey that decrypted it: the reply must use the same one. */
  readonly encodingAesKey: string
  readonly keyUsed: 'current' | 'previous'
}

export interface PushSignature {
  readonly timestamp: string
  readonly nonce: string
  readonly msgSignature: string
}

export function openEncryptedPush(body: string, query: PushSignature, keys: KeyRing): OpenedPush {
  const encrypt = childText(parseXml(body), 'Encrypt')
  if (encrypt === undefined || encrypt === '') {
    throw new BotHttpError(
      400,
      'xml-invalid',
      'encrypt_type=aes，但正文里没有 <Encrypt>。/ encrypt_type=aes but the body has no <Encrypt>.',
    )
  }
  const { token } = keys
  if (!verifyMsgSignature({ token, ...query, encrypt }, query.msgSignature).ok) {
    throw new BotHttpError(
      403,
      'msg-signature-mismatch',
      'msg_signature 校验失败（ValidateSignature_Error, -40001）。/ msg_signature mismatch: ' +
        'it must be sha1 of the sorted Token, timestamp, nonce and the Encrypt text.',
    )
  }
  return decryptWithFallback(encrypt, keys)
}

function decryptWithFallback(encrypt: string, keys: KeyRing): OpenedPush {
  const attempt = (encodingAesKey: string) =>
    decryptMessage({ encrypt, encodingAesKey, expectedAppId: keys.appId }).message
  try {
    return {
      xml: attempt(keys.encodingAesKey),
      encodingAesKey: keys.encodingAesKey,
      keyUsed: 'current',
    }
  } catch (current) {
    if (!(current instanceof CryptoError)) throw current
    const previous = keys.previousEncodingAesKey
    if (previous !== undefined) {
      try {
        return { xml: attempt(previous), encodingAesKey: previous, keyUsed: 'previous' }
      } catch (error) {
        if (!(error instanceof CryptoError)) throw error
      }
    }
    // Report the current key's failure: that is the key the developer thinks is in use.
    throw new BotHttpError(
      400,
      'decrypt-failed',
      `解密失败（${current.code}, ${current.wxbizCode}）。/ Decryption failed (${current.code}): ` +
        'check the EncodingAESKey and the AppID.',
    )
  }
}

export interface SealInput {
  readonly replyXml: string
  readonly token: string
  readonly appId: string
  /** The key that decrypted the push. */
  readonly encodingAesKey: string
  readonly random: Random
  /** Unix seconds. */
  readonly now: number
}

/** The encrypted reply envelope, laid out as in protocol.md §8.5. */
export function sealReply(input: SealInput): string {
  const { encrypt } = encryptMessage({
    message: input.replyXml,
    appId: input.appId,
    encodingAesKey: input.encodingAesKey,
    // SDKs use 16 ASCII letters and digits as the random prefix (protocol.md §8.2).
    random: randomAlnum(input.random, 16),
  })
  const timestamp = String(input.now)
  const nonce = randomDigits(input.random, 10)
  const signature = msgSignature({ token: input.token, timestamp, nonce, encrypt }).sha1
  return [
    '<xml>',
    renderTextElement('Encrypt', encrypt, true),
    renderTextElement('MsgSignature', signature, true),
    renderTextElement('TimeStamp', timestamp, false),
    renderTextElement('Nonce', nonce, true),
    '</xml>',
  ].join('\n')
}
