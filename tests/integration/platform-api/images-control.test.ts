/**
 * The images' control commands on a real core (docs/api-images.md): setUserAvatar with a picture
 * the user picked (a PNG and a JPEG built here like files on disk), refused files, reset, a restart
 * keeping the picture; listQrCodes with an imageUrl that reads back as the code's url. The core's
 * platform listens on port 0 while its users were stored with the usual port, so the avatar
 * addresses are also checked to load where the caller reached them.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RunningCore } from '../../../src/core/start-core'
import { sendCommand } from '../../helpers/control-command'
import { startTestCore } from '../../helpers/test-core'

let dir: string
let core: RunningCore

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-images-'))
  core = await startTestCore({ workspaceDir: dir })
})
afterEach(async () => {
  await core.stop()
  await rm(dir, { recursive: true, force: true })
})

function firstUser(): { accountId: string; openid: string } {
  const user = core.workspace.directory.listUsers()[0]
  if (!user) throw new Error('the workspace has no users')
  return { accountId: user.accountId, openid: user.openid }
}

/** A solid-colour PNG with a transparent stripe, as an image editor would save it. */
function pngFile(width: number, height: number, rgb: [number, number, number]): Buffer {
  const png = new PNG({ width, height })
  for (let i = 0; i < width * height; i++) {
    png.data.set([...rgb, i % width < 2 ? 0 : 255], i * 4)
  }
  return PNG.sync.write(png)
}

function jpegFile(width: number, height: number, rgb: [number, number, number]): Buffer {
  const data = Buffer.alloc(width * height * 4)
  for (let i = 0; i < width * height; i++) data.set([...rgb, 255], i * 4)
  return jpeg.encode({ width, height, data }, 90).data
}

async function avatarAt(openid: string, size: string) {
  const res = await fetch(`${core.platformUrl}/__mpsim/avatar/${openid}/${size}`)
  expect(res.status).toBe(200)
  return jpeg.decode(Buffer.from(await res.arrayBuffer()), { useTArray: true })
}

/** The colour in the middle of a decoded picture. */
function centre(image: { width: number; height: number; data: Uint8Array }): number[] {
  const o = (Math.floor(image.height / 2) * image.width + Math.floor(image.width / 2)) * 4
  return [...image.data.subarray(o, o + 3)]
}

function near(actual: number[], expected: number[]): boolean {
  return actual.every((v, i) => Math.abs(v - (expected[i] ?? 0)) <= 6)
}

describe('setUserAvatar', () => {
  it('serves a picked PNG at every size, cut square, and keeps it in avatars/', async () => {
    const { accountId, openid } = firstUser()
    const r = await sendCommand(core, 'setUserAvatar', {
      accountId,
      openid,
      contentBase64: pngFile(300, 200, [200, 40, 40]).toString('base64'),
    })
    expect(r).toEqual({ status: 200, body: { ok: true } })
    for (const [size, px] of [
      ['0', 640],
      ['46', 46],
      ['132', 132],
    ] as const) {
      const image = await avatarAt(openid, size)
      expect([image.width, image.height]).toEqual([px, px])
      expect(near(centre(image), [200, 40, 40])).toBe(true)
    }
    const saved = await readFile(join(dir, 'avatars', `${openid}.jpg`))
    expect(saved.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
  })

  it('keeps the picked JPEG after a restart and puts the generated one back on reset', async () => {
    const { accountId, openid } = firstUser()
    const generated = centre(await avatarAt(openid, '64'))
    const contentBase64 = jpegFile(64, 64, [30, 90, 220]).toString('base64')
    expect(
      (await sendCommand(core, 'setUserAvatar', { accountId, openid, contentBase64 })).status,
    ).toBe(200)
    await core.stop()
    core = await startTestCore({ workspaceDir: dir })
    expect(near(centre(await avatarAt(openid, '96')), [30, 90, 220])).toBe(true)

    expect((await sendCommand(core, 'setUserAvatar', { accountId, openid })).status).toBe(200)
    expect(centre(await avatarAt(openid, '64'))).toEqual(generated)
    await expect(stat(join(dir, 'avatars', `${openid}.jpg`))).rejects.toThrow()
  })

  it('refuses a text file with a reason in both languages', async () => {
    const { accountId, openid } = firstUser()
    const r = await sendCommand(core, 'setUserAvatar', {
      accountId,
      openid,
      contentBase64: Buffer.from('hello, not a picture\n').toString('base64'),
    })
    expect(r.status).toBe(400)
    const error = (r.body as { error: { code: string; message: string } }).error
    expect(error.code).toBe('invalid-input')
    expect(error.message).toContain('only a JPEG or PNG picture can be an avatar')
    expect(error.message).toContain('头像只能是 JPEG 或 PNG 图片')
  })

  it('refuses a GIF, naming its type', async () => {
    const { accountId, openid } = firstUser()
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
    const r = await sendCommand(core, 'setUserAvatar', {
      accountId,
      openid,
      contentBase64: gif.toString('base64'),
    })
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.body)).toContain('this file is GIF')
  })

  it('refuses a truncated JPEG', async () => {
    const { accountId, openid } = firstUser()
    const cut = jpegFile(64, 64, [1, 2, 3]).subarray(0, 200)
    const r = await sendCommand(core, 'setUserAvatar', {
      accountId,
      openid,
      contentBase64: cut.toString('base64'),
    })
    expect(r.status).toBe(400)
  })

  it('answers not-found for a user of no such account', async () => {
    const { openid } = firstUser()
    const r = await sendCommand(core, 'setUserAvatar', { accountId: 'nope', openid })
    expect(r.status).toBe(404)
  })
})

