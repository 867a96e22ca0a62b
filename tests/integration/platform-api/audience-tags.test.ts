import { afterEach, describe, expect, it } from 'vitest'
import { startPlatform } from './client'
import type { Platform } from './client'
import { botClient } from './audience-client'
import type { BotClient } from './audience-client'
import { FOLLOWER, LEAVER, OTHERS_USER, simUser } from './context'

let platform: Platform
let bot: BotClient
afterEach(async () => {
  await platform.close()
})

async function start(users?: Parameters<typeof startPlatform>[0]) {
  platform = await startPlatform(users)
  bot = await botClient(platform.url)
}

const errcode = (r: Record<string, unknown>) => r.errcode

describe('tag definitions (docs/api-audience.md)', () => {
  it('creates, lists with counts, renames and deletes a tag', async () => {
    await start()
    const created = await bot.post('/cgi-bin/tags/create', { tag: { name: '广东' } })
    expect(created).toEqual({ tag: { id: 100, name: '广东' } })

    expect(
      await bot.post('/cgi-bin/tags/members/batchtagging', { openid_list: [FOLLOWER], tagid: 100 }),
    ).toEqual({ errcode: 0, errmsg: 'ok' })
    expect(await bot.get('/cgi-bin/tags/get')).toEqual({
      tags: [
        { id: 2, name: '星标组', count: 1 },
        { id: 100, name: '广东', count: 1 },
      ],
    })

    expect(await bot.post('/cgi-bin/tags/update', { tag: { id: 100, name: '广东人' } })).toEqual({
      errcode: 0,
      errmsg: 'ok',
    })
    expect(platform.state.audience.tag('acc-1', 100)?.name).toBe('广东人')

    expect(await bot.post('/cgi-bin/tags/delete', { tag: { id: 100 } })).toEqual({
      errcode: 0,
      errmsg: 'ok',
    })
    // The tag came off the user too.
    expect(platform.ctx.directory.user(FOLLOWER)?.tagIds).toEqual([128, 2])
    expect((await bot.get('/cgi-bin/tags/get')).tags).toEqual([{ id: 2, name: '星标组', count: 1 }])
  })

  it('answers 45157 for a name in use or blank, 45158 over 30 bytes, 45056 past 100 tags', async () => {
    await start()
    await bot.post('/cgi-bin/tags/create', { tag: { name: 'vip' } })
    expect(errcode(await bot.post('/cgi-bin/tags/create', { tag: { name: 'vip' } }))).toBe(45157)
    expect(errcode(await bot.post('/cgi-bin/tags/create', { tag: { name: '星标组' } }))).toBe(45157)
    expect(errcode(await bot.post('/cgi-bin/tags/create', { tag: { name: ' ' } }))).toBe(45157)
    // 11 Chinese characters are 33 bytes.
    const long = '一二三四五六七八九十一'
    expect(errcode(await bot.post('/cgi-bin/tags/create', { tag: { name: long } }))).toBe(45158)
    expect(errcode(await bot.post('/cgi-bin/tags/create', { tag: { name: 'x'.repeat(30) } }))).toBe(
      undefined,
    )
    for (let i = 2; i < 100; i++) {
      await bot.post('/cgi-bin/tags/create', { tag: { name: `t${i}` } })
    }
    const over = await bot.post('/cgi-bin/tags/create', { tag: { name: 'one too many' } })
    expect(over.errcode).toBe(45056)
    expect(String(over.errmsg)).toMatch(/^too many tag now/)
    expect(errcode(await bot.post('/cgi-bin/tags/create', {}))).toBe(47001)
  })

  it('refuses to change system tags (45058) and unknown ids (45159)', async () => {
    await start()
    for (const id of [0, 1, 2]) {
      expect(errcode(await bot.post('/cgi-bin/tags/update', { tag: { id, name: 'x' } }))).toBe(
        45058,
      )
      expect(errcode(await bot.post('/cgi-bin/tags/delete', { tag: { id } }))).toBe(45058)
    }
    expect(errcode(await bot.post('/cgi-bin/tags/update', { tag: { id: 999, name: 'x' } }))).toBe(
      45159,
    )
    expect(errcode(await bot.post('/cgi-bin/tags/delete', { tag: { id: 999 } }))).toBe(45159)
    await bot.post('/cgi-bin/tags/create', { tag: { name: 'a' } })
    await bot.post('/cgi-bin/tags/create', { tag: { name: 'b' } })
    expect(errcode(await bot.post('/cgi-bin/tags/update', { tag: { id: 101, name: 'a' } }))).toBe(
      45157,
    )
  })

  it('answers 40014 for a token that cannot be one', async () => {
    await start()
    const r = await fetch(`${platform.url}/cgi-bin/tags/get?access_token=nope`)
    expect(((await r.json()) as { errcode: number }).errcode).toBe(40014)
  })
})

