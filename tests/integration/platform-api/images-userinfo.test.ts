/**
 * /sns/userinfo answers mpsim's own avatar addresses on the origin the bot reached
 * (docs/api-images.md "Avatars"): users are stored with the usual port 5175, the platform here
 * listens on a free port, and the headimgurl a bot gets must load. Other addresses are kept.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startPlatform, tokenFor } from '../platform-oauth/client'
import type { Platform } from '../platform-oauth/client'
import { ALICE, ALICE_AVATAR } from '../platform-oauth/context'

describe('/sns/userinfo headimgurl', () => {
  let p: Platform
  beforeEach(async () => {
    p = await startPlatform({ autoConsent: true })
  })
  afterEach(() => p.close())

  async function headimgurl(): Promise<string> {
    const token = String((await tokenFor(p, 'snsapi_userinfo')).access_token)
    const r = await p.call('/sns/userinfo', { access_token: token, openid: ALICE })
    return String(r.json.headimgurl)
  }

  function storeAvatar(url: string): void {
    const alice = p.ctx.directory.user(ALICE)
    if (!alice) throw new Error('no Alice')
    p.ctx.directory.putUser({ ...alice, headimgurl: url })
  }

  it('moves an mpsim avatar address from port 5175 to where the platform listens', async () => {
    storeAvatar(`http://127.0.0.1:5175/__mpsim/avatar/${ALICE}/46`)
    const url = await headimgurl()
    expect(url).toBe(`${p.url}/__mpsim/avatar/${ALICE}/46`)
  })

  it('keeps a real WeChat avatar address as stored', async () => {
    storeAvatar(ALICE_AVATAR)
    expect(await headimgurl()).toBe(ALICE_AVATAR)
  })

  it('keeps a non-loopback address even on the avatar path', async () => {
    storeAvatar(`http://example.com/__mpsim/avatar/${ALICE}/132`)
    expect(await headimgurl()).toBe(`http://example.com/__mpsim/avatar/${ALICE}/132`)
  })
})
