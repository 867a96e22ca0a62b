import { afterEach, describe, expect, it } from 'vitest'
import { ACCOUNT, DEFAULT_USERS, FOLLOWER, LEAVER, STRANGER, simUser } from './context'
import { startMessaging } from './messaging-helpers'
import type { MessagingPlatform } from './messaging-helpers'

const TAGGED = 'oTaggedFollowerxxxxxxxxxxxx1'
const BLOCKED = 'oBlockedFollowerxxxxxxxxxxx1'
const USERS = [
  ...DEFAULT_USERS,
  simUser(TAGGED, { tagIds: [128] }),
  simUser(BLOCKED, { tagIds: [128] }),
]

let platform: MessagingPlatform | undefined
afterEach(async () => {
  await platform?.close()
  platform = undefined
})

const TEXT = { msgtype: 'text', text: { content: '本周活动' } }

async function start(): Promise<MessagingPlatform> {
  const p = await startMessaging({ users: USERS })
  p.state.audience.block(ACCOUNT.id, [BLOCKED])
  return p
}

describe('message/mass/sendall (docs/api-messaging.md)', () => {
  it('sends to a tag, shows it on each phone and pushes MASSSENDJOBFINISH with real counts', async () => {
    platform = await start()
    const text = await platform.raw('/cgi-bin/message/mass/sendall', {
      filter: { is_to_all: false, tag_id: 128 },
      ...TEXT,
    })
    const match = /^\{"errcode":0,"errmsg":"send job submission success","msg_id":(\d{10})\}$/.exec(
      text,
    )
    expect(match).not.toBeNull()
    const msgId = match?.[1] ?? ''
    const phones = platform.phone.filter((m) => m.source === 'mass-send')
    expect(phones.map((m) => m.openid).sort()).toEqual([FOLLOWER, TAGGED].sort())
    expect(phones[0]).toMatchObject({ msgType: 'text', payload: { content: '本周活动' } })

    expect(platform.jobPushes).toHaveLength(1)
    const exchange = await platform.jobPushes[0]
    expect(exchange?.kind).toBe('push')
    const xml = platform.botPushes[0] ?? ''
    expect(xml).toContain('<Event><![CDATA[MASSSENDJOBFINISH]]></Event>')
    expect(xml).toContain(`<MsgID>${msgId}</MsgID>`)
    expect(xml).toContain('<TotalCount>3</TotalCount>')
    expect(xml).toContain('<FilterCount>2</FilterCount>')
    expect(xml).toContain('<SentCount>2</SentCount>')
    expect(xml).toContain('<ErrorCount>0</ErrorCount>')
    expect(xml).not.toContain('CopyrightCheckResult')

    const got = await platform.raw('/cgi-bin/message/mass/get', { msg_id: Number(msgId) })
    expect(got).toBe(`{"msg_id":${msgId},"msg_status":"SEND_SUCCESS"}`)
  })

  it('filters out a user who already had 4 mass messages this month', async () => {
    platform = await start()
    for (let i = 0; i < 4; i++) {
      const r = await platform.call('/cgi-bin/message/mass/send', {
        touser: [FOLLOWER, TAGGED],
        ...TEXT,
      })
      expect(r.errcode).toBe(0)
    }
    const r = await platform.call('/cgi-bin/message/mass/sendall', {
      filter: { is_to_all: true },
      ...TEXT,
    })
    expect(r.errcode).toBe(0)
    await Promise.all(platform.jobPushes)
    const last = platform.botPushes.at(-1) ?? ''
    // Followers: FOLLOWER, TAGGED, BLOCKED; the first two had their 4, BLOCKED is blocked.
    expect(last).toContain('<TotalCount>3</TotalCount>')
    expect(last).toContain('<FilterCount>0</FilterCount>')
    expect(last).toContain('<Status><![CDATA[send fail]]></Status>')
  })

  it.each([
    ['an unknown msgtype', { filter: { is_to_all: true }, msgtype: 'fax' }, 40008],
    ['empty text', { filter: { is_to_all: true }, msgtype: 'text', text: { content: '' } }, 44004],
    [
      'an unknown media id',
      { filter: { is_to_all: true }, msgtype: 'voice', voice: { media_id: 'nope' } },
      40007,
    ],
    ['no filter', { ...TEXT }, 40097],
    ['a tag nobody has', { filter: { is_to_all: false, tag_id: 999 }, ...TEXT }, -1],
  ])('answers %s with errcode %s', async (_name, body, errcode) => {
    platform = await start()
    const r = await platform.call('/cgi-bin/message/mass/sendall', body)
    expect(r.errcode).toBe(errcode)
    expect(platform.phone).toEqual([])
    expect(platform.jobPushes).toHaveLength(0)
  })

  it('accepts a voice media id the media store holds', async () => {
    platform = await start()
    const media = await platform.state.media.add({
      accountId: ACCOUNT.id,
      type: 'voice',
      kind: 'temporary',
      filename: 'hi.mp3',
      contentType: 'audio/mpeg',
      bytes: Buffer.from('ID3fake-mp3'),
      origin: 'bot',
    })
    const r = await platform.call('/cgi-bin/message/mass/sendall', {
      filter: { is_to_all: true },
      msgtype: 'voice',
      voice: { media_id: media.mediaId },
    })
    expect(r.errcode).toBe(0)
  })

  it('refuses a reused clientmsgid: 45066 within a minute, 45065 with the msg_id later, 45067 too long', async () => {
    platform = await start()
    const body = { filter: { is_to_all: true }, ...TEXT, clientmsgid: 'send_tag_3' }
    const first = await platform.call('/cgi-bin/message/mass/sendall', body)
    expect(first.errcode).toBe(0)
    expect((await platform.call('/cgi-bin/message/mass/sendall', body)).errcode).toBe(45066)
    platform.ctx.clock.advance(2 * 60 * 1000)
    const again = await platform.call('/cgi-bin/message/mass/sendall', body)
    expect(again).toMatchObject({ errcode: 45065, msg_id: first.msg_id })
    const long = { ...body, clientmsgid: 'x'.repeat(65) }
    expect((await platform.call('/cgi-bin/message/mass/sendall', long)).errcode).toBe(45067)
  })
})

