/**
 * GET /__mpsim/avatar/<openid>/<size> (docs/api-images.md "Avatars"): what every headimgurl mpsim
 * hands out points at, fetched the way a bot or a page loads an image.
 */
import jpeg from 'jpeg-js'
import { afterEach, describe, expect, it } from 'vitest'
import { FOLLOWER, STRANGER } from './context'
import { startPlatform } from './client'
import type { Platform } from './client'

let platform: Platform
afterEach(async () => {
  await platform.close()
})

async function avatar(path: string): Promise<Response> {
  return fetch(`${platform.url}/__mpsim/avatar/${path}`)
}

async function decoded(res: Response) {
  return jpeg.decode(Buffer.from(await res.arrayBuffer()), { useTArray: true })
}

describe('GET /__mpsim/avatar/<openid>/<size>', () => {
  it.each([
    ['0', 640],
    ['46', 46],
    ['64', 64],
    ['96', 96],
    ['132', 132],
  ])('size %s answers a square JPEG of %i pixels', async (size, px) => {
    platform = await startPlatform()
    const res = await avatar(`${FOLLOWER}/${size}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    const image = await decoded(res)
    expect([image.width, image.height]).toEqual([px, px])
  })

  it.each(['50', '640', '1', 'big', ''])('size "%s" is a 404 as on an image host', async (size) => {
    platform = await startPlatform()
    const res = await avatar(`${FOLLOWER}/${size}`)
    expect(res.status).toBe(404)
  })

  it('refuses a path that is not an openid', async () => {
    platform = await startPlatform()
    expect((await avatar('..%2Fsecret/132')).status).toBe(404)
    expect((await avatar('a.b/132')).status).toBe(404)
  })

  it('draws the same picture for the same openid, another for another', async () => {
    platform = await startPlatform()
    const a = Buffer.from(await (await avatar(`${FOLLOWER}/132`)).arrayBuffer())
    const again = Buffer.from(await (await avatar(`${FOLLOWER}/132`)).arrayBuffer())
    const other = Buffer.from(await (await avatar(`${STRANGER}/132`)).arrayBuffer())
    expect(again.equals(a)).toBe(true)
    expect(other.equals(a)).toBe(false)
  })

  it('is not recorded as an API Exchange (it is an image, not a call)', async () => {
    platform = await startPlatform()
    await avatar(`${FOLLOWER}/46`)
    await platform.get('/cgi-bin/token', { grant_type: 'client_credential' })
    const exchanges = await platform.waitForExchanges(1)
    expect(exchanges.map((e) => e.title)).not.toContain(`/__mpsim/avatar/${FOLLOWER}/46`)
    expect(exchanges).toHaveLength(1)
  })

  it('answers HEAD without a body', async () => {
    platform = await startPlatform()
    const res = await fetch(`${platform.url}/__mpsim/avatar/${FOLLOWER}/64`, { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(100)
  })
})
