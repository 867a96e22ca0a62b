/**
 * Finding an account's user by openid and showing them as /cgi-bin/user/info does (protocol.md §10.2).
 * An openid of another account is no more known than a made-up one: openids are per account (protocol.md §1).
 */
import type { Account } from '../../../shared/model/account'
import type { SimUser } from '../../../shared/model/sim-user'
import type { PlatformContext } from '../../context/platform-context'

export type UserLookup =
  | { readonly ok: true; readonly user: SimUser }
  | { readonly ok: false; readonly errcode: 40003 | 41009 }

export function lookupUser(
  ctx: PlatformContext,
  account: Account,
  openid: string | undefined,
): UserLookup {
  if (!openid) return { ok: false, errcode: 41009 }
  const user = ctx.directory.user(openid)
  if (!user || user.accountId !== account.id) return { ok: false, errcode: 40003 }
  return { ok: true, user }
}

/**
 * The user/info body. Not following ⇒ only `subscribe` and `openid` [doc]. No nickname or
 * headimgurl (gone since 2021-12-27), no sex/city/province/country (gone since 2021-10) [doc];
 * `language` is kept as in the doc sample although the newest doc calls it no longer provided.
 * `groupid` is the retired group API's field, 0 as in the sample.
 */
export function userInfoBody(user: SimUser): Record<string, unknown> {
  if (!user.subscribed) return { subscribe: 0, openid: user.openid }
  return {
    subscribe: 1,
    openid: user.openid,
    language: user.language,
    subscribe_time: user.subscribeTime,
    ...(user.unionid === undefined ? {} : { unionid: user.unionid }),
    remark: user.remark,
    groupid: 0,
    tagid_list: [...user.tagIds],
    subscribe_scene: user.subscribeScene,
    qr_scene: user.qrScene,
    qr_scene_str: user.qrSceneStr,
  }
}
