/**
 * Which account an /sns/oauth2 call is for: `appid` (41002 when missing, 40013 when no simulated
 * account has it) and, for the code exchange, `secret` (41004 when missing, 40125 when wrong).
 * protocol.md §13: the doc lists 40001 for a wrong secret, real responses show 40125 "invalid
 * appsecret"; we answer what real WeChat does.
 */
import type { Account } from '../../../shared/model/account'
import type { PlatformContext } from '../../context/platform-context'
import type { SnsQuery } from './sns-query'

export type AppCheck =
  | { readonly ok: true; readonly account: Account }
  | {
      readonly ok: false
      readonly errcode: 41002 | 40013 | 41004 | 40125
      readonly account?: Account
    }

export function checkApp(ctx: PlatformContext, query: SnsQuery, needSecret: boolean): AppCheck {
  const appid = query('appid')
  if (appid === undefined) return { ok: false, errcode: 41002 }
  const account = ctx.directory.accountByAppId(appid)
  if (!account) return { ok: false, errcode: 40013 }
  if (!needSecret) return { ok: true, account }
  const secret = query('secret')
  if (secret === undefined) return { ok: false, errcode: 41004, account }
  if (secret !== account.appSecret) return { ok: false, errcode: 40125, account }
  return { ok: true, account }
}
