import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { VECTORS_DIR } from '../../helpers/vectors'
import { ACCOUNT, FOLLOWER, LEAVER, OTHERS_USER, STRANGER } from './context'
import { startPlatform } from './client'
import type { Platform } from './client'

let platform: Platform
afterEach(async () => {
  await platform.close()
})

const HOUR = 3600 * 1000
const PATH = '/cgi-bin/message/custom/send'

/** The doc sample bodies of api-examples.json, addressed to our follower. */
const samples = (
  JSON.parse(readFileSync(join(VECTORS_DIR, 'api-examples.json'), 'utf8')) as {
    examples: {
      id: string
      request_body?: Record<string, unknown>
      bodies?: Record<string, unknown>[]
    }[]
  }
).examples
  .filter((e) => e.id.startsWith('custom_send'))
  .flatMap((e) => e.bodies ?? (e.request_body ? [e.request_body] : []))
  .map((b): [string, Record<string, unknown>] => [String(b.msgtype), { ...b, touser: FOLLOWER }])

async function ready(): Promise<string> {
  platform = await startPlatform()
  platform.state.window.open(ACCOUNT.id, FOLLOWER, 'message')
  return platform.token()
}

function send(access_token: string, body: unknown) {
  return platform.post(PATH, body, { query: { access_token } })
}

const text = (content = 'hi', touser = FOLLOWER) => ({ touser, msgtype: 'text', text: { content } })

describe('POST /cgi-bin/message/custom/send: bodies (protocol.md §10.3)', () => {
  it.each(samples)(
    'accepts the doc sample for %s and shows it on the phone',
    async (msgtype, body) => {
      const access_token = await ready()
      const r = await send(access_token, body)
      expect(r.json).toEqual({ errcode: 0, errmsg: 'ok' })
      expect(platform.phone).toHaveLength(1)
      expect(platform.phone[0]).toMatchObject({
        accountId: ACCOUNT.id,
        openid: FOLLOWER,
        source: 'custom-send',
        msgType: msgtype,
        payload: body[msgtype],
      })
    },
  )

  it.each([
    ['an unknown msgtype', { msgtype: 'sticker', sticker: {} }, 40008],
    ['no msgtype', { text: { content: 'x' } }, 40008],
    ['empty text', { msgtype: 'text', text: { content: '' } }, 44004],
    ['text without its object', { msgtype: 'text' }, 44004],
    ['image without media_id', { msgtype: 'image', image: {} }, 40007],
    ['video without thumb_media_id', { msgtype: 'video', video: { media_id: 'M' } }, 40007],
    [
      'music without hqmusicurl',
      { msgtype: 'music', music: { musicurl: 'u', thumb_media_id: 't' } },
      41010,
    ],
    [
      'two news articles',
      { msgtype: 'news', news: { articles: [{ title: 'a' }, { title: 'b' }] } },
      45008,
    ],
    ['no news articles', { msgtype: 'news', news: { articles: [] } }, 44003],
    ['wxcard without card_id', { msgtype: 'wxcard', wxcard: {} }, 40073],
    ['msgmenu without list', { msgtype: 'msgmenu', msgmenu: { head_content: 'h' } }, 40097],
    ['mpnewsarticle without article_id', { msgtype: 'mpnewsarticle', mpnewsarticle: {} }, 40097],
    [
      'miniprogrampage without appid',
      { msgtype: 'miniprogrampage', miniprogrampage: { pagepath: 'p', thumb_media_id: 't' } },
      40097,
    ],
  ])('answers %s with %i and shows nothing', async (_name, body, errcode) => {
    const access_token = await ready()
    const r = await send(access_token, { touser: FOLLOWER, ...body })
    expect(r.json.errcode).toBe(errcode)
    expect(platform.phone).toEqual([])
  })

  it('passes the kf_account along to the phone', async () => {
    const access_token = await ready()
    const added = await platform.post(
      '/customservice/kfaccount/add',
      { kf_account: 'test1@kftest', nickname: 'Kf1', password: 'x' },
      { query: { access_token } },
    )
    expect(added.json.errcode).toBe(0)
    await send(access_token, { ...text(), customservice: { kf_account: 'test1@kftest' } })
    expect(platform.phone[0]?.payload).toEqual({ content: 'hi', kf_account: 'test1@kftest' })
  })

  it('answers a kf_account the account does not have with 65401', async () => {
    const access_token = await ready()
    const r = await send(access_token, {
      ...text(),
      customservice: { kf_account: 'nobody@kftest' },
    })
    expect(r.json.errcode).toBe(65401)
    expect(platform.phone).toEqual([])
  })

  it.each([
    ['an unknown openid', 'oNobodyxxxxxxxxxxxxxxxxxxxx1', 40003],
    ["another account's user", OTHERS_USER, 40003],
    ['someone who never followed', STRANGER, 43004],
    ['someone who unfollowed', LEAVER, 45015],
  ])('answers a message to %s with %i', async (_name, openid, errcode) => {
    const access_token = await ready()
    platform.state.window.open(ACCOUNT.id, openid, 'message')
    expect((await send(access_token, text('x', openid))).json.errcode).toBe(errcode)
  })
})

