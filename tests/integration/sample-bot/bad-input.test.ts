import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { encryptMessage } from '../../../src/core/protocol/message-crypto'
import { msgSignature } from '../../../src/core/protocol/msg-signature'
import { serverSignature } from '../../../src/core/protocol/server-signature'
import {
  AES_KEY,
  APP_ID,
  GH_ID,
  NOW,
  TOKEN,
  buildPush,
  post,
  pushAndJudge,
  startHarness,
  textPush,
} from './bot-harness'
import type { PushRequest } from './bot-harness'

describe('Content-Type of a push (the journey’s 415, protocol.md §4.2)', () => {
  it.each(['text/xml', 'application/xml', 'text/xml; charset=utf-8', undefined])(
    'accepts %s',
    async (contentType) => {
      const { botUrl } = await startHarness()
      const answer = await post(buildPush(botUrl, textPush('help'), 'plain'), contentType)
      expect(answer.status).toBe(200)
      expect(answer.body).toContain('<MsgType><![CDATA[text]]></MsgType>')
    },
  )

  it.each(['application/json', 'application/x-www-form-urlencoded', 'text/plain'])(
    'refuses %s with 415 and says what WeChat sends',
    async (contentType) => {
      const { botUrl } = await startHarness()
      const answer = await post(buildPush(botUrl, textPush('help'), 'plain'), contentType)
      expect(answer.status).toBe(415)
      expect(answer.body).toContain('text/xml')
      expect(answer.contentType).toMatch(/^text\/plain/)
    },
  )

  it('refuses a compressed body (WeChat never compresses) with 415', async () => {
    const { botUrl } = await startHarness()
    const request = buildPush(botUrl, textPush('help'), 'plain')
    const response = await fetch(request.url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml', 'Content-Encoding': 'gzip' },
      body: gzipSync(request.body),
    })
    expect(response.status).toBe(415)
  })
})

describe('hostile or broken bodies', () => {
  it('answers 400 to malformed XML', async () => {
    const { botUrl } = await startHarness()
    const request = buildPush(botUrl, textPush('x'), 'plain')
    const answer = await post({ url: request.url, body: '<xml><ToUserName>oops</xml>' })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('xml-malformed')
  })

  it('refuses an entity bomb without expanding it', async () => {
    const { botUrl } = await startHarness()
    const request = buildPush(botUrl, textPush('x'), 'plain')
    const bomb = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">',
      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
      '<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><MsgType>text</MsgType>',
      '<Content>&d;</Content></xml>',
    ].join('\n')
    const answer = await post({ url: request.url, body: bomb })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('xml-doctype-forbidden')
  })

  it('refuses a root other than <xml>', async () => {
    const { botUrl } = await startHarness()
    const request = buildPush(botUrl, textPush('x'), 'plain')
    const answer = await post({ url: request.url, body: '<message><Content>x</Content></message>' })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('xml-root-not-xml')
  })

  it('names the missing header fields', async () => {
    const { botUrl } = await startHarness()
    const request = buildPush(botUrl, textPush('x'), 'plain')
    const answer = await post({ url: request.url, body: '<xml><Content>x</Content></xml>' })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('ToUserName, FromUserName, MsgType')
  })

  it('answers 400 to an empty body', async () => {
    const { botUrl } = await startHarness()
    const request = buildPush(botUrl, textPush('x'), 'plain')
    const answer = await post({ url: request.url, body: '' })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('xml-empty')
  })

  it('answers 413 to a 10 MB body and keeps serving', async () => {
    const { botUrl } = await startHarness()
    const request = buildPush(botUrl, textPush('x'), 'plain')
    const huge = `<xml><Content>${'a'.repeat(10 * 1024 * 1024)}</Content></xml>`
    const answer = await post({ url: request.url, body: huge })
    expect(answer.status).toBe(413)
    const { verdict } = await pushAndJudge(botUrl, textPush('图片'), 'plain')
    expect(verdict.outcome).toBe('reply')
  })
})

