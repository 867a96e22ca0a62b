/**
 * Bots written for the engine tests: one that does everything right (all three modes), and the
 * building blocks for the deliberately broken ones (each test bends one thing).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { decryptMessage, encryptMessage } from '../../../src/core/protocol/message-crypto'
import { msgSignature } from '../../../src/core/protocol/msg-signature'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import { childText } from '../../../src/core/protocol/xml-node'
import type { Account } from '../../../src/shared/model/account'

export const ACCOUNT: Account = {
  id: 'acc1',
  name: 'engine test',
  appId: 'wx2c2769f8efd9abc2',
  appSecret: '0123456789abcdef0123456789abcdef',
  originalId: 'gh_10f6c3c3ac5a',
  token: 'mpsimtoken',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  previousEncodingAesKey: 'A'.repeat(43),
  mode: 'plain',
  botUrl: 'http://127.0.0.1:9/wechat',
  callbackDomain: '127.0.0.1',
  ipWhitelist: [],
  testAccount: true,
}
export const OPENID = 'oyORnuP8q7ou2gfYjqLzSIWZf0rs'

export interface Incoming {
  query: URLSearchParams
  contentType: string | undefined
  /** The plaintext push (decrypted when encrypted). */
  push: { from: string; to: string; msgType: string; content: string | undefined }
  encrypted: boolean
}

export function readPush(req: IncomingMessage, body: Buffer, account = ACCOUNT): Incoming {
  const query = new URL(req.url ?? '/', 'http://x').searchParams
  let nodes = parseWechatXml(body.toString('utf8'))
  const encrypt = childText(nodes, 'Encrypt')
  if (encrypt !== undefined) {
    nodes = parseWechatXml(
      decryptMessage({
        encrypt,
        encodingAesKey: account.encodingAesKey,
        expectedAppId: account.appId,
      }).message,
    )
  }
  return {
    query,
    contentType: req.headers['content-type'],
    encrypted: encrypt !== undefined,
    push: {
      from: childText(nodes, 'FromUserName') ?? '',
      to: childText(nodes, 'ToUserName') ?? '',
      msgType: childText(nodes, 'MsgType') ?? '',
      content: childText(nodes, 'Content'),
    },
  }
}

export function textReply(
  to: string,
  from: string,
  content: string,
  createTime = '1700000000',
): string {
  return (
    `<xml><ToUserName><![CDATA[${to}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>` +
    `<CreateTime>${createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
    `<Content><![CDATA[${content}]]></Content></xml>`
  )
}

/** Wraps a reply in the §8.5 envelope; `tamper` bends one part of it. */
export function seal(
  xml: string,
  options: { appId?: string; key?: string; tamper?: 'signature' } = {},
): string {
  const encrypt = encryptMessage({
    message: xml,
    appId: options.appId ?? ACCOUNT.appId,
    encodingAesKey: options.key ?? ACCOUNT.encodingAesKey,
    random: 'abcdefghijklmnop',
  }).encrypt
  const timestamp = '1700000001'
  const nonce = '123456789'
  let signature = msgSignature({ token: ACCOUNT.token, timestamp, nonce, encrypt }).sha1
  if (options.tamper === 'signature') signature = `0${signature.slice(1)}`
  return (
    `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt><MsgSignature><![CDATA[${signature}]]></MsgSignature>` +
    `<TimeStamp>${timestamp}</TimeStamp><Nonce><![CDATA[${nonce}]]></Nonce></xml>`
  )
}

/** A correct bot: echoes the text back, encrypted when the push was. */
export const goodBot = (req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
  const incoming = readPush(req, body)
  const reply = textReply(
    incoming.push.from,
    incoming.push.to,
    `echo: ${incoming.push.content ?? ''}`,
  )
  res.writeHead(200, { 'Content-Type': 'text/xml' }).end(incoming.encrypted ? seal(reply) : reply)
}
