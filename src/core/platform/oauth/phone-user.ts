/**
 * Who is "on the phone" when an authorize link opens, and whether WeChat lets that user
 * authorize. The host decides the current user (OauthRouterOptions.currentUser); when it names
 * nobody of this account, the account's first simulated user stands in, and the Exchange says so.
 */
import type { Account } from '../../../shared/model/account'
import type { SimUser } from '../../../shared/model/sim-user'
import type { Directory } from '../../context/directory'
import { pageFinding } from './findings'
import type { Finding } from './findings'

export type PhoneUser =
  | { readonly ok: true; readonly user: SimUser; readonly stoodIn: boolean }
  | { readonly ok: false; readonly finding: Finding }

export function phoneUser(
  directory: Directory,
  account: Account,
  currentUser: (accountId: string) => string | undefined,
): PhoneUser {
  const chosen = currentUser(account.id)
  const users = directory.listUsers(account.id)
  const user = users.find((u) => u.openid === chosen) ?? users[0]
  if (!user)
    return { ok: false, finding: pageFinding('no-simulated-user', { account: account.name }) }
  return { ok: true, user, stoodIn: user.openid !== chosen }
}

/**
 * Test accounts authorize followers only: 10006 "必须关注此测试号" (protocol.md §9.1, §9.2 [doc][wire]).
 * undefined when the user may go on.
 */
export function refusalFor(account: Account, user: SimUser): Finding | undefined {
  if (!account.testAccount || user.subscribed) return undefined
  return pageFinding('must-follow-test-account', { openid: user.openid }, 10006)
}
