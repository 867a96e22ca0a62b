import { afterEach, describe, expect, it } from 'vitest'
import { ACCOUNT, FOLLOWER } from './context'
import { startMessaging } from './messaging-helpers'
import type { MessagingPlatform } from './messaging-helpers'

let platform: MessagingPlatform | undefined
afterEach(async () => {
  await platform?.close()
  platform = undefined
})

describe('customer-service accounts and typing (docs/api-messaging.md)', () => {
  it('adds, lists, updates and deletes kf accounts with their errcodes', async () => {
    platform = await startMessaging()
    const add = (kf_account: string, nickname = '客服一') =>
      platform!.call('/customservice/kfaccount/add', { kf_account, nickname, password: 'x' })
    expect((await add('kf1@mpsim')).errcode).toBe(0)
    expect((await add('kf1@mpsim')).errcode).toBe(65406)
    expect((await add('waytoolongprefix@mpsim')).errcode).toBe(65404)
    expect((await add('kf2@mpsim', '一个很长的客服昵称')).errcode).toBe(65403)
    const list = await platform.call('/cgi-bin/customservice/getkflist')
    expect(list).toEqual({
      kf_list: [{ kf_account: 'kf1@mpsim', kf_headimgurl: '', kf_id: '1001', kf_nick: '客服一' }],
    })
    const update = await platform.call('/customservice/kfaccount/update', {
      kf_account: 'nobody@mpsim',
      nickname: 'x',
    })
    expect(update.errcode).toBe(65401)
    const del = await platform.call('/customservice/kfaccount/del', undefined, {
      kf_account: 'kf1@mpsim',
    })
    expect(del.errcode).toBe(0)
    expect((await platform.call('/customservice/getkflist')).kf_list).toEqual([])
  })

  it('shows Typing on the phone; 45080 without a window, 45081 twice, 45072 bad command', async () => {
    platform = await startMessaging()
    const typing = (command: string) =>
      platform!.call('/cgi-bin/message/custom/typing', { touser: FOLLOWER, command })
    expect((await typing('Typing')).errcode).toBe(45080)
    platform.state.window.open(ACCOUNT.id, FOLLOWER, 'message')
    expect((await typing('Dancing')).errcode).toBe(45072)
    expect((await typing('Typing')).errcode).toBe(0)
    expect((await typing('Typing')).errcode).toBe(45081)
    expect((await typing('CancelTyping')).errcode).toBe(0)
    expect(platform.phone.map((m) => [m.source, m.msgType, m.payload.command])).toEqual([
      ['custom-send', 'typing', 'Typing'],
      ['custom-send', 'typing', 'CancelTyping'],
    ])
  })
})

describe('drafts and publishing', () => {
  it('adds a draft, publishes it and pushes PUBLISHJOBFINISH-bound job; errcodes', async () => {
    platform = await startMessaging()
    const thumb = await platform.state.media.add({
      accountId: ACCOUNT.id,
      type: 'image',
      kind: 'permanent',
      filename: 'cover.jpg',
      contentType: 'image/jpeg',
      bytes: Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
      origin: 'bot',
    })
    const article = { title: '标题', content: '<p>正文</p>', thumb_media_id: thumb.mediaId }
    expect((await platform.call('/cgi-bin/draft/add', { articles: [] })).errcode).toBe(44003)
    const badThumb = { articles: [{ ...article, thumb_media_id: 'nope' }] }
    expect((await platform.call('/cgi-bin/draft/add', badThumb)).errcode).toBe(40007)
    const added = await platform.call('/cgi-bin/draft/add', { articles: [article] })
    const mediaId = added.media_id as string
    expect(mediaId).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(await platform.call('/cgi-bin/draft/count')).toEqual({ total_count: 1 })
    const got = await platform.call('/cgi-bin/draft/get', { media_id: mediaId })
    expect((got.news_item as { title: string }[])[0]?.title).toBe('标题')

    const submitted = await platform.raw('/cgi-bin/freepublish/submit', { media_id: mediaId })
    const publishId = /"publish_id":"(\d+)"/.exec(submitted)?.[1] ?? ''
    expect(submitted).toMatch(
      /^\{"errcode":0,"errmsg":"ok","publish_id":"\d+","msg_data_id":\d+\}$/,
    )
    expect(platform.jobPushes).toHaveLength(1)
    const status = await platform.call('/cgi-bin/freepublish/get', { publish_id: publishId })
    expect(status).toMatchObject({ publish_id: publishId, publish_status: 0, fail_idx: [] })
    const articleId = status.article_id as string
    const fetched = await platform.call('/cgi-bin/freepublish/getarticle', {
      article_id: articleId,
    })
    expect((fetched.news_item as { title: string }[])[0]?.title).toBe('标题')
    expect((await platform.call('/cgi-bin/draft/count')).total_count).toBe(0)
    expect(
      (await platform.call('/cgi-bin/freepublish/delete', { article_id: articleId })).errcode,
    ).toBe(0)
    expect(
      (await platform.call('/cgi-bin/freepublish/getarticle', { article_id: articleId })).errcode,
    ).toBe(53600)
  })
})
