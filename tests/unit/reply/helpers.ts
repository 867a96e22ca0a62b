/**
 * Shared fixtures for the reply-validator tables: one account (the official worked example's
 * crypto settings, protocol.md §8.7, with the protocol.md §1 sample ids), push builders, and a sealer that wraps a
 * reply in the encrypted envelope of protocol.md §8.5.
 */
import { encryptMessage } from '../../../src/core/protocol/message-crypto'
import { msgSignature } from '../../../src/core/protocol/msg-signature'
import type {
  CryptoSettings,
  PushFacts,
  ReplyCheckInput,
  ResponseFacts,
} from '../../../src/core/protocol/reply'
import { validateReply } from '../../../src/core/protocol/reply'
import type { ReplyProblemCode, Verdict } from '../../../src/shared/model/verdict'

export const GH = 'gh_10f6c3c3ac5a'
export const OPENID = 'oyORnuP8q7ou2gfYjqLzSIWZf0rs'
export const APPID = 'wxba5fad812f8e6fb9'
export const CRYPTO: CryptoSettings = {
  token: 'AAAAA',
  encodingAesKey: 'A'.repeat(43),
  appId: APPID,
}
/** A second key, as after a key change on the platform (protocol.md §2). */
export const NEW_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'

export const TEXT_PUSH: PushFacts = {
  toUserName: GH,
  fromUserName: OPENID,
  msgType: 'text',
  mode: 'plain',
}
export const CLICK_PUSH: PushFacts = { ...TEXT_PUSH, msgType: 'event', event: 'CLICK' }

/** A reply XML in the doc layout, addressed correctly unless overridden. */
export function replyXml(
  body: string,
  header: { to?: string; from?: string; createTime?: string; msgType?: string } = {},
): string {
  const { to = OPENID, from = GH, createTime = '1713424427', msgType = 'text' } = header
  return [
    '<xml>',
    `<ToUserName><![CDATA[${to}]]></ToUserName>`,
    `<FromUserName><![CDATA[${from}]]></FromUserName>`,
    `<CreateTime>${createTime}</CreateTime>`,
    `<MsgType><![CDATA[${msgType}]]></MsgType>`,
    body,
    '</xml>',
  ].join('\n')
}

export const textXml = (content = '你好', header = {}) =>
  replyXml(`<Content><![CDATA[${content}]]></Content>`, header)

export interface SealOptions {
  crypto?: CryptoSettings
  /** Key used to encrypt; @default crypto.encodingAesKey */
  key?: string
  /** AppID written into the plaintext; @default crypto.appId */
  appId?: string
  timeStamp?: string
  nonce?: string
  /** Override the MsgSignature written into the envelope. */
  signature?: string
}

/** Encrypts `message` and wraps it in the protocol.md §8.5 envelope, signed over its own TimeStamp/Nonce. */
export function seal(message: string, options: SealOptions = {}): string {
  const crypto = options.crypto ?? CRYPTO
  const { encrypt } = encryptMessage({
    message,
    appId: options.appId ?? crypto.appId,
    encodingAesKey: options.key ?? crypto.encodingAesKey,
    random: '707722b803182950',
  })
  return envelope(encrypt, { ...options, crypto })
}

/** The envelope around an existing Encrypt value. */
export function envelope(encrypt: string, options: SealOptions = {}): string {
  const crypto = options.crypto ?? CRYPTO
  const timeStamp = options.timeStamp ?? '1713424427'
  const nonce = options.nonce ?? '415670741'
  const signature =
    options.signature ??
    msgSignature({ token: crypto.token, timestamp: timeStamp, nonce, encrypt }).sha1
  return [
    '<xml>',
    `<Encrypt><![CDATA[${encrypt}]]></Encrypt>`,
    `<MsgSignature><![CDATA[${signature}]]></MsgSignature>`,
    `<TimeStamp>${timeStamp}</TimeStamp>`,
    `<Nonce><![CDATA[${nonce}]]></Nonce>`,
    '</xml>',
  ].join('\n')
}

/** Runs the validator with a plain text push and a 200 text/xml response unless overridden. */
export function judge(
  body: string,
  overrides: {
    push?: Partial<PushFacts>
    response?: Partial<ResponseFacts>
    crypto?: CryptoSettings
    finalAttempt?: boolean
  } = {},
): Verdict {
  const input: ReplyCheckInput = {
    push: { ...TEXT_PUSH, ...overrides.push },
    response: { status: 200, contentType: 'text/xml', elapsedMs: 40, body, ...overrides.response },
    ...(overrides.crypto ? { crypto: overrides.crypto } : {}),
    ...(overrides.finalAttempt !== undefined ? { finalAttempt: overrides.finalAttempt } : {}),
  }
  return validateReply(input)
}

export const codesOf = (verdict: Verdict): ReplyProblemCode[] => verdict.problems.map((p) => p.code)

export const errorsOf = (verdict: Verdict) => verdict.problems.filter((p) => p.severity === 'error')

/** Replaces the character at `index` with a different base64 character. */
export function flipChar(text: string, index: number): string {
  const c = text.charAt(index)
  return text.slice(0, index) + (c === 'A' ? 'B' : 'A') + text.slice(index + 1)
}
