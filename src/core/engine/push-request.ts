/**
 * Builds the HTTP request WeChat sends for one push (protocol.md §4): the query string in WeChat's
 * observed parameter order, WeChat's header set, and the body in the exact layout of the mode.
 * Overrides reproduce teaching and testing situations (the journey's 415, a forged signature, a
 * replayed stale timestamp, a push still encrypted with the previous EncodingAESKey).
 * Pure: time and randomness come in.
 */
import type { EncryptionMode } from '../../shared/model/account'
import type { HeaderList, PushOverrides } from '../../shared/model/exchange'
import { encryptMessage } from '../protocol/message-crypto'
import type { CryptoLayers } from '../protocol/message-crypto'
import { msgSignature } from '../protocol/msg-signature'
import { renderCompatibleBody, renderPlainBody, renderSafeBody } from '../protocol/push-body'
import { serverSignature } from '../protocol/server-signature'
import type { SignatureBreakdown } from '../protocol/server-signature'
import { childText } from '../protocol/xml-node'
import type { XmlNode } from '../protocol/xml-node'

/** What WeChat's push client sends (protocol.md §4.2, [wire]). */
export const WECHAT_PUSH_HEADERS = {
  contentType: 'text/xml',
  userAgent: 'Mozilla/4.0',
  accept: '*/*',
  pragma: 'no-cache',
} as const

export type { PushOverrides }

export interface PushRequestInput {
  readonly botUrl: string
  readonly mode: EncryptionMode
  readonly token: string
  readonly appId: string
  readonly encodingAesKey: string
  readonly previousEncodingAesKey?: string
  /** The push fields in order (from the catalogue). */
  readonly nodes: readonly XmlNode[]
  /** Unix seconds for the query timestamp (WeChat's is often CreateTime + 1, protocol.md §1). */
  readonly timestamp: string
  readonly nonce: string
  /** 16 random bytes for the AES prefix. */
  readonly aesRandom: Buffer
  readonly overrides?: PushOverrides
}

export interface PushRequest {
  readonly url: string
  readonly headers: HeaderList
  readonly body: Buffer
  /** The plaintext XML (the inner XML in encrypted modes). */
  readonly plainXml: string
  readonly signature: SignatureBreakdown
  readonly msgSignature?: SignatureBreakdown
  readonly crypto?: CryptoLayers
  /** The key actually used to encrypt. */
  readonly keyUsed?: 'current' | 'previous'
}

/** A signature that is well-formed but wrong: the real one with its first hex digit changed. */
function forge(sha1: string): string {
  const first = sha1.charAt(0) === '0' ? '1' : '0'
  return first + sha1.slice(1)
}

/** A bot URL taken apart once: every push to it only appends its own query. */
interface BotUrl {
  /** Everything before the query (scheme, authority, path), as URL serialises it. */
  readonly base: string
  /** The developer's own query (with its `?`), kept first. */
  readonly search: string
  readonly hash: string
  readonly host: string
}

/** Bot URLs seen recently; a handful in practice, bounded so a long session cannot grow it. */
const botUrls = new Map<string, BotUrl>()
const MAX_BOT_URLS = 64

function botUrl(text: string): BotUrl {
  const known = botUrls.get(text)
  if (known) return known
  const url = new URL(text)
  // From href rather than url.hash: an empty fragment (`…#`) is '' there but kept in the href.
  const fragment = url.href.indexOf('#')
  const parts = {
    search: url.search,
    hash: fragment === -1 ? '' : url.href.slice(fragment),
    host: url.host,
  }
  url.search = ''
  url.hash = ''
  const parsed: BotUrl = { base: url.href, ...parts }
  if (botUrls.size >= MAX_BOT_URLS) botUrls.clear()
  botUrls.set(text, parsed)
  return parsed
}

function withQuery(bot: BotUrl, query: string): string {
  // Keep whatever the developer put in the URL, then WeChat's parameters in its order.
  return `${bot.base}${bot.search ? `${bot.search}&` : '?'}${query}${bot.hash}`
}

const param = (name: string, value: string): string => `${name}=${encodeURIComponent(value)}`

/** The signature as sent: forged when the override asks for it. */
function sentSignature(breakdown: SignatureBreakdown, overrides: PushOverrides): string {
  return overrides.wrongSignature ? forge(breakdown.sha1) : breakdown.sha1
}

export function buildPushRequest(input: PushRequestInput): PushRequest {
  const overrides = input.overrides ?? {}
  const timestamp = String(Number(input.timestamp) - (overrides.staleSeconds ?? 0))
  const openid = childText(input.nodes, 'FromUserName') ?? ''
  const toUserName = childText(input.nodes, 'ToUserName') ?? ''
  const plainXml = renderPlainBody(input.nodes)
  const signature = serverSignature({ token: input.token, timestamp, nonce: input.nonce })
  // WeChat's parameters in its observed order (protocol.md §4.1).
  let query =
    `${param('signature', sentSignature(signature, overrides))}&${param('timestamp', timestamp)}` +
    `&${param('nonce', input.nonce)}&${param('openid', openid)}`
  let body = plainXml
  let crypto: CryptoLayers | undefined
  let msgSig: SignatureBreakdown | undefined
  let keyUsed: 'current' | 'previous' | undefined
  if (input.mode !== 'plain') {
    const previous = overrides.usePreviousKey ? input.previousEncodingAesKey : undefined
    keyUsed = previous ? 'previous' : 'current'
    crypto = encryptMessage({
      message: plainXml,
      appId: input.appId,
      encodingAesKey: previous ?? input.encodingAesKey,
      random: input.aesRandom,
    })
    msgSig = msgSignature({
      token: input.token,
      timestamp,
      nonce: input.nonce,
      encrypt: crypto.encrypt,
    })
    query += `&encrypt_type=aes&${param('msg_signature', sentSignature(msgSig, overrides))}`
    body =
      input.mode === 'safe'
        ? renderSafeBody(toUserName, crypto.encrypt)
        : renderCompatibleBody(input.nodes, crypto.encrypt)
  }
  const bytes = Buffer.from(body, 'utf8')
  const bot = botUrl(input.botUrl)
  const url = withQuery(bot, query)
  const headers: [string, string][] = [
    ['Host', bot.host],
    ['User-Agent', WECHAT_PUSH_HEADERS.userAgent],
    ['Accept', WECHAT_PUSH_HEADERS.accept],
    ['Pragma', WECHAT_PUSH_HEADERS.pragma],
    ['Content-Type', overrides.contentType ?? WECHAT_PUSH_HEADERS.contentType],
    ['Content-Length', String(bytes.length)],
  ]
  return {
    url,
    headers,
    body: bytes,
    plainXml,
    signature,
    ...(msgSig ? { msgSignature: msgSig } : {}),
    ...(crypto ? { crypto } : {}),
    ...(keyUsed ? { keyUsed } : {}),
  }
}
