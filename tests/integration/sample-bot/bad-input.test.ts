import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { buildPush, post, pushAndJudge, startHarness, textPush } from './bot-harness'

describe('Content-Type of a push (the journey’s 415, spec §4.2)', () => {
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
    const answer = await post(
      { url: url.href, body: 'x'.repeat(10 * 1024 * 1024) },
      'application/json',
    )
    expect(answer.status).toBe(403)
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
