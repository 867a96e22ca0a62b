/**
 * The capture fixtures of tests/fixtures/captures, built here so their provenance is code: the
 * encrypted ones are made with the workspace account's key by the protocol module, the others are
 * laid out as the tools that make them write them. `npx tsx tests/helpers/write-capture-fixtures.ts`
 * writes the files; tests/unit/replay/import-fixtures.test.ts checks they still match.
 */
import type { Account } from '../../src/shared/model/account'
import type { ApiExchange, PushExchange, VerifyExchange } from '../../src/shared/model/exchange'
import { encryptMessage } from '../../src/core/protocol/message-crypto'
import { msgSignature } from '../../src/core/protocol/msg-signature'
import {
  renderCompatibleBody,
  renderPlainBody,
  renderSafeBody,
} from '../../src/core/protocol/push-body'
import { serverSignature } from '../../src/core/protocol/server-signature'
import { bare, cdata } from '../../src/core/protocol/xml-node'
import type { XmlNode } from '../../src/core/protocol/xml-node'

export const CURRENT_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'
export const PREVIOUS_KEY = 'Zyxwvutsrqponmlkjihgfedcba9876543210ZYXWVUT'
/** A key the workspace never had: what a capture from another account was encrypted with. */
export const FOREIGN_KEY = 'OtherKeyOtherKeyOtherKeyOtherKeyOtherKey123'

export const WORKSPACE_ACCOUNT: Account = {
  id: 'acc-1',
  name: 'Shop',
  appId: 'wx1234567890abcdef',
  appSecret: '0123456789abcdef0123456789abcdef',
  originalId: 'gh_0123456789ab',
  token: 'mpsimtoken',
  encodingAesKey: CURRENT_KEY,
  previousEncodingAesKey: PREVIOUS_KEY,
  mode: 'safe',
  botUrl: 'http://127.0.0.1:3000/wx',
  callbackDomain: '127.0.0.1:3000',
  ipWhitelist: [],
  testAccount: false,
}

export const OPENID = 'oUo26seZPcU3qKfcMiXLneG3fO4A'
const BOT = 'http://127.0.0.1:3000/wx'
const RANDOM = Buffer.from('0123456789abcdef', 'latin1')

export function textNodes(content: string, msgId: string, time = '1764000000'): XmlNode[] {
  return [
    cdata('ToUserName', WORKSPACE_ACCOUNT.originalId),
    cdata('FromUserName', OPENID),
    bare('CreateTime', time),
    cdata('MsgType', 'text'),
    cdata('Content', content),
    bare('MsgId', msgId),
  ]
}

export function clickNodes(key: string): XmlNode[] {
  return [
    cdata('ToUserName', WORKSPACE_ACCOUNT.originalId),
    cdata('FromUserName', OPENID),
    bare('CreateTime', '1764000100'),
    cdata('MsgType', 'event'),
    cdata('Event', 'CLICK'),
    cdata('EventKey', key),
  ]
}

function encrypt(nodes: XmlNode[], key: string): string {
  return encryptMessage({
    message: renderPlainBody(nodes),
    appId: WORKSPACE_ACCOUNT.appId,
    encodingAesKey: key,
    random: RANDOM,
  }).encrypt
}

export function safeEnvelope(nodes: XmlNode[], key: string): string {
  return renderSafeBody(WORKSPACE_ACCOUNT.originalId, encrypt(nodes, key))
}

function pushQuery(timestamp: string, nonce: string, encrypted?: string): string {
  const params = new URLSearchParams({
    signature: serverSignature({ token: WORKSPACE_ACCOUNT.token, timestamp, nonce }).sha1,
    timestamp,
    nonce,
    openid: OPENID,
  })
  if (encrypted !== undefined) {
    params.set('encrypt_type', 'aes')
    params.set(
      'msg_signature',
      msgSignature({ token: WORKSPACE_ACCOUNT.token, timestamp, nonce, encrypt: encrypted }).sha1,
    )
  }
  return params.toString()
}

const WECHAT_HEADERS = [
  { name: 'Host', value: '127.0.0.1:3000' },
  { name: 'User-Agent', value: 'Mozilla/4.0' },
  { name: 'Accept', value: '*/*' },
  { name: 'Pragma', value: 'no-cache' },
  { name: 'Content-Type', value: 'text/xml' },
]

function harEntry(request: Record<string, unknown>, response: Record<string, unknown>): object {
  return {
    startedDateTime: '2026-01-05T08:00:00.000Z',
    time: 12,
    request: { httpVersion: 'HTTP/1.1', cookies: [], headersSize: -1, bodySize: -1, ...request },
    response: {
      statusText: '',
      httpVersion: 'HTTP/1.1',
      headers: [],
      cookies: [],
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      ...response,
    },
    cache: {},
    timings: { send: 0, wait: 10, receive: 2 },
  }
}

function harFile(creator: string, entries: object[]): string {
  return JSON.stringify(
    { log: { version: '1.2', creator: { name: creator, version: '1' }, pages: [], entries } },
    null,
    2,
  )
}