describe('headimgurl where the platform really listens', () => {
  it('stored users point at the usual port, yet the consent page shows the reachable address', async () => {
    const user = core.workspace.directory.listUsers()[0]
    const account = core.workspace.directory.listAccounts()[0]
    if (!user || !account) throw new Error('no user')
    expect(user.headimgurl).toMatch(/^http:\/\/127\.0\.0\.1:5175\/__mpsim\/avatar\//)
    const redirect = `http://${account.callbackDomain}/cb`
    const page = await fetch(
      `${core.platformUrl}/connect/oauth2/authorize?appid=${account.appId}&redirect_uri=${encodeURIComponent(redirect)}&response_type=code&scope=snsapi_userinfo&state=s#wechat_redirect`,
      { redirect: 'manual' },
    )
    const html = await page.text()
    const src = /<img class="mpsim-avatar" src="([^"]+)"/.exec(html)?.[1]
    expect(src).toBe(`${core.platformUrl}/__mpsim/avatar/${user.openid}/132`)
    expect((await fetch(src ?? '')).status).toBe(200)
  })
})

describe('listQrCodes', () => {
  it('lists the account’s codes with an imageUrl that reads back as the url', async () => {
    const account = core.workspace.directory.listAccounts()[0]
    if (!account) throw new Error('no account')
    const token = await fetch(
      `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${account.appId}&secret=${account.appSecret}`,
    ).then((r) => r.json() as Promise<{ access_token: string }>)
    const created = await fetch(
      `${core.platformUrl}/cgi-bin/qrcode/create?access_token=${token.access_token}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          expire_seconds: 600,
          action_name: 'QR_STR_SCENE',
          action_info: { scene: { scene_str: 'shop-7' } },
        }),
      },
    ).then((r) => r.json() as Promise<{ ticket: string; url: string }>)

    const r = await sendCommand(core, 'listQrCodes', { accountId: account.id })
    expect(r.status).toBe(200)
    const items = (r.body as { items: Record<string, unknown>[] }).items
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      ticket: created.ticket,
      url: created.url,
      accountId: account.id,
      action: 'QR_STR_SCENE',
      scene: 'shop-7',
      expired: false,
    })
    expect(Number(items[0]?.expiresAt) - Number(items[0]?.createdAt)).toBe(600)
    const res = await fetch(String(items[0]?.imageUrl))
    expect(res.status).toBe(200)
    const image = jpeg.decode(Buffer.from(await res.arrayBuffer()), { useTArray: true })
    const read = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)
    expect(read?.data).toBe(created.url)
  })

  it('answers not-found for an unknown account', async () => {
    expect((await sendCommand(core, 'listQrCodes', { accountId: 'nope' })).status).toBe(404)
  })
})
