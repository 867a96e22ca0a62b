/**
 * hpyer `node-easywechat` 3.x against mpsim with the recipe in docs/sdks.md: the config's
 * `http.baseURL` (axios options merged over the default https://api.weixin.qq.com/ in
 * src/OfficialAccount/Application.ts getHttpClientDefaultOptions). The access token is fetched
 * through the same client, so cgi-bin/token goes to mpsim too. The token cache is a file cache
 * (default ./): `file_cache.path` keeps mpsim's tokens apart from real ones.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { OfficialAccount } from 'node-easywechat'
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
let app: OfficialAccount

beforeAll(async () => {
  fixture = await startSdkFixture()
  app = new OfficialAccount({
    app_id: fixture.appId,
    secret: fixture.appSecret,
    http: { baseURL: `${fixture.platformUrl}/` }, // the recipe
    file_cache: {
      path: join(fixture.dir, 'cache'),
      dirMode: 0o700,
      fileMode: 0o600,
      ext: '.cache',
    },
  })
})

afterAll(async () => {
  await fixture?.close()
})

const client = () => app.getClient()
const getJson = async (url: string, params: Record<string, string> = {}): Promise<Result> =>
  (await client().get(url, { params })).toObject<Result>()
const postJson = async (url: string, data: object): Promise<Result> =>
  (await client().postJson(url, data)).toObject<Result>()

describe('node-easywechat 3.6 pointed at mpsim', () => {
  let mediaId = ''
  let tagId = 0

  it('gets an access token (cgi-bin/token)', async () => {
    const token = await app.getAccessToken().getToken()
    expect(token).toMatch(/\S{16,}/)
  })

  it('reads a user (user/info)', async () => {
    const user = await getJson('cgi-bin/user/info', { openid: fixture.openid, lang: 'zh_CN' })
    expect(user.openid).toBe(fixture.openid)
    expect(user.subscribe).toBe(1)
  })

  it('lists followers (user/get)', async () => {
    const list = await getJson('cgi-bin/user/get')
    expect((list.data as { openid: string[] }).openid).toContain(fixture.openid)
  })

  it('creates a menu (menu/create)', async () => {
    const result = await postJson('cgi-bin/menu/create', MENU)
    expect(result.errcode, JSON.stringify(result)).toBe(0)
  })

  it('reads the menu back (menu/get)', async () => {
    const result = await getJson('cgi-bin/menu/get')
    const menu = result.menu as { button: Array<{ name: string }> }
    expect(menu.button.map((b) => b.name)).toEqual(['今日歌曲', '菜单'])
  })

  it('sends a customer-service text (message/custom/send)', async () => {
    await userWrites(fixture)
    const result = await postJson('cgi-bin/message/custom/send', {
      touser: fixture.openid,
      msgtype: 'text',
      text: { content: 'hello from node-easywechat' },
    })
    expect(result.errcode, JSON.stringify(result)).toBe(0)
  })

  it('lists private templates (template/get_all_private_template)', async () => {
    const result = await getJson('cgi-bin/template/get_all_private_template')
    expect(Array.isArray(result.template_list), JSON.stringify(result)).toBe(true)
    expect((result.template_list as unknown[]).length).toBeGreaterThan(0)
  })

  it('sends a template message (message/template/send)', async () => {
    const templateId = await pickTemplateId(fixture, () =>
      getJson('cgi-bin/template/get_all_private_template'),
    )
    const result = await postJson('cgi-bin/message/template/send', {
      touser: fixture.openid,
      template_id: templateId,
      url: 'http://127.0.0.1/order',
      data: TEMPLATE_DATA,
    })
    expect([result.errcode, result.msgid !== undefined], JSON.stringify(result)).toEqual([0, true])
  })

  it('uploads a JPEG (media/upload)', async () => {
    const response = await client()
      .withFile(fixture.jpegPath, 'media')
      .post('cgi-bin/media/upload', { params: { type: 'image' } })
    const result = response.toObject<Result>()
    expect([result.type, typeof result.media_id], JSON.stringify(result)).toEqual([
      'image',
      'string',
    ])
    mediaId = String(result.media_id)
  })

  it('downloads the same bytes (media/get)', async () => {
    expect(mediaId, 'the upload answered a media_id').not.toBe('')
    const response = await client().get('cgi-bin/media/get', {
      params: { media_id: mediaId },
      responseType: 'arraybuffer',
    })
    const saved = response.saveAs(join(fixture.dir, 'downloaded.jpg'))
    expect((await readFile(saved)).equals(fixture.jpegBytes)).toBe(true)
  })

  it('creates a tag (tags/create)', async () => {
    const result = await postJson('cgi-bin/tags/create', {
      tag: { name: tagName('easywechat') },
    })
    expect(typeof (result.tag as { id?: unknown } | undefined)?.id, JSON.stringify(result)).toBe(
      'number',
    )
    const tag = result.tag as { id: number; name: string }
    expect(tag.id).toBeGreaterThanOrEqual(100)
    tagId = tag.id
  })

  it('lists tags (tags/get)', async () => {
    const result = await getJson('cgi-bin/tags/get')
    expect(Array.isArray(result.tags), JSON.stringify(result)).toBe(true)
    const tags = result.tags as Array<{ id: number }>
    expect(tags.map((t) => t.id)).toContain(tagId)
  })

  it('tags a user (tags/members/batchtagging)', async () => {
    expect(tagId, 'tags/create answered an id').toBeGreaterThan(0)
    const result = await postJson('cgi-bin/tags/members/batchtagging', {
      openid_list: [fixture.openid],
      tagid: tagId,
    })
    expect(result.errcode, JSON.stringify(result)).toBe(0)
  })

  it('mass-sends a text to everyone (message/mass/sendall)', async () => {
    const result = await postJson('cgi-bin/message/mass/sendall', {
      filter: { is_to_all: true },
      msgtype: 'text',
      text: { content: 'mass from node-easywechat' },
    })
    expect([result.errcode, result.msg_id !== undefined], JSON.stringify(result)).toEqual([0, true])
  })
})
