/**
 * Test harness for the sample bot: starts it (and a fake platform) on 127.0.0.1 port 0, builds
 * signed pushes in the three modes exactly as WeChat lays them out (protocol.md §4), and opens encrypted
 * replies. Pushes are built with the project's protocol modules, replies are judged with its reply
 * validator, so the bot is held to the same rules mpsim applies to any bot.
 */
import { afterEach } from 'vitest'
import { startSampleBot } from '../../../src/core/sample-bot'
import type { SampleBotConfig } from '../../../src/core/sample-bot'
import { decryptMessage, encryptMessage } from '../../../src/core/protocol/message-crypto'
import { msgSignature } from '../../../src/core/protocol/msg-signature'
import {
  renderCompatibleBody,
  renderPlainBody,
  renderSafeBody,
} from '../../../src/core/protocol/push-body'
import { validateReply } from '../../../src/core/protocol/reply'
import type { PushMode, Verdict } from '../../../src/core/protocol/reply'
import { serverSignature } from '../../../src/core/protocol/server-signature'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import { bare, cdata, childText } from '../../../src/core/protocol/xml-node'
import type { XmlNode } from '../../../src/core/protocol/xml-node'
import { seededRandom } from '../../../src/core/runtime/random'
import { PLATFORM_APP, startFakePlatform } from './fake-platform'
import type { FakePlatform } from './fake-platform'

export const TOKEN = 'mpsimtoken'
export const APP_ID = PLATFORM_APP.appId
export const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'
export const OLD_AES_KEY = 'A'.repeat(43)
export const GH_ID = 'gh_10f6c3c3ac5a'
export const OPENID = 'oyORnuP8q7ou2gfYjqLzSIWZf0rs'
export const NOW = 1714112445

export const MODES: readonly PushMode[] = ['plain', 'compatible', 'safe']

export interface Harness {
  readonly botUrl: string
  readonly platform: FakePlatform
  readonly logs: string[]
  readonly stop: () => Promise<void>
}

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()))
})

export async function startHarness(overrides: Partial<SampleBotConfig> = {}): Promise<Harness> {
  const platform = await startFakePlatform()
  const logs: string[] = []
  const bot = await startSampleBot(
    {
      token: TOKEN,
      appId: APP_ID,
      appSecret: PLATFORM_APP.appSecret,
      encodingAesKey: AES_KEY,
      platformBaseUrl: platform.url,
      random: seededRandom('sample-bot-test'),
      now: () => NOW,
      slowDelayMs: 50,
      log: (line) => logs.push(line),
      ...overrides,
    },
    0,
  )
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    await bot.stop()
    await platform.close()
  }
  cleanups.push(stop)
  return { botUrl: bot.url, platform, logs, stop }
}

let msgIdCounter = 23892468385179204n

export function textPush(content: string, msgId?: string): XmlNode[] {
  msgIdCounter += 1n
  return [
    cdata('ToUserName', GH_ID),
    cdata('FromUserName', OPENID),
    bare('CreateTime', String(NOW)),
    cdata('MsgType', 'text'),
    cdata('Content', content),
    bare('MsgId', msgId ?? msgIdCounter.toString()),
  ]
}

export function eventPush(event: string, eventKey = ''): XmlNode[] {
  return [
    cdata('ToUserName', GH_ID),
    cdata('FromUserName', OPENID),
    bare('CreateTime', String(NOW)),
    cdata('MsgType', 'event'),
    cdata('Event', event),
    cdata('EventKey', eventKey),
  ]
}

export function messagePush(msgType: string, fields: readonly XmlNode[]): XmlNode[] {
  msgIdCounter += 1n
  return [
    cdata('ToUserName', GH_ID),
    cdata('FromUserName', OPENID),
    bare('CreateTime', String(NOW)),
    cdata('MsgType', msgType),
    ...fields,
    bare('MsgId', msgIdCounter.toString()),
  ]
}

export interface PushRequest {
  readonly url: string
  readonly body: string
}

let nonceCounter = 973755032