describe('bad requests', () => {
  it('refuses a push with a wrong signature (403)', async () => {
    const { botUrl } = await startHarness()
    const request = buildPush(botUrl, textPush('x'), 'plain')
    const url = new URL(request.url)
    url.searchParams.set('signature', '0'.repeat(40))
    const answer = await post({ url: url.href, body: request.body })
    expect(answer.status).toBe(403)
  })

  it('refuses an unsigned request before reading its body', async () => {
    const { botUrl } = await startHarness()
    const request = buildPush(botUrl, textPush('x'), 'plain')
    const url = new URL(request.url)
    url.searchParams.set('signature', '0'.repeat(40))
    // Chunked, with no Content-Length: a declared oversize body is refused earlier still (413).
    const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const response = await fetch(url.href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    })
    expect(response.status).toBe(403)
  })

  it('answers 400 to a push without signature parameters', async () => {
    const { botUrl } = await startHarness()
    const answer = await post({ url: `${botUrl}/wechat`, body: '<xml/>' })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('signature, timestamp, nonce')
  })

  it('answers 400 to an unknown encrypt_type', async () => {
    const { botUrl } = await startHarness()
    const request = buildPush(botUrl, textPush('x'), 'plain')
    const answer = await post({ url: `${request.url}&encrypt_type=des`, body: request.body })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('encrypt_type')
  })

  it('answers 404 in plain text to an unknown path', async () => {
    const { botUrl } = await startHarness()
    const response = await fetch(`${botUrl}/nope?<b>`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

/** `levels` nested elements, the root <xml> included. */
const nested = (levels: number): string =>
  '<xml>' + '<a>'.repeat(levels - 1) + '</a>'.repeat(levels - 1) + '</xml>'

/** A safe-mode push, correctly encrypted and signed, whose decrypted XML is `inner`. */
function encryptedPush(botUrl: string, inner: string): PushRequest {
  const timestamp = String(NOW + 1)
  const nonce = '1234567'
  const { encrypt } = encryptMessage({
    message: inner,
    appId: APP_ID,
    encodingAesKey: AES_KEY,
    random: 'a8eedb185eb2fecf',
  })
  const query = new URLSearchParams({
    signature: serverSignature({ token: TOKEN, timestamp, nonce }).sha1,
    timestamp,
    nonce,
    encrypt_type: 'aes',
    msg_signature: msgSignature({ token: TOKEN, timestamp, nonce, encrypt }).sha1,
  })
  const body = `<xml><ToUserName><![CDATA[${GH_ID}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`
  return { url: `${botUrl}/wechat?${query.toString()}`, body }
}

describe('XML that makes parsers throw is a 400, never a 500 with a stack trace', () => {
  const cases: [string, string, string][] = [
    ['depth 101', nested(101), 'xml-too-deep'],
    ['depth 1000', nested(1000), 'xml-too-deep'],
    ['depth 100000', nested(100_000), 'xml-too-deep'],
    ["`<!'[`", "<!'[", 'xml-malformed'],
    ["`<xml><!'[</xml>`", "<xml><!'[</xml>", 'xml-malformed'],
    ['unclosed CDATA', '<xml><Content><![CDATA[hi</Content></xml>', 'xml-malformed'],
    ['`<` alone', '<', 'xml-malformed'],
    ['NUL bytes', '<xml><ToUserName>\u0000</ToUserName></xml>', 'xml-malformed'],
  ]

  it.each(cases)('plaintext push: %s', async (_name, body, code) => {
    const harness = await startHarness()
    const request = buildPush(harness.botUrl, textPush('x'), 'plain')
    const answer = await post({ url: request.url, body })
    expect(answer.status).toBe(400)
    expect(answer.contentType).toMatch(/^text\/plain/)
    expect(answer.body).toContain(code)
    expect(answer.body).not.toMatch(/\n\s+at /)
    expect(harness.logs.filter((l) => l.includes('unexpected error'))).toEqual([])
  })

  it.each(cases)('safe-mode envelope: %s', async (_name, body, code) => {
    const harness = await startHarness()
    const request = buildPush(harness.botUrl, textPush('x'), 'safe')
    const answer = await post({ url: request.url, body })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain(code)
    expect(harness.logs.filter((l) => l.includes('unexpected error'))).toEqual([])
  })

  it.each(cases)('inside a correctly signed encrypted push: %s', async (_name, inner, code) => {
    const harness = await startHarness()
    const answer = await post(encryptedPush(harness.botUrl, inner))
    expect(answer.status).toBe(400)
    expect(answer.body).toContain(code)
    expect(harness.logs.filter((l) => l.includes('unexpected error'))).toEqual([])
  })
})