describe('tag members (docs/api-audience.md)', () => {
  it('tags and untags users, lists their tags and the tag’s fans page by page', async () => {
    const others = Array.from({ length: 3 }, (_, i) => simUser(`oFan${i}xxxxxxxxxxxxxxxxxxxxxxx`))
    await start({
      users: [simUser(FOLLOWER), simUser(LEAVER, { subscribed: false }), ...others],
    })
    await bot.post('/cgi-bin/tags/create', { tag: { name: 'vip' } })
    const everyone = [FOLLOWER, LEAVER, ...others.map((u) => u.openid)]
    expect(
      errcode(
        await bot.post('/cgi-bin/tags/members/batchtagging', { openid_list: everyone, tagid: 100 }),
      ),
    ).toBe(0)
    expect(
      errcode(
        await bot.post('/cgi-bin/tags/members/batchtagging', { openid_list: [FOLLOWER], tagid: 2 }),
      ),
    ).toBe(0)
    expect(await bot.post('/cgi-bin/tags/getidlist', { openid: FOLLOWER })).toEqual({
      tagid_list: [100, 2],
    })

    // user/tag/get lists followers only (the leaver is not a fan any more).
    const fans = await bot.post('/cgi-bin/user/tag/get', { tagid: 100, next_openid: '' })
    expect(fans).toEqual({
      count: 4,
      data: { openid: [FOLLOWER, ...others.map((u) => u.openid)] },
      next_openid: others[2]?.openid,
    })
    const past = await bot.post('/cgi-bin/user/tag/get', {
      tagid: 100,
      next_openid: others[2]?.openid,
    })
    expect(past).toEqual({ count: 0, next_openid: '' })

    expect(
      errcode(
        await bot.post('/cgi-bin/tags/members/batchuntagging', {
          openid_list: [FOLLOWER],
          tagid: 100,
        }),
      ),
    ).toBe(0)
    expect(await bot.post('/cgi-bin/tags/getidlist', { openid: FOLLOWER })).toEqual({
      tagid_list: [2],
    })
  })

  it('shows the tags in user/info tagid_list', async () => {
    await start()
    await bot.post('/cgi-bin/tags/create', { tag: { name: 'vip' } })
    await bot.post('/cgi-bin/tags/members/batchtagging', { openid_list: [FOLLOWER], tagid: '100' })
    const r = await fetch(
      `${platform.url}/cgi-bin/user/info?access_token=${await platform.token()}&openid=${FOLLOWER}&lang=zh_CN`,
    )
    expect(((await r.json()) as { tagid_list: number[] }).tagid_list).toEqual([128, 2, 100])
  })

  it('answers 40032, 45159, 40003, 49003 and 45059 as WeChat does', async () => {
    await start()
    await bot.post('/cgi-bin/tags/create', { tag: { name: 'vip' } })
    const tagging = (openid_list: unknown, tagid: unknown = 100) =>
      bot.post('/cgi-bin/tags/members/batchtagging', { openid_list, tagid })
    expect(errcode(await tagging([]))).toBe(40032)
    expect(errcode(await tagging(Array.from({ length: 51 }, () => FOLLOWER)))).toBe(40032)
    expect(errcode(await tagging([FOLLOWER], 999))).toBe(45159)
    expect(errcode(await tagging(['oUnknownxxxxxxxxxxxxxxxxxxxx']))).toBe(40003)
    expect(errcode(await tagging([OTHERS_USER]))).toBe(49003)
    expect(errcode(await bot.post('/cgi-bin/tags/getidlist', { openid: OTHERS_USER }))).toBe(49003)
    expect(errcode(await bot.post('/cgi-bin/tags/getidlist', { openid: 'nobody' }))).toBe(40003)
    expect(errcode(await bot.post('/cgi-bin/user/tag/get', { tagid: 999 }))).toBe(45159)

    // FOLLOWER already carries 128 and 2: 18 more fit, the 19th is one too many.
    for (let i = 0; i < 19; i++) await bot.post('/cgi-bin/tags/create', { tag: { name: `t${i}` } })
    for (let id = 101; id < 119; id++) expect(errcode(await tagging([FOLLOWER], id))).toBe(0)
    expect(platform.ctx.directory.user(FOLLOWER)?.tagIds).toHaveLength(20)
    const over = await tagging([FOLLOWER], 119)
    expect(over.errcode).toBe(45059)
    expect(platform.ctx.directory.user(FOLLOWER)?.tagIds).toHaveLength(20)
  })
})
