/**
 * Facts the inspector reads off a recorded request: its query parameters (with what each means in
 * WeChat's protocol: a push's, or web authorization's and the API's) and its Content-Type
 * compared with what WeChat sends.
 */
import type { ExchangeKind, HeaderList } from '../../../../shared/model/exchange'

/** WeChat's pushes and verification requests always carry this (protocol.md §4.2). */
export const WECHAT_CONTENT_TYPE = 'text/xml'

export type QueryKey =
  'signature' | 'timestamp' | 'nonce' | 'openid' | 'encrypt_type' | 'msg_signature' | 'echostr'

export const KNOWN_QUERY: readonly QueryKey[] = [
  'signature',
  'timestamp',
  'nonce',
  'openid',
  'encrypt_type',
  'msg_signature',
  'echostr',
]

/** The parameters a bot sends to the authorize page and the API (protocol.md §9, §10). */
export type OauthQueryKey =
  | 'appid'
  | 'redirect_uri'
  | 'response_type'
  | 'scope'
  | 'state'
  | 'connect_redirect'
  | 'forcePopup'
  | 'code'
  | 'grant_type'
  | 'secret'
  | 'access_token'
  | 'refresh_token'
  | 'openid'
  | 'lang'
  | 'type'

export const KNOWN_OAUTH_QUERY: readonly OauthQueryKey[] = [
  'appid',
  'redirect_uri',
  'response_type',
  'scope',
  'state',
  'connect_redirect',
  'forcePopup',
  'code',
  'grant_type',
  'secret',
  'access_token',
  'refresh_token',
  'openid',
  'lang',
  'type',
]

/**
 * The i18n key explaining a query parameter, read for the exchange's kind (a push's `openid` is
 * the sender, an API call's the user it is about); undefined for a parameter mpsim has no words for.
 */
export function queryNoteKey(
  kind: ExchangeKind,
  name: string,
): `request.q.${QueryKey}` | `request.qOauth.${OauthQueryKey}` | undefined {
  if (kind === 'push' || kind === 'verify') {
    return KNOWN_QUERY.includes(name as QueryKey) ? `request.q.${name as QueryKey}` : undefined
  }
  return KNOWN_OAUTH_QUERY.includes(name as OauthQueryKey)
    ? `request.qOauth.${name as OauthQueryKey}`
    : undefined
}

/** The query of a recorded URL, absolute or as a server saw it ("/sns/userinfo?…"). */
export function queryParams(url: string): [string, string][] {
  try {
    return [...new URL(url, 'http://request.invalid').searchParams.entries()]
  } catch {
    return []
  }
}

export function headerValue(headers: HeaderList, name: string): string | undefined {
  const wanted = name.toLowerCase()
  return headers.find(([n]) => n.toLowerCase() === wanted)?.[1]
}

/** The media type alone, lower-cased: `text/xml; charset=utf-8` → `text/xml`. */
export function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase()
}
