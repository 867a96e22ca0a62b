/**
 * Bots written for the load tests, each on its own loopback server: one that answers everything
 * at once, one that slows down as requests pile up, one that fails every tenth message, and one
 * that does its customer-service send once per attempt instead of once per MsgId. All answer in
 * plain or safe mode with the core account's keys.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { decryptMessage, encryptMessage } from '../../../src/core/protocol/message-crypto'
import { msgSignature } from '../../../src/core/protocol/msg-signature'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import { childText } from '../../../src/core/protocol/xml-node'
import type { Account } from '../../../src/shared/model/account'
import { textReply } from '../engine/bots'

export interface LoadPush {
  readonly from: string
  readonly to: string
  readonly msgType: string
  readonly event: string | undefined
  readonly msgId: string | undefined
  readonly createTime: string
  readonly values: Readonly<Record<string, string | undefined>>
  readonly encrypted: boolean
}

/** The push as the bot reads it (decrypted with the account's key when encrypted). */
export function readLoadPush(account: Account, body: Buffer): LoadPush {
  let nodes = parseWechatXml(body.toString('utf8'))
  const encrypt = childText(nodes, 'Encrypt')
  if (encrypt !== undefined) {
    const plain = decryptMessage({
      encrypt,
      encodingAesKey: account.encodingAesKey,
      expectedAppId: account.appId,
    }).message
    nodes = parseWechatXml(plain)
  }
  const text = (name: string) => childText(nodes, name)
  return {
    from: text('FromUserName') ?? '',
    to: text('ToUserName') ?? '',
    msgType: text('MsgType') ?? '',
    event: text('Event'),
    msgId: text('MsgId'),
    createTime: text('CreateTime') ?? '',
    values: { MediaId: text('MediaId'), PicUrl: text('PicUrl'), Content: text('Content') },
    encrypted: encrypt !== undefined,
  }
}

/** A text reply to the push, sealed in the §8.5 envelope when the push was encrypted. */
export function replyTo(account: Account, push: LoadPush, content: string): string {
  const xml = textReply(push.from, push.to, content)
  if (!push.encrypted) return xml
  const encrypt = encryptMessage({
    message: xml,
    appId: account.appId,
    encodingAesKey: account.encodingAesKey,
    random: 'abcdefghijklmnop',
  }).encrypt
  const timestamp = '1700000001'
  const nonce = '123456789'
  const signature = msgSignature({ token: account.token, timestamp, nonce, encrypt }).sha1
  return (
    `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt><MsgSignature><![CDATA[${signature}]]></MsgSignature>` +
    `<TimeStamp>${timestamp}</TimeStamp><Nonce><![CDATA[${nonce}]]></Nonce></xml>`
  )
}

export function answer(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'Content-Type': 'text/xml' }).end(body)
}

/** Answers every push at once with a text: every verdict is `reply`. */
export function fastBot(account: Account, seen: (push: LoadPush) => void = () => undefined) {
  return (_req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
    const push = readLoadPush(account, body)
    seen(push)
    answer(res, replyTo(account, push, 'ok'))
  }
}

/**
 * Answers after baseMs plus perRequestMs for every request it is already working on: fine alone,
 * slower and slower as requests pile up, like a bot with one database connection.
 */
export function slowingBot(account: Account, baseMs: number, perRequestMs: number) {
  let working = 0
  return (_req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
    const push = readLoadPush(account, body)
    const delay = baseMs + perRequestMs * working
    working++
    // A request WeChat gave up on (the engine closed it at the deadline) stops counting too.
    let done = false
    const leave = () => {
      if (done) return
      done = true
      working--
    }
    res.on('close', leave)
    setTimeout(() => {
      leave()
      if (!res.destroyed) answer(res, replyTo(account, push, 'slow ok'))
    }, delay)
  }
}

/** Every tenth request it receives gets HTTP 500; the rest a text. */
export function failingBot(account: Account) {
  let received = 0
  return (_req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
    received++
    if (received % 10 === 0) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal Server Error')
      return
    }
    answer(res, replyTo(account, readLoadPush(account, body), 'ok'))
  }
}

/**
 * Sends the user a customer-service message for every attempt it receives, then answers the
 * first attempt of each MsgId too slowly (slowMs, past the deadline) and a retry at once: WeChat
 * retries, and the user gets the customer-service message twice.
 */
export function doubleSendingBot(account: Account, platformUrl: string, slowMs: number) {
  const seenMsgIds = new Set<string>()
  let token: Promise<string> | undefined
  const accessToken = () =>
    (token ??= fetch(
      `${platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${account.appId}&secret=${account.appSecret}`,
    )
      .then((r) => r.json() as Promise<{ access_token: string }>)
      .then((j) => j.access_token))
  return async (_req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> => {
    const push = readLoadPush(account, body)
    const sent = await fetch(
      `${platformUrl}/cgi-bin/message/custom/send?access_token=${await accessToken()}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          touser: push.from,
          msgtype: 'text',
          text: { content: '您的订单已受理' },
        }),
      },
    )
    const result = (await sent.json()) as { errcode: number }
    if (result.errcode !== 0) throw new Error(`custom/send answered ${result.errcode}`)
    const key = push.msgId ?? `${push.from}:${push.createTime}`
    const first = !seenMsgIds.has(key)
    seenMsgIds.add(key)
    if (first) await new Promise((resolve) => setTimeout(resolve, slowMs))
    if (!res.destroyed) answer(res, replyTo(account, push, 'done'))
  }
}