describe('message/mass/send, preview, delete, get', () => {
  it('needs 2..10000 openids of this account', async () => {
    platform = await start()
    const one = await platform.call('/cgi-bin/message/mass/send', { touser: [FOLLOWER], ...TEXT })
    expect(one.errcode).toBe(40032)
    const stranger = await platform.call('/cgi-bin/message/mass/send', {
      touser: [FOLLOWER, 'oNobody'],
      ...TEXT,
    })
    expect(stranger.errcode).toBe(40003)
  })

  it('counts the unfollowed in TotalCount but sends only to followers', async () => {
    platform = await start()
    const r = await platform.call('/cgi-bin/message/mass/send', {
      touser: [FOLLOWER, LEAVER, STRANGER],
      ...TEXT,
    })
    expect(r.errcode).toBe(0)
    await Promise.all(platform.jobPushes)
    expect(platform.botPushes[0]).toContain('<TotalCount>3</TotalCount>')
    expect(platform.botPushes[0]).toContain('<SentCount>1</SentCount>')
    expect(platform.phone.map((m) => m.openid)).toEqual([FOLLOWER])
  })

  it('previews to one follower without a job push; 43004 to a non-follower', async () => {
    platform = await start()
    const text = await platform.raw('/cgi-bin/message/mass/preview', { touser: FOLLOWER, ...TEXT })
    expect(text).toMatch(/^\{"errcode":0,"errmsg":"preview success","msg_id":\d+\}$/)
    expect(platform.phone).toHaveLength(1)
    expect(platform.jobPushes).toHaveLength(0)
    const r = await platform.call('/cgi-bin/message/mass/preview', { touser: LEAVER, ...TEXT })
    expect(r.errcode).toBe(43004)
  })

  it('deletes a send (status DELETE) and answers unknown ids with 40059', async () => {
    platform = await start()
    const sent = await platform.raw('/cgi-bin/message/mass/sendall', {
      filter: { is_to_all: true },
      ...TEXT,
    })
    const msgId = /"msg_id":(\d+)/.exec(sent)?.[1] ?? ''
    const del = await platform.call('/cgi-bin/message/mass/delete', {
      msg_id: msgId,
      article_idx: 0,
    })
    expect(del).toEqual({ errcode: 0, errmsg: 'ok' })
    const got = await platform.call('/cgi-bin/message/mass/get', { msg_id: msgId })
    expect(got.msg_status).toBe('DELETE')
    expect((await platform.call('/cgi-bin/message/mass/get', { msg_id: 1 })).errcode).toBe(40059)
    expect((await platform.call('/cgi-bin/message/mass/delete', { msg_id: 1 })).errcode).toBe(40059)
  })

  it('gets and sets the speed', async () => {
    platform = await start()
    expect(await platform.call('/cgi-bin/message/mass/speed/set', { speed: 2 })).toEqual({
      errcode: 0,
      errmsg: 'ok',
    })
    expect(await platform.call('/cgi-bin/message/mass/speed/get', {})).toEqual({
      speed: 2,
      realspeed: 45,
    })
    expect((await platform.call('/cgi-bin/message/mass/speed/set', { speed: 9 })).errcode).toBe(
      40097,
    )
  })
})
