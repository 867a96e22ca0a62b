import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { VECTORS_DIR } from '../../helpers/vectors'
import { ACCOUNT } from './context'
import { startPlatform } from './client'
import type { Platform } from './client'

let platform: Platform
afterEach(async () => {
  await platform.close()
})

const examples = (
  JSON.parse(readFileSync(join(VECTORS_DIR, 'api-examples.json'), 'utf8')) as {
    examples: { id: string; request_body?: unknown; response_ok?: unknown }[]
  }
).examples
const sample = (id: string) => examples.find((e) => e.id === id)

describe('the custom menu (protocol.md §10.5)', () => {
  it('creates the doc sample, echoes it with sub_button:[] on leaves, deletes it', async () => {
    platform = await startPlatform()
    const query = { access_token: await platform.token() }
    expect((await platform.get('/cgi-bin/menu/get', query)).json.errcode).toBe(46003)

    const created = await platform.post(
      '/cgi-bin/menu/create',
      sample('menu_create')?.request_body,
      {
        query,
      },
    )
    expect(created.json).toEqual({ errcode: 0, errmsg: 'ok' })
    expect(platform.menuEvents).toEqual([ACCOUNT.id])

    const got = await platform.get('/cgi-bin/menu/get', query)
    expect(got.json).toEqual({
      menu: {
        button: [
          { type: 'click', name: '今日歌曲', key: 'V1001_TODAY_MUSIC', sub_button: [] },
          {
            name: '菜单',
            sub_button: [
              { type: 'view', name: '搜索', url: 'http://www.soso.com/', sub_button: [] },
              {
                type: 'miniprogram',
                name: 'wxa',
                url: 'http://mp.weixin.qq.com',
                appid: 'wx286b93c14bbf93aa',
                pagepath: 'pages/lunar/index',
                sub_button: [],
              },
              { type: 'click', name: '赞一下我们', key: 'V1001_GOOD', sub_button: [] },
            ],
          },
        ],
      },
    })
    // Leaf shape of the menu_get doc sample.
    const leaf = sample('menu_get')?.response_ok as { menu: { button: unknown[] } }
    expect(Object.keys(leaf.menu.button[0] as object)).toEqual([
      'type',
      'name',
      'key',
      'sub_button',
    ])

    expect((await platform.get('/cgi-bin/menu/delete', query)).json).toEqual({
      errcode: 0,
      errmsg: 'ok',
    })
    expect(platform.menuEvents).toEqual([ACCOUNT.id, ACCOUNT.id])
    expect((await platform.get('/cgi-bin/menu/get', query)).json.errcode).toBe(46003)
  })

  it('refuses a bad menu with its errcode, keeps the old one and notes where', async () => {
    platform = await startPlatform()
    const query = { access_token: await platform.token() }
    await platform.post(
      '/cgi-bin/menu/create',
      { button: [{ type: 'click', name: 'A', key: 'a' }] },
      { query },
    )
    const r = await platform.post(
      '/cgi-bin/menu/create',
      { button: [{ type: 'click', name: '这是一个很长的菜单名字', key: 'k' }] },
      { query },
    )
    expect(r.json.errcode).toBe(40018)
    expect(r.json.errmsg).toMatch(/^invalid button name size rid: /)
    const menu = (await platform.get('/cgi-bin/menu/get', query)).json.menu as { button: unknown[] }
    expect(menu.button).toHaveLength(1)
    const exchanges = await platform.waitForExchanges(4)
    expect(exchanges[2]?.analysis).toMatchObject({ problem: 'name-size', at: 'button[0].name' })
  })

  it('uses the test-account menu/create quota of 100 a day', async () => {
    platform = await startPlatform({ account: { testAccount: true } })
    const query = { access_token: await platform.token() }
    const body = { button: [{ type: 'click', name: 'A', key: 'a' }] }
    for (let i = 0; i < 100; i++) await platform.post('/cgi-bin/menu/create', body, { query })
    expect((await platform.post('/cgi-bin/menu/create', body, { query })).json.errcode).toBe(45009)
  })
})
