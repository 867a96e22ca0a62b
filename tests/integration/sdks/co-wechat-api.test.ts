/**
 * node-webot `co-wechat-api` (async) against mpsim with the recipe in docs/sdks.md: set
 * `api.prefix = platformUrl + '/cgi-bin/'` — every /cgi-bin call is built as `this.prefix + '…'`
 * (lib/api_common.js); `snsPrefix` likewise for the few /sns calls.
 */
import CoWechatAPI from 'co-wechat-api'
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

let fixture: SdkFixture
let api: CoWechatAPI

beforeAll(async () => {
  fixture = await startSdkFixture()
  api = new CoWechatAPI(fixture.appId, fixture.appSecret)
  api.prefix = `${fixture.platformUrl}/cgi-bin/` // the recipe
  api.snsPrefix = `${fixture.platformUrl}/sns/`
})

afterAll(async () => {
  await fixture?.close()
})

describe('co-wechat-api 3.11 pointed at mpsim', () => {
  let mediaId = ''
  let tagId = 0

  it('gets an access token (cgi-bin/token)', async () => {
    const token = await api.getAccessToken()
    expect(token.accessToken).toMatch(/\S{16,}/)
  })

  it('reads a user (user/info)', async () => {
    const user = await api.getUser(fixture.openid)
    expect(user.openid).toBe(fixture.openid)
    expect(user.subscribe).toBe(1)
  })

  it('lists followers (user/get)', async () => {
    const list = await api.getFollowers()
    expect((list.data as { openid: string[] }).openid).toContain(fixture.openid)
  })

  it('creates a menu (menu/create)', async () => {
    const result = await api.createMenu(MENU)
    expect(result.errcode, JSON.stringify(result)).toBe(0)
  })

  it('reads the menu back (menu/get)', async () => {
    const result = await api.getMenu()
    const menu = result.menu as { button: Array<{ name: string }> }
    expect(menu.button.map((b) => b.name)).toEqual(['今日歌曲', '菜单'])
  })

  it('sends a customer-service text (message/custom/send)', async () => {
    await userWrites(fixture)
    const result = await api.sendText(fixture.openid, 'hello from co-wechat-api')
    expect(result.errcode, JSON.stringify(result)).toBe(0)
  })

  it('lists private templates (template/get_all_private_template)', async () => {
    const result = await api.getAllPrivateTemplate()
    expect(Array.isArray(result.template_list), JSON.stringify(result)).toBe(true)
    expect((result.template_list as unknown[]).length).toBeGreaterThan(0)
  })

  it('sends a template message (message/template/send)', async () => {
    const templateId = await pickTemplateId(fixture, () => api.getAllPrivateTemplate())
    const result = await api.sendTemplate(
      fixture.openid,
      templateId,
      'http://127.0.0.1/order',
      '#FF0000',
      TEMPLATE_DATA,
    )
    expect([result.errcode, result.msgid !== undefined], JSON.stringify(result)).toEqual([0, true])
  })

  it('uploads a JPEG (media/upload)', async () => {
    const result = await api.uploadMedia(fixture.jpegPath, 'image')
    expect([result.type, typeof result.media_id], JSON.stringify(result)).toEqual([
      'image',
      'string',
    ])
    mediaId = String(result.media_id)
  })

  it('downloads the same bytes (media/get)', async () => {
    expect(mediaId, 'the upload answered a media_id').not.toBe('')
    const bytes = await api.getMedia(mediaId)
    expect(Buffer.isBuffer(bytes)).toBe(true)
    expect((bytes as Buffer).equals(fixture.jpegBytes)).toBe(true)
  })

  it('creates a tag (tags/create)', async () => {
    const result = await api.createTags(tagName('co-wechat-api'))
    expect(typeof (result.tag as { id?: unknown } | undefined)?.id, JSON.stringify(result)).toBe(
      'number',
    )
    const tag = result.tag as { id: number; name: string }
    expect(tag.id).toBeGreaterThanOrEqual(100)
    tagId = tag.id
  })

  it('lists tags (tags/get)', async () => {
    const result = await api.getTags()
    expect(Array.isArray(result.tags), JSON.stringify(result)).toBe(true)
    const tags = result.tags as Array<{ id: number }>
    expect(tags.map((t) => t.id)).toContain(tagId)
  })

  it('tags a user (tags/members/batchtagging)', async () => {
    expect(tagId, 'tags/create answered an id').toBeGreaterThan(0)
    const result = await api.batchTagging([fixture.openid], tagId)
    expect(result.errcode, JSON.stringify(result)).toBe(0)
  })

  it('mass-sends a text to everyone (message/mass/sendall)', async () => {
    const result = await api.massSendText('mass from co-wechat-api', true)
    expect([result.errcode, result.msg_id !== undefined], JSON.stringify(result)).toEqual([0, true])
  })
})
