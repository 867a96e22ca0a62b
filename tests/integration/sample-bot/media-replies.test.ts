/**
 * The demo media replies carry really uploaded media ids (replies/demo-media.ts): the bot uploads
 * each sample file once to /cgi-bin/media/upload, reuses the id until it is nearly 3 days old, and
 * falls back to the placeholder id — in time — when the platform cannot be reached.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { sampleFiles } from '../../../src/core/platform/api/media/samples'
import { DEMO_MEDIA } from '../../../src/core/sample-bot/replies/demo-media'
import {
  MEDIA_LIFETIME_SECONDS,
  REUPLOAD_MARGIN_SECONDS,
} from '../../../src/core/sample-bot/platform-client/temporary-media-cache'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import { childText, findChild, isGroupNode } from '../../../src/core/protocol/xml-node'
import type { XmlNode } from '../../../src/core/protocol/xml-node'
import { ACCOUNT } from '../platform-api/context'
import { startPlatform } from '../platform-api/client'
import type { Platform } from '../platform-api/client'
import { NOW, openReply, pushAndJudge, startHarness, textPush } from './bot-harness'

/** The reply's MediaId (inside <Image>, <Voice>, <Video>) or a music reply's ThumbMediaId. */
function mediaIdOf(nodes: readonly XmlNode[]): string | undefined {
  const msgType = childText(nodes, 'MsgType')
  const wrapper = { image: 'Image', voice: 'Voice', video: 'Video', music: 'Music' }[msgType ?? '']
  const found = findChild(nodes, wrapper ?? '')
  const inner = found && isGroupNode(found) ? found.children : []
  return childText(inner, msgType === 'music' ? 'ThumbMediaId' : 'MediaId')
}

async function replyMediaId(botUrl: string, keyword: string, mode: 'plain' | 'safe' = 'plain') {
  const { answer, verdict } = await pushAndJudge(botUrl, textPush(keyword), mode)
  expect(answer.status).toBe(200)
  expect(verdict.outcome, JSON.stringify(verdict.problems)).toBe('reply')
  const nodes = mode === 'plain' ? parseWechatXml(answer.body) : openReply(answer.body).nodes
  return mediaIdOf(nodes)
}

describe('demo media replies with uploaded media (protocol.md §7.2, §10.6)', () => {
  it.each([
    ['图片', 'image', '.jpg'],
    ['voice', 'voice', '.mp3'],
    ['视频', 'video', '.mp4'],
    ['music', 'thumb', '.jpg'],
  ])('"%s" uploads a %s file with a filename and replies with its id', async (word, type, ext) => {
    const { botUrl, platform } = await startHarness()
    const mediaId = await replyMediaId(botUrl, word)
    expect(platform.uploads).toHaveLength(1)
    const [upload] = platform.uploads
    expect(upload?.type).toBe(type)
    expect(upload?.filename.endsWith(ext)).toBe(true)
    expect(mediaId).toBe(upload?.mediaId)
  })

  it('uploads once and reuses the id, also in safe mode', async () => {
    const { botUrl, platform } = await startHarness()
    const first = await replyMediaId(botUrl, 'image')
    const second = await replyMediaId(botUrl, '图片', 'safe')
    expect(second).toBe(first)
    expect(platform.uploads).toHaveLength(1)
    expect(platform.callsTo('/cgi-bin/token')).toHaveLength(1)
  })

  it('uploads again once the id is nearly 3 days old', async () => {
    let now = NOW
    const { botUrl, platform } = await startHarness({ now: () => now })
    const first = await replyMediaId(botUrl, 'image')
    now += MEDIA_LIFETIME_SECONDS - REUPLOAD_MARGIN_SECONDS - 1
    expect(await replyMediaId(botUrl, 'image')).toBe(first)
    now += 1
    platform.clock = now
    const renewed = await replyMediaId(botUrl, 'image')
    expect(renewed).not.toBe(first)
    expect(platform.uploads).toHaveLength(2)
  })

  it('retries once with a fresh token when the upload says 40001', async () => {
    const { botUrl, platform } = await startHarness()
    await replyMediaId(botUrl, 'help') // nothing uploaded, no token yet
    platform.refusedTokens.add('BASE_AT_1')
    const mediaId = await replyMediaId(botUrl, 'image')
    expect(mediaId).toBe(platform.uploads[0]?.mediaId)
    expect(platform.callsTo('/cgi-bin/token')).toHaveLength(2)
  })

  it('falls back to the placeholder id when the platform is unreachable', async () => {
    const { botUrl, logs } = await startHarness({ platformBaseUrl: 'http://127.0.0.1:9' })
    expect(await replyMediaId(botUrl, 'image')).toBe(DEMO_MEDIA.image)
    expect(logs.join('\n')).toContain('uploading the demo image failed')
  })

  it('still answers well within 5 s when the upload hangs', async () => {
    const { botUrl, platform } = await startHarness()
    platform.uploadDelayMs = 4500
    const started = Date.now()
    expect(await replyMediaId(botUrl, 'video')).toBe(DEMO_MEDIA.video)
    expect(Date.now() - started).toBeLessThan(4000)
  })
})

describe('against the mock platform', () => {
  let real: Platform | undefined
  afterEach(async () => {
    await real?.close()
    real = undefined
  })

  it('the image reply’s MediaId is answered by /cgi-bin/media/get with the sample’s bytes', async () => {
    real = await startPlatform()
    real.state.media.setBaseUrl(real.url)
    const platform = real
    const { botUrl } = await startHarness({
      platformBaseUrl: platform.url,
      appSecret: ACCOUNT.appSecret,
      now: () => platform.ctx.clock.nowSeconds(),
    })
    const mediaId = await replyMediaId(botUrl, '图片')
    expect(mediaId).toBeDefined()
    expect(mediaId).not.toBe(DEMO_MEDIA.image)
    const token = await platform.token()
    const got = await fetch(
      `${platform.url}/cgi-bin/media/get?access_token=${token}&media_id=${mediaId ?? ''}`,
    )
    expect(got.status).toBe(200)
    expect(got.headers.get('content-type')).toMatch(/^image\/jpeg/)
    expect(Buffer.from(await got.arrayBuffer()).equals(sampleFiles().photo.bytes)).toBe(true)
  })
})
