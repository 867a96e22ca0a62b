import { afterEach, describe, expect, it } from 'vitest'
import { startPlatform } from './client'
import type { Platform } from './client'
import { botClient } from './audience-client'
import type { BotClient } from './audience-client'
import { ACCOUNT, FOLLOWER, LEAVER, OTHERS_USER } from './context'

let platform: Platform
let bot: BotClient
afterEach(async () => {
  await platform.close()
})

async function start() {
  platform = await startPlatform()
  bot = await botClient(platform.url)
}

const DEFAULT_MENU = {
  button: [
    { type: 'click', name: '今日歌曲', key: 'V1001_TODAY_MUSIC' },
    {
      name: '菜单',
      sub_button: [
        { type: 'view', name: '搜索', url: 'http://www.soso.com/' },
        { type: 'media_id', name: '图片', media_id: 'MEDIA_ID1' },
      ],
    },
  ],
}
const VIP_BUTTONS = [{ type: 'click', name: 'VIP', key: 'VIP' }]

async function withVipTag(): Promise<void> {
  await bot.post('/cgi-bin/tags/create', { tag: { name: 'vip' } })
  await bot.post('/cgi-bin/tags/members/batchtagging', { openid_list: [FOLLOWER], tagid: 100 })
}

describe('personalised menus (docs/api-audience.md)', () => {
  it('adds a menu for a tag; trymatch, menu/get and the phone see it', async () => {
    await start()
    expect((await bot.post('/cgi-bin/menu/create', DEFAULT_MENU)).errcode).toBe(0)
    await withVipTag()
    const added = await bot.post('/cgi-bin/menu/addconditional', {
      button: VIP_BUTTONS,
      matchrule: { tag_id: '100', sex: '', country: '' },
    })
    expect(added).toEqual({ menuid: '208396901' })
    expect(platform.menuEvents.at(-1)).toBe(ACCOUNT.id)

    expect(await bot.post('/cgi-bin/menu/trymatch', { user_id: FOLLOWER })).toEqual({
      button: [{ type: 'click', name: 'VIP', key: 'VIP', sub_button: [] }],
    })
    // LEAVER has no tag: the default menu.
    const other = await bot.post('/cgi-bin/menu/trymatch', { user_id: LEAVER })
    expect((other.button as unknown[]).length).toBe(2)

    const got = await bot.get('/cgi-bin/menu/get')
    expect(got.menu).toMatchObject({ menuid: 208396900 })
    expect(got.conditionalmenu).toEqual([
      {
        button: [{ type: 'click', name: 'VIP', key: 'VIP', sub_button: [] }],
        matchrule: { tag_id: 100 },
        menuid: 208396901,
      },
    ])

    // The user's LAST tag decides [doc]: tagging with 2 afterwards hides the VIP menu.
    await bot.post('/cgi-bin/tags/members/batchtagging', { openid_list: [FOLLOWER], tagid: 2 })
    expect(
      ((await bot.post('/cgi-bin/menu/trymatch', { user_id: FOLLOWER })).button as unknown[])
        .length,
    ).toBe(2)

    expect(await bot.post('/cgi-bin/menu/delconditional', { menuid: '208396901' })).toEqual({
      errcode: 0,
      errmsg: 'ok',
    })
    expect((await bot.get('/cgi-bin/menu/get')).conditionalmenu).toBeUndefined()
  })

  it('matches the newest rule first and the client platform of the phone (Others, 3)', async () => {
    await start()
    await bot.post('/cgi-bin/menu/create', DEFAULT_MENU)
    await bot.post('/cgi-bin/menu/addconditional', {
      button: [{ type: 'click', name: 'Others', key: 'O' }],
      matchrule: { client_platform_type: '3' },
    })
    await bot.post('/cgi-bin/menu/addconditional', {
      button: [{ type: 'click', name: 'iOS', key: 'I' }],
      matchrule: { client_platform_type: 1 },
    })
    const seen = await bot.post('/cgi-bin/menu/trymatch', { user_id: FOLLOWER })
    expect(seen.button).toEqual([{ type: 'click', name: 'Others', key: 'O', sub_button: [] }])
  })

  it('menu/delete removes the personalised menus too', async () => {
    await start()
    await bot.post('/cgi-bin/menu/create', DEFAULT_MENU)
    await bot.post('/cgi-bin/menu/addconditional', {
      button: VIP_BUTTONS,
      matchrule: { client_platform_type: '3' },
    })
    expect((await bot.get('/cgi-bin/menu/delete')).errcode).toBe(0)
    expect(platform.state.menus.conditional.list(ACCOUNT.id)).toEqual([])
    expect((await bot.post('/cgi-bin/menu/trymatch', { user_id: FOLLOWER })).errcode).toBe(46003)
  })

  it('answers 65303, 65304, 65320, 45159, 40097, 65316, menu-rule codes, 65301 and 65302', async () => {
    await start()
    const add = (body: unknown) => bot.post('/cgi-bin/menu/addconditional', body)
    expect((await add({ button: VIP_BUTTONS, matchrule: { tag_id: '2' } })).errcode).toBe(65303)
    await bot.post('/cgi-bin/menu/create', DEFAULT_MENU)
    expect((await add({ button: VIP_BUTTONS })).errcode).toBe(65304)
    expect((await add({ button: VIP_BUTTONS, matchrule: { tag_id: '' } })).errcode).toBe(65304)
    expect((await add({ button: VIP_BUTTONS, matchrule: { sex: '1' } })).errcode).toBe(65320)
    expect(
      (await add({ button: VIP_BUTTONS, matchrule: { tag_id: '2', language: 'zh_CN' } })).errcode,
    ).toBe(65320)
    expect((await add({ button: VIP_BUTTONS, matchrule: { tag_id: '999' } })).errcode).toBe(45159)
    expect(
      (await add({ button: VIP_BUTTONS, matchrule: { client_platform_type: '4' } })).errcode,
    ).toBe(40097)
    expect((await add({ button: [], matchrule: { tag_id: 2 } })).errcode).toBe(40016)

    const view = (host: string) => ({ type: 'view', name: host, url: `https://${host}/` })
    expect(
      await add({
        button: [view('a.example'), view('b.example'), view('c.example')],
        matchrule: { tag_id: 2 },
      }),
    ).toHaveProperty('menuid')
    expect((await add({ button: [view('d.example')], matchrule: { tag_id: 2 } })).errcode).toBe(
      65316,
    )

    expect((await bot.post('/cgi-bin/menu/delconditional', { menuid: '1' })).errcode).toBe(65301)
    expect((await bot.post('/cgi-bin/menu/trymatch', { user_id: 'nobody' })).errcode).toBe(65302)
    expect((await bot.post('/cgi-bin/menu/trymatch', { user_id: OTHERS_USER })).errcode).toBe(65302)
  })
})

describe('get_current_selfmenu_info (docs/api-audience.md)', () => {
  it('answers is_menu_open 0 without a menu and the selfmenu shape with one', async () => {
    await start()
    expect(await bot.get('/cgi-bin/get_current_selfmenu_info')).toEqual({ is_menu_open: 0 })
    await bot.post('/cgi-bin/menu/create', DEFAULT_MENU)
    expect(await bot.get('/cgi-bin/get_current_selfmenu_info')).toEqual({
      is_menu_open: 1,
      selfmenu_info: {
        button: [
          { type: 'click', name: '今日歌曲', key: 'V1001_TODAY_MUSIC' },
          {
            name: '菜单',
            sub_button: {
              list: [
                { type: 'view', name: '搜索', url: 'http://www.soso.com/' },
                { type: 'media_id', name: '图片', value: 'MEDIA_ID1' },
              ],
            },
          },
        ],
      },
    })
  })
})