function queryString(query: string): { name: string; value: string }[] {
  return [...new URLSearchParams(query)].map(([name, value]) => ({ name, value }))
}

export const REPLY_TEXT =
  '<xml><ToUserName><![CDATA[oUo26seZPcU3qKfcMiXLneG3fO4A]]></ToUserName><FromUserName><![CDATA[gh_0123456789ab]]></FromUserName><CreateTime>1764000001</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[您好，有什么可以帮您？]]></Content></xml>'

/** Chrome devtools: a bot's traffic with everything else a browser session holds. */
function chromeMixedHar(): string {
  const plainQuery = pushQuery('1764000000', '111111111')
  const safeBody = safeEnvelope(textNodes('加密的消息', '24000000000000000002'), CURRENT_KEY)
  const encrypted = /<Encrypt><!\[CDATA\[(.*)\]\]><\/Encrypt>/.exec(safeBody)?.[1] ?? ''
  const safeQuery = pushQuery('1764000050', '222222222', encrypted)
  const clickQuery = pushQuery('1764000100', '333333333')
  const verifyQuery = `${pushQuery('1764000000', '999')}&echostr=8432019274`.replace(
    /&openid=[^&]*/,
    '',
  )
  return harFile('WebInspector', [
    harEntry(
      {
        method: 'GET',
        url: `${BOT}?${verifyQuery}`,
        headers: WECHAT_HEADERS.slice(0, 3),
        queryString: queryString(verifyQuery),
      },
      { status: 200, content: { size: 10, mimeType: 'text/plain', text: '8432019274' } },
    ),
    harEntry(
      {
        method: 'POST',
        url: `${BOT}?${plainQuery}`,
        headers: WECHAT_HEADERS,
        queryString: queryString(plainQuery),
        postData: {
          mimeType: 'text/xml',
          text: renderPlainBody(textNodes('你好', '24000000000000000001')),
        },
      },
      { status: 200, content: { size: 300, mimeType: 'application/xml', text: REPLY_TEXT } },
    ),
    harEntry(
      {
        method: 'POST',
        url: 'https://api.weixin.qq.com/cgi-bin/message/custom/send?access_token=ACCESS_TOKEN',
        headers: [{ name: 'Content-Type', value: 'application/json' }],
        queryString: [{ name: 'access_token', value: 'ACCESS_TOKEN' }],
        postData: {
          mimeType: 'application/json',
          text: JSON.stringify({ touser: OPENID, msgtype: 'text', text: { content: 'Hello' } }),
        },
      },
      {
        status: 200,
        content: { size: 27, mimeType: 'application/json', text: '{"errcode":0,"errmsg":"ok"}' },
      },
    ),
    harEntry(
      { method: 'GET', url: 'http://127.0.0.1:3000/static/logo.png', headers: [], queryString: [] },
      {
        status: 200,
        content: {
          size: 8,
          mimeType: 'image/png',
          text: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64'),
          encoding: 'base64',
        },
      },
    ),
    harEntry(
      {
        method: 'POST',
        url: `${BOT}?${safeQuery}`,
        headers: WECHAT_HEADERS,
        queryString: queryString(safeQuery),
        postData: { mimeType: 'text/xml', text: safeBody },
      },
      { status: 200, content: { size: 7, mimeType: 'text/plain', text: 'success' } },
    ),
    harEntry(
      {
        method: 'POST',
        url: `${BOT}?${clickQuery}`,
        headers: WECHAT_HEADERS,
        queryString: queryString(clickQuery),
        postData: { mimeType: 'text/xml', text: renderPlainBody(clickNodes('V1001_TODAY_MUSIC')) },
      },
      // The bot never answered: devtools record status 0 and no body.
      { status: 0, content: { size: 0, mimeType: 'x-unknown' } },
    ),
    harEntry(
      {
        method: 'POST',
        url: 'http://127.0.0.1:3000/login',
        headers: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }],
        queryString: [],
        postData: {
          mimeType: 'application/x-www-form-urlencoded',
          text: 'user=qa&pass=secret',
          params: [],
        },
      },
      { status: 302, content: { size: 0, mimeType: 'text/html' } },
    ),
  ])
}

/** One plaintext push as a given tool exports it; `replyBase64` as mitmproxy and Charles do. */
function singlePushHar(creator: string, replyBase64: boolean): string {
  const query = pushQuery('1764000200', '444444444')
  return harFile(creator, [
    harEntry(
      {
        method: 'POST',
        url: `${BOT}?${query}`,
        headers: WECHAT_HEADERS,
        queryString: queryString(query),
        postData: {
          mimeType: 'text/xml',
          text: renderPlainBody(textNodes(`from ${creator}`, '24000000000000000003')),
          params: [],
        },
      },
      {
        status: 200,
        content: replyBase64
          ? {
              size: 7,
              mimeType: 'text/plain',
              text: Buffer.from('success').toString('base64'),
              encoding: 'base64',
            }
          : { size: 7, mimeType: 'text/plain', text: 'success' },
      },
    ),
  ])
}

