import { afterEach, describe, expect, it } from 'vitest'
import { scanQrCode } from '../../../src/core/platform/api/qr-scan'
import { ACCOUNT, FOLLOWER, OTHERS_USER, STRANGER } from './context'
import { startPlatform } from './client'
import type { Platform } from './client'

let platform: Platform
afterEach(async () => {
  await platform.close()
})

const PATH = '/cgi-bin/qrcode/create'

async function create(body: unknown) {
  const access_token = await platform.token()
  return platform.post(PATH, body, { query: { access_token } })
}

describe('POST /cgi-bin/qrcode/create', () => {
  it.each([
    [
      'QR_SCENE',
      {
        expire_seconds: 604800,
        action_name: 'QR_SCENE',
        action_info: { scene: { scene_id: 123 } },
      },
      604800,
    ],
    [
      'QR_STR_SCENE',
      { action_name: 'QR_STR_SCENE', action_info: { scene: { scene_str: 'test' } } },
      60,
    ],
    [
      'QR_SCENE over 30 days',
      {
        expire_seconds: 9_999_999,
        action_name: 'QR_SCENE',
        action_info: { scene: { scene_id: 1 } },
      },
      2_592_000,
    ],
  ])('answers %s with ticket, expire_seconds and url', async (_name, body, expire) => {
    platform = await startPlatform()
    const r = await create(body)
    expect(Object.keys(r.json)).toEqual(['ticket', 'expire_seconds', 'url'])
    expect(r.json.expire_seconds).toBe(expire)
    expect(r.json.ticket).toMatch(/^gQ[A-Za-z0-9+/]+=*$/)
    expect(r.json.url).toMatch(/^http:\/\/weixin\.qq\.com\/q\/02[A-Za-z0-9]{20}$/)
  })

  it.each([
    [
      'QR_LIMIT_SCENE',
      { action_name: 'QR_LIMIT_SCENE', action_info: { scene: { scene_id: 100000 } } },
    ],
    [
      'QR_LIMIT_STR_SCENE',
      { action_name: 'QR_LIMIT_STR_SCENE', action_info: { scene: { scene_str: 'x' } } },
    ],
  ])(
    'answers permanent %s with ticket and url only, the same ticket twice',
    async (_name, body) => {
      platform = await startPlatform()
      const a = await create(body)
      expect(Object.keys(a.json)).toEqual(['ticket', 'url'])
      expect((await create(body)).json.ticket).toBe(a.json.ticket)
    },
  )

  it.each([
    [
      'an unknown action_name',
      { action_name: 'QR_FOREVER', action_info: { scene: { scene_id: 1 } } },
      40052,
    ],
    ['no scene', { action_name: 'QR_SCENE' }, 40053],
    ['scene_id 0', { action_name: 'QR_SCENE', action_info: { scene: { scene_id: 0 } } }, 40053],
    [
      'permanent scene_id over 100000',
      { action_name: 'QR_LIMIT_SCENE', action_info: { scene: { scene_id: 100001 } } },
      40053,
    ],
    [
      'scene_str over 64 chars',
      { action_name: 'QR_STR_SCENE', action_info: { scene: { scene_str: 'x'.repeat(65) } } },
      40053,
    ],
    [
      'a string scene_id',
      { action_name: 'QR_SCENE', action_info: { scene: { scene_id: '5' } } },
      40053,
    ],
  ])('answers %s with %i', async (_name, body, errcode) => {
    platform = await startPlatform()
    expect((await create(body)).json.errcode).toBe(errcode)
  })
})

describe('scanQrCode', () => {
  it('follows a non-follower via ADD_SCENE_QR_CODE and returns subscribe qrscene_<scene>', async () => {
    platform = await startPlatform()
    const r = await create({ action_name: 'QR_SCENE', action_info: { scene: { scene_id: 42 } } })
    const ticket = r.json.ticket as string
    const outcome = scanQrCode(platform.ctx, platform.state, ticket, STRANGER)
    expect(outcome).toEqual({
      ok: true,
      event: 'subscribe',
      accountId: ACCOUNT.id,
      openid: STRANGER,
      eventKey: 'qrscene_42',
      ticket,
      simTime: platform.ctx.clock.nowSeconds(),
    })
    expect(platform.ctx.directory.user(STRANGER)).toMatchObject({
      subscribed: true,
      subscribeScene: 'ADD_SCENE_QR_CODE',
      qrScene: 42,
      qrSceneStr: '',
    })
    expect(platform.state.window.peek(ACCOUNT.id, STRANGER)).toMatchObject([
      { trigger: 'follow', left: 3 },
    ])
    // user/info now shows the scene.
    const access_token = await platform.token()
    const info = await platform.get('/cgi-bin/user/info', { access_token, openid: STRANGER })
    expect(info.json).toMatchObject({
      subscribe: 1,
      subscribe_scene: 'ADD_SCENE_QR_CODE',
      qr_scene: 42,
    })
  })

  it('returns SCAN with the bare scene for a follower', async () => {
    platform = await startPlatform()
    const r = await create({
      action_name: 'QR_LIMIT_STR_SCENE',
      action_info: { scene: { scene_str: 'shop-7' } },
    })
    const outcome = scanQrCode(platform.ctx, platform.state, r.json.ticket as string, FOLLOWER)
    expect(outcome).toMatchObject({ ok: true, event: 'SCAN', eventKey: 'shop-7' })
    expect(platform.state.window.peek(ACCOUNT.id, FOLLOWER)).toMatchObject([{ trigger: 'scan' }])
  })

  it('refuses expired, unknown and foreign scans', async () => {
    platform = await startPlatform()
    const r = await create({
      expire_seconds: 30,
      action_name: 'QR_SCENE',
      action_info: { scene: { scene_id: 1 } },
    })
    const ticket = r.json.ticket as string
    const scan = (t: string, openid: string) => scanQrCode(platform.ctx, platform.state, t, openid)
    expect(scan(ticket, OTHERS_USER)).toEqual({ ok: false, reason: 'other-account' })
    expect(scan(ticket, 'oNobody')).toEqual({ ok: false, reason: 'unknown-user' })
    expect(scan('nope', FOLLOWER)).toEqual({ ok: false, reason: 'unknown-ticket' })
    platform.ctx.clock.advance(30_000)
    expect(scan(ticket, STRANGER)).toEqual({ ok: false, reason: 'expired' })
    expect(platform.ctx.directory.user(STRANGER)?.subscribed).toBe(false)
  })
})
