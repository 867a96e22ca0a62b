/**
 * The AppID/AppSecret check shared by /cgi-bin/token and /cgi-bin/stable_token (protocol.md §10.1, §13):
 * grant_type must be client_credential (40002), appid missing 41002 / unknown 40013, secret missing
 * 41004 / wrong 40125 (what real responses show; the doc says 40001), then the IP whitelist 40164
 * with WeChat's errmsg naming the caller's address [wire]. The order of the checks is [unconfirmed].
 */
import type { Account } from '../../../shared/model/account'
import type { PlatformContext } from '../../context/platform-context'

export interface Credentials {
  readonly grantType: string | undefined
  readonly appId: string | undefined
  readonly secret: string | undefined
}

export type CredentialCheck =
  | { readonly ok: true; readonly account: Account }
  | {
      readonly ok: false
      readonly errcode: number
      readonly detail?: string
      readonly account?: Account
    }

export function checkCredentials(
  ctx: PlatformContext,
  creds: Credentials,
  ip: string,
): CredentialCheck {
  if (creds.grantType !== 'client_credential') return { ok: false, errcode: 40002 }
  if (!creds.appId) return { ok: false, errcode: 41002 }
  const account = ctx.directory.accountByAppId(creds.appId)
  if (!account) return { ok: false, errcode: 40013 }
  if (!creds.secret) return { ok: false, errcode: 41004, account }
  if (creds.secret !== account.appSecret) return { ok: false, errcode: 40125, account }
  if (account.ipWhitelist.length > 0 && !account.ipWhitelist.includes(ip)) {
    return { ok: false, errcode: 40164, detail: whitelistMessage(ip), account }
  }
  return { ok: true, account }
}

/** `invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist` [wire]. */
export function whitelistMessage(ip: string): string {
  const v6 = ip.includes(':') ? ip : `::ffff:${ip}`
  return `invalid ip ${ip} ipv6 ${v6}, not in whitelist`
}
