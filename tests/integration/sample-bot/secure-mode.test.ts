import { describe, expect, it } from 'vitest'
import { decryptMessage } from '../../../src/core/protocol/message-crypto'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import { childText } from '../../../src/core/protocol/xml-node'
import {
  AES_KEY,
  APP_ID,
  buildPush,
  GH_ID,
  OLD_AES_KEY,
  openReply,
  OPENID,
  post,
  pushAndJudge,
  startHarness,
  textPush,
} from './bot-harness'

const OTHER_KEY = 'Z'.repeat(43)

describe('EncodingAESKey change: the previous key (protocol.md §2 FAQ)', () => {
  it('decrypts with the previous key and encrypts the reply with it', async () => {
    const { botUrl } = await startHarness({ previousEncodingAesKey: OLD_AES_KEY })
    const { answer, verdict } = await pushAndJudge(botUrl, textPush('图片'), 'safe', OLD_AES_KEY)
    expect(answer.status).toBe(200)
    expect(verdict.outcome).toBe('reply')
    expect(verdict.envelope?.keyUsed).toBe('previous')
    const reply = openReply(answer.body, OLD_AES_KEY)
    expect(childText(reply.nodes, 'MsgType')).toBe('image')
    expect(childText(reply.nodes, 'ToUserName')).toBe(OPENID)
    expect(childText(reply.nodes, 'FromUserName')).toBe(GH_ID)
    // …and not with the current key.
    expect(() => openReply(answer.body, AES_KEY)).toThrow()
  })

  it('still uses the current key when it works', async () => {
    const { botUrl } = await startHarness({ previousEncodingAesKey: OLD_AES_KEY })
    const { answer, verdict } = await pushAndJudge(botUrl, textPush('voice'), 'compatible')
    expect(verdict.envelope?.keyUsed).toBe('current')
    expect(childText(openReply(answer.body, AES_KEY).nodes, 'MsgType')).toBe('voice')
  })

  it('refuses a push neither key decrypts', async () => {
    const { botUrl } = await startHarness({ previousEncodingAesKey: OLD_AES_KEY })
    const answer = await post(buildPush(botUrl, textPush('hi'), 'safe', OTHER_KEY))
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('Decryption failed')
  })

  it('without a previous key, an old-key push is refused', async () => {
    const { botUrl } = await startHarness()
    const answer = await post(buildPush(botUrl, textPush('hi'), 'safe', OLD_AES_KEY))
    expect(answer.status).toBe(400)
  })
})

describe('msg_signature (protocol.md §4.1, §8.4)', () => {
  it('refuses a push whose msg_signature does not cover the body', async () => {
    const { botUrl } = await startHarness()
    const request = buildPush(botUrl, textPush('hi'), 'safe')
    const url = new URL(request.url)
    url.searchParams.set('msg_signature', 'f'.repeat(40))
    const answer = await post({ url: url.href, body: request.body })
    expect(answer.status).toBe(403)
    expect(answer.body).toContain('msg_signature')
  })

  it('refuses an aes push without msg_signature', async () => {
    const { botUrl } = await startHarness()
    const request = buildPush(botUrl, textPush('hi'), 'safe')
    const url = new URL(request.url)
    url.searchParams.delete('msg_signature')
    const answer = await post({ url: url.href, body: request.body })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('msg_signature')
  })

  it('refuses an aes push without <Encrypt>', async () => {
    const { botUrl } = await startHarness()
    const request = buildPush(botUrl, textPush('hi'), 'safe')
    const answer = await post({ url: request.url, body: '<xml><ToUserName>x</ToUserName></xml>' })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('<Encrypt>')
  })

  it('signs the reply envelope with its own TimeStamp and Nonce, receive id = AppID', async () => {
    const { botUrl } = await startHarness()
    const answer = await post(buildPush(botUrl, textPush('help'), 'safe'))
    const envelope = parseWechatXml(answer.body)
    expect(envelope.map((n) => n.name)).toEqual(['Encrypt', 'MsgSignature', 'TimeStamp', 'Nonce'])
    const layers = decryptMessage({
      encrypt: childText(envelope, 'Encrypt') ?? '',
      encodingAesKey: AES_KEY,
    })
    expect(layers.receiveId).toBe(APP_ID)
    expect(layers.padValue).toBeGreaterThanOrEqual(1)
    expect(layers.random).toMatch(/^[A-Za-z0-9]{16}$/)
  })
})