const SIGNATURE = { parts: [], sorted: [], joined: '', sha1: '' }

function pushRecord(
  id: string,
  nodes: XmlNode[],
  mode: 'plain' | 'safe',
  typeId = 'text',
): PushExchange {
  const msgType = typeId.startsWith('event.') ? 'event' : typeId
  const plainXml = renderPlainBody(nodes)
  const body = mode === 'plain' ? plainXml : safeEnvelope(nodes, CURRENT_KEY)
  return {
    id,
    kind: 'push',
    accountId: WORKSPACE_ACCOUNT.id,
    openid: OPENID,
    title: typeId,
    simTime: 1_764_000_000,
    attempts: [
      {
        index: 1,
        startedAt: 1_767_600_000_000,
        durationMs: 8,
        request: {
          method: 'POST',
          url: `${BOT}?${pushQuery('1764000000', '555555555')}`,
          headers: [['content-type', 'text/xml']],
          body: { text: body, bytes: Buffer.byteLength(body) },
        },
        response: {
          status: 200,
          headers: [['content-type', 'application/xml']],
          body: { text: REPLY_TEXT, bytes: Buffer.byteLength(REPLY_TEXT) },
        },
      },
    ],
    analysis: {
      typeId,
      mode,
      msgType,
      plainXml,
      overrides: {},
      signature: SIGNATURE,
      attemptOutcomes: ['reply'],
    },
  }
}

function otherRecords(): [ApiExchange, VerifyExchange] {
  return [
    {
      id: 'ex-api',
      kind: 'api',
      accountId: WORKSPACE_ACCOUNT.id,
      title: '/cgi-bin/token',
      simTime: 1_764_000_000,
      attempts: [],
      errcode: 0,
    },
    {
      id: 'ex-verify',
      kind: 'verify',
      accountId: WORKSPACE_ACCOUNT.id,
      title: 'verify',
      simTime: 1_764_000_000,
      attempts: [],
      analysis: {
        verdict: { ok: true, code: 'passed', detail: {} },
        signature: SIGNATURE,
        echostr: '123',
      },
    },
  ]
}

/** Every fixture, by its path inside tests/fixtures/captures. */
export function captureFixtures(): Record<string, string | Uint8Array> {
  const logLines = [
    JSON.stringify(pushRecord('ex-1', textNodes('日志里的消息', '24000000000000000010'), 'plain')),
    ...otherRecords().map((r) => JSON.stringify(r)),
    '{"truncated": ',
    JSON.stringify(pushRecord('ex-2', textNodes('加密模式', '24000000000000000011'), 'safe')),
  ]
  return {
    'xml/text.xml': renderPlainBody(textNodes('你好', '24000000000000000001')),
    'xml/event-click.xml': renderPlainBody(clickNodes('V1001_TODAY_MUSIC')),
    'xml/safe-current-key.xml': safeEnvelope(
      textNodes('安全模式', '24000000000000000004'),
      CURRENT_KEY,
    ),
    'xml/compatible-previous-key.xml': renderCompatibleBody(
      textNodes('兼容模式，旧密钥', '24000000000000000005'),
      encrypt(textNodes('兼容模式，旧密钥', '24000000000000000005'), PREVIOUS_KEY),
    ),
    'xml/safe-foreign-key.xml': safeEnvelope(
      textNodes('别的公众号', '24000000000000000006'),
      FOREIGN_KEY,
    ),
    'xml/with-bom.xml': `\uFEFF${renderPlainBody(textNodes('BOM', '24000000000000000007'))}`,
    'xml/reply-news.xml':
      '<xml><ToUserName><![CDATA[u]]></ToUserName><FromUserName><![CDATA[gh_0123456789ab]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[news]]></MsgType><ArticleCount>0</ArticleCount></xml>',
    'xml/not-wechat.xml': '<?xml version="1.0"?>\n<note><to>QA</to></note>\n',
    'xml/truncated.xml':
      '<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName>\n<MsgType><![CDATA[te',
    'xml/empty.xml': '',
    'xml/notes.txt': 'captured on Tuesday from production\n',
    'har/chrome-mixed.har': chromeMixedHar(),
    'har/firefox.har': singlePushHar('Firefox', false),
    'har/charles.har': singlePushHar('Charles Proxy', true),
    'har/mitmproxy.har': singlePushHar('mitmproxy har_dump', true),
    // Fiddler writes its HAR with a UTF-8 byte-order mark.
    'har/fiddler.har': `\uFEFF${singlePushHar('Fiddler', false)}`,
    'har/truncated.har': singlePushHar('Firefox', false).slice(0, 200),
    'log/exchanges.ndjson': `${logLines.join('\n')}\n`,
    'log/export.json': JSON.stringify(
      [pushRecord('ex-3', clickNodes('V1002_GOOD'), 'plain', 'event.CLICK'), otherRecords()[0]],
      null,
      2,
    ),
  }
}
