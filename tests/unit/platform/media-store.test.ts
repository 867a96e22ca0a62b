import { describe, expect, it } from 'vitest'
import { createSimClock } from '../../../src/core/runtime/clock'
import { EventBus } from '../../../src/core/runtime/event-bus'
import { seededRandom } from '../../../src/core/runtime/random'
import { MediaStore, TEMPORARY_MEDIA_TTL_SEC } from '../../../src/core/platform/state/media-store'
import { amrSeconds, mp3Seconds, mp4Seconds } from '../../../src/core/platform/api/media/file-facts'
import { sampleFiles } from '../../../src/core/platform/api/media/samples'
import { sniffFormat } from '../../../src/core/platform/api/media/file-kinds'
import { validateReply } from '../../../src/core/protocol/reply'

function store() {
  const clock = createSimClock()
  return {
    clock,
    media: new MediaStore({ clock, random: seededRandom('media'), bus: new EventBus() }),
  }
}

describe('MediaStore (docs/api-media.md)', () => {
  it('keeps bytes, expires temporary media after 3 days, never permanent ones', async () => {
    const { clock, media } = store()
    const bytes = Buffer.from('#!AMR\n|||', 'latin1')
    const base = {
      accountId: 'a',
      filename: 'v.amr',
      contentType: 'audio/amr',
      bytes,
      origin: 'bot' as const,
    }
    const temp = await media.add({ ...base, type: 'voice', kind: 'temporary' })
    const kept = await media.add({ ...base, type: 'voice', kind: 'permanent' })
    expect(temp.mediaId).toHaveLength(64)
    expect((await media.read(temp)).equals(bytes)).toBe(true)
    expect(media.find('other-account', temp.mediaId)).toBeUndefined()
    clock.advance(TEMPORARY_MEDIA_TTL_SEC * 1000)
    expect(media.expired(temp)).toBe(true)
    expect(media.expired(kept)).toBe(false)
    expect(await media.remove('a', kept.mediaId)).toBe(true)
    expect(media.list('a').map((m) => m.mediaId)).toEqual([temp.mediaId])
  })
})

describe('samples and file facts', () => {
  it('reads the lengths of the shipped samples', () => {
    const s = sampleFiles()
    expect(sniffFormat(s.photo.bytes)).toBe('jpeg')
    expect(s.thumb.bytes.length).toBeLessThan(64 * 1024)
    expect(amrSeconds(s.voiceAmr.bytes)).toBeCloseTo(3, 1)
    expect(sniffFormat(s.voiceMp3.bytes)).toBe('mp3')
    expect(mp3Seconds(s.voiceMp3.bytes)).toBeCloseTo(3, 0)
    expect(mp4Seconds(s.video.bytes)).toBe(3)
  })
})

describe('reply check: media ids the store knows', () => {
  const push = { toUserName: 'gh_1', fromUserName: 'o1', msgType: 'text', mode: 'plain' as const }
  const body = (id: string) =>
    `<xml><ToUserName><![CDATA[o1]]></ToUserName><FromUserName><![CDATA[gh_1]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[image]]></MsgType><Image><MediaId><![CDATA[${id}]]></MediaId></Image></xml>`
  it.each([
    ['unknown', 'media-id-unknown'],
    ['expired', 'media-id-expired'],
  ] as const)('reports an %s id and still shows the reply', (status, code) => {
    const verdict = validateReply({ push, response: { body: body('x') }, knownMedia: () => status })
    expect(verdict.outcome).toBe('reply')
    expect(verdict.problems.map((p) => p.code)).toContain(code)
  })
  it('says nothing for a known id, or without a lookup', () => {
    const codes = (knownMedia?: () => 'ok') =>
      validateReply({ push, response: { body: body('x') }, ...(knownMedia ? { knownMedia } : {}) })
        .problems.map((p) => p.code)
        .filter((code) => code.startsWith('media-id'))
    expect(codes(() => 'ok')).toEqual([])
    expect(codes()).toEqual([])
  })
})
