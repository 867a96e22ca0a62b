/**
 * node-webot `wechat-api` (callback style) against mpsim with the recipe in docs/sdks.md: one
 * assignment, `api.endpoint = platformUrl` — every call is built as `this.endpoint + '/cgi-bin/…'`
 * (lib/api_common.js). `setEndpoint()` is not used: it forces https://.
 */
import WechatAPI from 'wechat-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  MENU,
  TEMPLATE_DATA,
  pickTemplateId,
  startSdkFixture,
  tagName,
  userWrites,
} from './harness'
import type { SdkFixture } from './harness'

type Result = Record<string, unknown>

let fixture: SdkFixture
let api: WechatAPI
/** Calls a callback-style method and resolves its first result (a Buffer for media/get). */
let call: (method: keyof WechatAPI, ...args: unknown[]) => Promise<Result>

beforeAll(async () => {
  fixture = await startSdkFixture()
  api = new WechatAPI(fixture.appId, fixture.appSecret)
  api.endpoint = fixture.platformUrl // the recipe
  call = (method, ...args) =>
    new Promise<Result>((resolve, reject) => {
      const fn = (api[method] as (...a: unknown[]) => void).bind(api)
      fn(...args, (err: Error | null, result: unknown) =>
        err ? reject(err) : resolve(result as Result),
      )
    })
})

afterAll(async () => {
  await fixture?.close()
})

describe('wechat-api 1.35 pointed at mpsim', () => {
  let mediaId = ''
  let tagId = 0

  it('gets an access token (cgi-bin/token)', async () => {
    const token = (await call('getAccessToken')) as { accessToken?: string }
    expect(token.accessToken).toMatch(/\S{16,}/)
  })

  it('reads a user (user/info)', async () => {
    const user = await call('getUser', fixture.openid)
    expect(user.openid).toBe(fixture.openid)
    expect(user.subscribe).toBe(1)
  })

  it('lists followers (user/get)', async () => {
    const list = await call('getFollowers')
    expect((list.data as { openid: string[] }).openid).toContain(fixture.openid)
  })

  it('creates a menu (menu/create)', async () => {
    const result = await call('createMenu', MENU)
    expect(result.errcode, JSON.stringify(result)).toBe(0)
  })

  it('reads the menu back (menu/get)', async () => {
    const result = await call('getMenu')
    const menu = result.menu as { button: Array<{ name: string }> }
    expect(menu.button.map((b) => b.name)).toEqual(['今日歌曲', '菜单'])
  })

  it('sends a customer-service text (message/custom/send)', async () => {
    await userWrites(fixture)
    const result = await call('sendText', fixture.openid, 'hello from wechat-api')
    expect(result.errcode, JSON.stringify(result)).toBe(0)
  })

  it('lists private templates (template/get_all_private_template)', async () => {
    const result = await call('getAllPrivateTemplate')
    expect(Array.isArray(result.template_list), JSON.stringify(result)).toBe(true)
    expect((result.template_list as unknown[]).length).toBeGreaterThan(0)
  })

  it('sends a template message (message/template/send)', async () => {
    const templateId = await pickTemplateId(fixture, () => call('getAllPrivateTemplate'))
    const result = await call(
      'sendTemplate',
      fixture.openid,
      templateId,
      'http://127.0.0.1/order',
      TEMPLATE_DATA,
    )
    expect([result.errcode, result.msgid !== undefined], JSON.stringify(result)).toEqual([0, true])
  })

  it('uploads a JPEG (media/upload)', async () => {
    const result = await call('uploadMedia', fixture.jpegPath, 'image')
    expect([result.type, typeof result.media_id], JSON.stringify(result)).toEqual([
      'image',
      'string',
    ])
    mediaId = String(result.media_id)
  })

  it('downloads the same bytes (media/get)', async () => {
    expect(mediaId, 'the upload answered a media_id').not.toBe('')
    const bytes = (await call('getMedia', mediaId)) as unknown as Buffer
    expect(Buffer.isBuffer(bytes)).toBe(true)
    expect(bytes.equals(fixture.jpegBytes)).toBe(true)
  })

  it('creates a tag (tags/create)', async () => {
    const result = await call('createTag', tagName('wechat-api'))
    expect(typeof (result.tag as { id?: unknown } | undefined)?.id, JSON.stringify(result)).toBe(
      'number',
    )
    const tag = result.tag as { id: number; name: string }
    expect(tag.id).toBeGreaterThanOrEqual(100)
    tagId = tag.id
  })

  it('lists tags (tags/get)', async () => {
    const result = await call('getTags')
    expect(Array.isArray(result.tags), JSON.stringify(result)).toBe(true)
    const tags = result.tags as Array<{ id: number }>
    expect(tags.map((t) => t.id)).toContain(tagId)
  })

  it('tags a user (tags/members/batchtagging)', async () => {
    expect(tagId, 'tags/create answered an id').toBeGreaterThan(0)
    const result = await call('membersBatchtagging', tagId, [fixture.openid])
    expect(result.errcode, JSON.stringify(result)).toBe(0)
  })

  it('mass-sends a text to everyone (message/mass/sendall)', async () => {
    const result = await call('massSendText', 'mass from wechat-api', true)
    expect([result.errcode, result.msg_id !== undefined], JSON.stringify(result)).toEqual([0, true])
  })
})
