/**
 * Helpers for the authorize-URL tables (cases-journey.ts, cases-rules.ts): the seed journey's
 * account and server, and a link builder from raw query parts.
 */
import type { OAuthAccount } from '../../../src/core/protocol/oauth'
import type { OAuthProblemCode } from '../../../src/shared/model/oauth-problem-codes'

export const APPID = 'wx2c2769f8efd9abc2'
export const A = 'https://open.weixin.qq.com/connect/oauth2/authorize'
export const enc = encodeURIComponent
/** The journey's server, with the trailing slash its Django route wanted. */
export const CB = 'http://121.42.154.163/authorization/code/'
export const JOURNEY: OAuthAccount = { appid: APPID, callbackDomain: '121.42.154.163' }
export const FORMAL: OAuthAccount = {
  appid: APPID,
  callbackDomain: 'www.qq.com',
  accountKind: 'formal',
}
export const LOCAL: OAuthAccount = { appid: APPID, callbackDomain: '127.0.0.1:5174' }

/** Authorize URL from raw query parts, joined in the given order. */
export function link(parts: readonly string[], fragment = '#wechat_redirect', base = A): string {
  return `${base}?${parts.join('&')}${fragment}`
}
export const ok = {
  appid: `appid=${APPID}`,
  redirect: `redirect_uri=${enc(CB)}`,
  type: 'response_type=code',
  scope: 'scope=snsapi_userinfo',
  state: 'state=STATE',
}
const { appid, redirect, type, scope, state } = ok
export const withRedirect = (raw: string) =>
  link([appid, `redirect_uri=${raw}`, type, scope, state])
export const withState = (value: string) => link([appid, redirect, type, scope, `state=${value}`])

export interface Case {
  readonly name: string
  readonly url: string
  /** @default JOURNEY */
  readonly account?: OAuthAccount
  readonly codes: readonly OAuthProblemCode[]
}