describe('the customer-service window (protocol.md §10.3, §13)', () => {
  it('answers 45015 to a follower who never wrote', async () => {
    platform = await startPlatform()
    const r = await send(await platform.token(), text())
    expect(r.json.errcode).toBe(45015)
    expect(r.json.errmsg).toMatch(/^response out of time limit or subscription is canceled rid: /)
  })

  it('allows 5 messages within 48 h of a user message, then 45047; closes after 48 h', async () => {
    const access_token = await ready()
    for (let i = 0; i < 5; i++) expect((await send(access_token, text())).json.errcode).toBe(0)
    const over = await send(access_token, text())
    expect(over.json.errcode).toBe(45047)
    expect(over.json.errmsg).toMatch(/^out of response count limit rid: /)

    platform.state.window.open(ACCOUNT.id, FOLLOWER, 'message')
    platform.ctx.clock.advance(48 * HOUR - 1000)
    const later = await platform.token() // the first one expired long ago
    expect((await send(later, text())).json.errcode).toBe(0)
    platform.ctx.clock.advance(1000)
    expect((await send(later, text())).json.errcode).toBe(45015)
  })

  it('allows 3 within a minute after a follow, scan or menu click', async () => {
    platform = await startPlatform()
    const access_token = await platform.token()
    platform.state.window.open(ACCOUNT.id, FOLLOWER, 'follow')
    for (let i = 0; i < 3; i++) expect((await send(access_token, text())).json.errcode).toBe(0)
    expect((await send(access_token, text())).json.errcode).toBe(45047)
    platform.ctx.clock.advance(60_000)
    expect((await send(access_token, text())).json.errcode).toBe(45015)
  })

  it('allows 20 per interaction in legacy mode', async () => {
    platform = await startPlatform()
    const access_token = await platform.token()
    platform.state.window.setMode('legacy-20')
    platform.state.window.open(ACCOUNT.id, FOLLOWER, 'menu')
    for (let i = 0; i < 20; i++) expect((await send(access_token, text())).json.errcode).toBe(0)
    expect((await send(access_token, text())).json.errcode).toBe(45047)
    expect(platform.phone).toHaveLength(20)
  })

  it('records the open grants on the Exchange of a refused send', async () => {
    const access_token = await ready()
    for (let i = 0; i < 5; i++) await send(access_token, text())
    await send(access_token, text())
    const exchanges = await platform.waitForExchanges(7)
    const last = exchanges.at(-1)
    expect(last).toMatchObject({ errcode: 45047, openid: FOLLOWER, accountId: ACCOUNT.id })
    expect(last?.analysis?.window).toEqual([
      { trigger: 'message', left: 0, closesAt: platform.ctx.clock.nowSeconds() + 48 * 3600 },
    ])
  })
})
