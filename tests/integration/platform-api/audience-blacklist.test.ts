import { afterEach, describe, expect, it } from 'vitest'
import { startPlatform } from './client'
import type { Platform } from './client'
import { botClient } from './audience-client'
import type { BotClient } from './audience-client'
import { ACCOUNT, FOLLOWER, LEAVER, OTHERS_USER, simUser } from './context'

let platform: Platform
let bot: BotClient
afterEach(async () => {
  await platform.close()
})

async function start(options?: Parameters<typeof startPlatform>[0]) {
  platform = await startPlatform(options)
  bot = await botClient(platform.url)
}

describe('the blacklist (docs/api-audience.md)', () => {
  it('blocks, lists page by page and unblocks users', async () => {
    await start()
    expect(await bot.post('/cgi-bin/tags/members/getblacklist', { begin_openid: '' })).toEqual({
      total: 0,
      count: 0,
      next_openid: '',
    })
    expect(
      await bot.post('/cgi-bin/tags/members/batchblacklist', { openid_list: [FOLLOWER, LEAVER] }),
    ).toEqual({ errcode: 0, errmsg: 'ok' })
    expect(platform.state.audience.isBlacklisted(ACCOUNT.id, FOLLOWER)).toBe(true)
    expect(await bot.post('/cgi-bin/tags/members/getblacklist', {})).toEqual({
      total: 2,
      count: 2,
      data: { openid: [FOLLOWER, LEAVER] },
      next_openid: LEAVER,
    })
    expect(
      await bot.post('/cgi-bin/tags/members/getblacklist', { begin_openid: FOLLOWER }),
    ).toEqual({ total: 2, count: 1, data: { openid: [LEAVER] }, next_openid: LEAVER })

    expect(
      await bot.post('/cgi-bin/tags/members/batchunblacklist', { openid_list: [FOLLOWER] }),
    ).toEqual({ errcode: 0, errmsg: 'ok' })
    expect(platform.state.audience.blacklist(ACCOUNT.id)).toEqual([LEAVER])
    expect(platform.state.audience.isBlacklisted(ACCOUNT.id, FOLLOWER)).toBe(false)
  })

  it('accepts an empty body for the first page', async () => {
    await start()
    const token = await platform.token()
    const r = await fetch(
      `${platform.url}/cgi-bin/tags/members/getblacklist?access_token=${token}`,
      { method: 'POST' },
    )
    expect(await r.json()).toEqual({ total: 0, count: 0, next_openid: '' })
  })

  it('answers 40032 past 20 openids, 40003 unknown, 49003 another account’s', async () => {
    const many = Array.from({ length: 21 }, (_, i) =>
      simUser(`oMany${String(i).padStart(2, '0')}xxxxxxxxxxxxxxxxxxxxx`),
    )
    await start({
      users: [simUser(FOLLOWER), simUser(OTHERS_USER, { accountId: 'acc-2' }), ...many],
    })
    const block = (openid_list: unknown) =>
      bot.post('/cgi-bin/tags/members/batchblacklist', { openid_list })
    expect((await block(many.map((u) => u.openid))).errcode).toBe(40032)
    expect((await block(many.slice(0, 20).map((u) => u.openid))).errcode).toBe(0)
    expect((await block([])).errcode).toBe(40032)
    expect((await block(['oUnknownxxxxxxxxxxxxxxxxxxxx'])).errcode).toBe(40003)
    const other = await block([OTHERS_USER])
    expect(other.errcode).toBe(49003)
    expect(String(other.errmsg)).toMatch(/^not match openid with appid/)
    expect(
      (await bot.post('/cgi-bin/tags/members/batchunblacklist', { openid_list: [OTHERS_USER] }))
        .errcode,
    ).toBe(49003)
    expect(
      (await bot.post('/cgi-bin/tags/members/getblacklist', { begin_openid: 'oNotListed' }))
        .errcode,
    ).toBe(40003)
  })
})

describe('user remarks (docs/api-audience.md)', () => {
  it('sets the remark user/info shows, up to 30 characters', async () => {
    await start()
    expect(
      await bot.post('/cgi-bin/user/info/updateremark', { openid: FOLLOWER, remark: '胖子' }),
    ).toEqual({ errcode: 0, errmsg: 'ok' })
    const token = await platform.token()
    const info = (await (
      await fetch(`${platform.url}/cgi-bin/user/info?access_token=${token}&openid=${FOLLOWER}`)
    ).json()) as { remark: string }
    expect(info.remark).toBe('胖子')

    const thirty = '备'.repeat(30)
    expect(
      (await bot.post('/cgi-bin/user/info/updateremark', { openid: FOLLOWER, remark: thirty }))
        .errcode,
    ).toBe(0)
    const tooLong = await bot.post('/cgi-bin/user/info/updateremark', {
      openid: FOLLOWER,
      remark: `${thirty}!`,
    })
    expect(tooLong.errcode).toBe(40092)
    expect(platform.ctx.directory.user(FOLLOWER)?.remark).toBe(thirty)
  })

  it('answers 40003 for an unknown or foreign openid, 41009 without one, 47001 without remark', async () => {
    await start()
    const remark = (body: unknown) => bot.post('/cgi-bin/user/info/updateremark', body)
    expect((await remark({ openid: 'oUnknown', remark: 'x' })).errcode).toBe(40003)
    expect((await remark({ openid: OTHERS_USER, remark: 'x' })).errcode).toBe(40003)
    expect((await remark({ remark: 'x' })).errcode).toBe(41009)
    expect((await remark({ openid: FOLLOWER })).errcode).toBe(47001)
  })
})
