/**
 * Openids a batch API names (tags/members/batch*, tags/getidlist, message/mass/send): each must be
 * a user of the calling account. The APIs disagree on what an openid of another account answers —
 * 49003 for the tag and blacklist APIs [doc], 40003 for mass/send [unconfirmed] — so the caller
 * says which; an unknown openid (or an entry that is not one) is 40003 everywhere [doc].
 */
import type { Account } from '../../../shared/model/account'
import type { SimUser } from '../../../shared/model/sim-user'
import type { PlatformContext } from '../../context/platform-context'

/** What an openid of another account answers. */
export type ForeignOpenidErrcode = 40003 | 49003

export type MemberCheck =
  | { readonly ok: true; readonly user: SimUser }
  | { readonly ok: false; readonly errcode: number; readonly openid?: string }

export type MembersCheck =
  | { readonly ok: true; readonly users: readonly SimUser[] }
  | { readonly ok: false; readonly errcode: number; readonly openid?: string }

/** One openid: the account's user, else 40003 (unknown, empty, not a string) or `foreign`. */
export function checkMember(
  ctx: PlatformContext,
  account: Account,
  openid: unknown,
  foreign: ForeignOpenidErrcode,
): MemberCheck {
  if (typeof openid !== 'string' || openid === '') return { ok: false, errcode: 40003 }
  const user = ctx.directory.user(openid)
  if (!user) return { ok: false, errcode: 40003, openid }
  if (user.accountId !== account.id) return { ok: false, errcode: foreign, openid }
  return { ok: true, user }
}

/**
 * A list of min..max openids (40032 otherwise [doc global table]), checked in order: the first bad
 * one decides the errcode and is named. A repeated openid counts once, in its first place.
 */
export function checkMembers(
  ctx: PlatformContext,
  account: Account,
  list: readonly unknown[] | undefined,
  rules: { readonly min: number; readonly max: number; readonly foreign: ForeignOpenidErrcode },
): MembersCheck {
  if (!list || list.length < rules.min || list.length > rules.max) {
    return { ok: false, errcode: 40032 }
  }
  const users = new Map<string, SimUser>()
  for (const entry of list) {
    const found = checkMember(ctx, account, entry, rules.foreign)
    if (!found.ok) return found
    if (!users.has(found.user.openid)) users.set(found.user.openid, found.user)
  }
  return { ok: true, users: [...users.values()] }
}