/** The URL and body WeChat would send for `nodes` in `mode` (protocol.md §4.1, §4.3). */
export function buildPush(
  botUrl: string,
  nodes: readonly XmlNode[],
  mode: PushMode,
  encodingAesKey = AES_KEY,
): PushRequest {
  const timestamp = String(NOW + 1)
  const nonce = String((nonceCounter += 7))
  const query = new URLSearchParams({
    signature: serverSignature({ token: TOKEN, timestamp, nonce }).sha1,
    timestamp,
    nonce,
    openid: OPENID,
  })
  const plain = renderPlainBody(nodes)
  if (mode === 'plain') return { url: `${botUrl}/wechat?${query.toString()}`, body: plain }
  const { encrypt } = encryptMessage({
    message: plain,
    appId: APP_ID,
    encodingAesKey,
    random: 'a8eedb185eb2fecf',
  })
  query.set('encrypt_type', 'aes')
  query.set('msg_signature', msgSignature({ token: TOKEN, timestamp, nonce, encrypt }).sha1)
  const body =
    mode === 'safe' ? renderSafeBody(GH_ID, encrypt) : renderCompatibleBody(nodes, encrypt)
  return { url: `${botUrl}/wechat?${query.toString()}`, body }
}

export interface BotAnswer {
  readonly status: number
  readonly contentType: string
  readonly body: string
  readonly elapsedMs: number
}

export async function post(
  request: PushRequest,
  contentType: string | undefined = 'text/xml',
  init: RequestInit = {},
): Promise<BotAnswer> {
  const started = performance.now()
  const response = await fetch(request.url, {
    method: 'POST',
    headers: contentType === undefined ? {} : { 'Content-Type': contentType },
    body: request.body,
    ...init,
  })
  const body = await response.text()
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body,
    elapsedMs: performance.now() - started,
  }
}

/** Sends `nodes` in `mode` and judges the answer as WeChat would. */
export async function pushAndJudge(
  botUrl: string,
  nodes: readonly XmlNode[],
  mode: PushMode,
  encodingAesKey = AES_KEY,
): Promise<{ answer: BotAnswer; verdict: Verdict }> {
  const answer = await post(buildPush(botUrl, nodes, mode, encodingAesKey))
  const verdict = validateReply({
    push: {
      toUserName: GH_ID,
      fromUserName: OPENID,
      msgType: childText(nodes, 'MsgType') ?? '',
      event: childText(nodes, 'Event'),
      mode,
    },
    response: {
      status: answer.status,
      contentType: answer.contentType,
      body: answer.body,
      elapsedMs: answer.elapsedMs,
    },
    crypto: {
      token: TOKEN,
      encodingAesKey: AES_KEY,
      previousEncodingAesKey: OLD_AES_KEY,
      appId: APP_ID,
    },
  })
  return { answer, verdict }
}

export interface OpenedReply {
  readonly nodes: readonly XmlNode[]
  readonly timeStamp: string | undefined
  readonly nonce: string | undefined
}

/**
 * Opens an encrypted reply by hand: recompute MsgSignature from the envelope's own TimeStamp and
 * Nonce (protocol.md §8.5), decrypt with `encodingAesKey`, parse the inner XML.
 */
export function openReply(body: string, encodingAesKey = AES_KEY): OpenedReply {
  const envelope = parseWechatXml(body)
  const encrypt = childText(envelope, 'Encrypt') ?? ''
  const timeStamp = childText(envelope, 'TimeStamp')
  const nonce = childText(envelope, 'Nonce')
  const expected = msgSignature({
    token: TOKEN,
    timestamp: timeStamp ?? '',
    nonce: nonce ?? '',
    encrypt,
  }).sha1
  if (childText(envelope, 'MsgSignature') !== expected) throw new Error('MsgSignature mismatch')
  const inner = decryptMessage({ encrypt, encodingAesKey, expectedAppId: APP_ID }).message
  return { nodes: parseWechatXml(inner), timeStamp, nonce }
}
