import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_USERS, FOLLOWER, LEAVER, OTHERS_USER, STRANGER, simUser } from './context'
import { startPlatform } from './client'
import type { Platform } from './client'

let platform: Platform
afterEach(async () => {
  await platform.close()
})

describe('GET /cgi-bin/user/info (protocol.md §10.2)', () => {
  it('answers a follower with the documented fields only, in the doc order', async () => {
    platform = await startPlatform()
    const access_token = await platform.token()
    const r = await platform.get('/cgi-bin/user/info', {
      access_token,
      openid: FOLLOWER,
      lang: 'zh_CN',
    })
    expect(r.json).toEqual({
      subscribe: 1,
      openid: FOLLOWER,
      language: 'zh_CN',
      subscribe_time: platform.ctx.clock.nowSeconds(),
      unionid: 'oTpR9xAIiebFOc6p04tMTaLhviCQ',
      remark: '',
      groupid: 0,
      tagid_list: [128, 2],
      subscribe_scene: 'ADD_SCENE_SEARCH',
      qr_scene: 0,
      qr_scene_str: '',
    })
    expect(Object.keys(r.json)[0]).toBe('subscribe')
    expect(r.json).not.toHaveProperty('nickname')
    expect(r.json).not.toHaveProperty('headimgurl')
  })

  it.each([STRANGER, LEAVER])(
    'answers %s (not following) with subscribe 0 and openid only',
    async (openid) => {
      platform = await startPlatform()
      const access_token = await platform.token()
      const r = await platform.get('/cgi-bin/user/info', { access_token, openid })
      expect(r.json).toEqual({ subscribe: 0, openid })
    },
  )

  it.each([
    ['an unknown openid', 'oNobodyxxxxxxxxxxxxxxxxxxxx1', 40003],
    ["another account's user", OTHERS_USER, 40003],
    ['no openid', '', 41009],
  ])('answers %s with %i', async (_name, openid, errcode) => {
    platform = await startPlatform()
    const access_token = await platform.token()
    const r = await platform.get('/cgi-bin/user/info', { access_token, openid })
    expect(r.json.errcode).toBe(errcode)
  })
})

describe('POST /cgi-bin/user/info/batchget', () => {
  it('answers user_info_list in request order', async () => {
    platform = await startPlatform()
    const access_token = await platform.token()
    const r = await platform.post(
      '/cgi-bin/user/info/batchget',
      { user_list: [{ openid: STRANGER, lang: 'zh_CN' }, { openid: FOLLOWER }] },
      { query: { access_token } },
    )
    const list = r.json.user_info_list as Record<string, unknown>[]
    expect(list.map((u) => [u.openid, u.subscribe])).toEqual([
      [STRANGER, 0],
      [FOLLOWER, 1],
    ])
  })

  it.each([
    ['an empty list', { user_list: [] }, 40032],
    [
      '101 entries',
      { user_list: Array.from({ length: 101 }, () => ({ openid: FOLLOWER })) },
      40032,
    ],
    ['no user_list', { users: [] }, 47001],
    ['an unknown openid', { user_list: [{ openid: FOLLOWER }, { openid: 'oNope' }] }, 40003],
  ])('answers %s with %i', async (_name, body, errcode) => {
    platform = await startPlatform()
    const access_token = await platform.token()
    const r = await platform.post('/cgi-bin/user/info/batchget', body, { query: { access_token } })
    expect(r.json.errcode).toBe(errcode)
  })
})

describe('GET /cgi-bin/user/get (protocol.md §10.2)', () => {
  it('lists followers of this account only', async () => {
    platform = await startPlatform()
    const access_token = await platform.token()
    const r = await platform.get('/cgi-bin/user/get', { access_token })
    expect(r.json).toEqual({
      total: 1,
      count: 1,
      data: { openid: [FOLLOWER] },
      next_openid: FOLLOWER,
    })
    const end = await platform.get('/cgi-bin/user/get', { access_token, next_openid: FOLLOWER })
    expect(end.json).toEqual({ total: 1, count: 0, next_openid: '' })
  })

  it('pages 10,000 at a time through next_openid', async () => {
    const many = Array.from({ length: 10_001 }, (_, i) =>
      simUser(`oPage${String(i).padStart(23, '0')}`),
    )
    platform = await startPlatform({ users: [...DEFAULT_USERS, ...many] })
    const access_token = await platform.token()
    const first = await platform.get('/cgi-bin/user/get', { access_token })
    expect(first.json.total).toBe(10_002)
    expect(first.json.count).toBe(10_000)
    const next = first.json.next_openid as string
    expect(next).toBe(many[9998]?.openid)
    const second = await platform.get('/cgi-bin/user/get', { access_token, next_openid: next })
    expect(second.json).toMatchObject({
      total: 10_002,
      count: 2,
      next_openid: many[10_000]?.openid,
    })
    expect((second.json.data as { openid: string[] }).openid).toEqual([
      many[9999]?.openid,
      many[10_000]?.openid,
    ])
  })

  it('answers an unknown next_openid with 40003', async () => {
    platform = await startPlatform()
    const access_token = await platform.token()
    const r = await platform.get('/cgi-bin/user/get', { access_token, next_openid: 'oNobody' })
    expect(r.json.errcode).toBe(40003)
  })
})
