/**
 * The web-authorization URL (protocol.md §9.1): check one a bot produced, or build the correct one.
 *
 * checkAuthorizeUrl returns every problem it finds, not just the first, so a developer fixing a
 * link sees the whole list at once; the platform's authorize page shows the first problem that
 * carries a WeChat error-page code.
 */
import { checkCallbackDomain } from './callback-domain'
import { checkAppid, checkResponseType, checkScope, checkState } from './params'
import type { OAuthScope } from './params'
import type { OAuthProblem } from './problems'
import { firstValue, splitUrl } from './query'
import { readRedirectUri } from './redirect-uri'
import type { OAuthAccount } from './redirect-uri'
import { AUTHORIZE_PATH, checkEndpoint, checkFragment, checkParamList } from './url-shape'

export const DEFAULT_AUTHORIZE_BASE = 'https://open.weixin.qq.com'

export interface ParsedAuthorizeUrl {
  /** scheme://host/path before the query, as written. */
  readonly endpoint: string
  readonly appid: string | null
  /** redirect_uri after one decoding, as WeChat reads it. */
  readonly redirectUri: string | null
  /** redirect_uri exactly as written in the URL. */
  readonly redirectUriRaw: string | null
  /**
   * redirect_uri as a browser follows it (WHATWG serialisation), or null when it is absent or
   * could be read more than one way. The only URL a callback may be built from.
   */
  readonly redirectTarget: string | null
  readonly responseType: string | null
  readonly scope: string | null
  readonly state: string | null
  /** Text after `#`, or null. */
  readonly fragment: string | null
  /** Parameter names in written order, duplicates included. */
  readonly paramOrder: readonly string[]
}

export interface AuthorizeUrlCheck {
  readonly parsed: ParsedAuthorizeUrl
  readonly problems: readonly OAuthProblem[]
}

export interface CheckAuthorizeOptions {
  /** Origin the authorize endpoint must be on (mpsim's own platform URL in the simulator). @default 'https://open.weixin.qq.com' */
  readonly authorizeBase?: string
}

/**
 * @example
 * checkAuthorizeUrl(url, { appid: 'wx2c2769f8efd9abc2', callbackDomain: '127.0.0.1:5174' }).problems
 */
export function checkAuthorizeUrl(
  url: string,
  account: OAuthAccount,
  options: CheckAuthorizeOptions = {},
): AuthorizeUrlCheck {
  const split = splitUrl(url.trim())
  const { params } = split
  const redirect = params.find((p) => p.key === 'redirect_uri')
  const redirectUri = redirect?.value ?? null
  const redirectCheck = readRedirectUri(redirectUri, account)
  const parsed: ParsedAuthorizeUrl = {
    endpoint: split.base,
    appid: firstValue(params, 'appid'),
    redirectUri,
    redirectUriRaw: redirect?.raw ?? null,
    redirectTarget: redirectCheck.target,
    responseType: firstValue(params, 'response_type'),
    scope: firstValue(params, 'scope'),
    state: firstValue(params, 'state'),
    fragment: split.fragment,
    paramOrder: params.map((p) => p.key),
  }
  const problems: OAuthProblem[] = [
    ...checkEndpoint(split, options.authorizeBase ?? DEFAULT_AUTHORIZE_BASE),
    ...checkParamList(split),
    ...checkFragment(split),
    ...checkAppid(parsed.appid, account.appid),
    ...checkCallbackDomain(account.callbackDomain, account.accountKind ?? 'test').problems,
    ...redirectCheck.problems,
    ...checkResponseType(parsed.responseType),
    ...checkScope(parsed.scope),
    ...checkState(parsed.state),
  ]
  return { parsed, problems }
}

export interface AuthorizeRequest {
  readonly appid: string
  /** The absolute callback URL, unencoded; this function encodes it. */
  readonly redirectUri: string
  readonly scope: OAuthScope
  /** Echoed back on the callback (protocol.md §9.3); a-zA-Z0-9, at most 128 bytes. */
  readonly state: string
}

/**
 * The authorize URL exactly as the doc prescribes: parameters in the strict order, redirect_uri
 * urlencoded with encodeURIComponent, and the `#wechat_redirect` fragment (protocol.md §9.1).
 * @param base @default 'https://open.weixin.qq.com'
 */
export function buildAuthorizeUrl(
  request: AuthorizeRequest,
  base = DEFAULT_AUTHORIZE_BASE,
): string {
  const query = [
    `appid=${encodeURIComponent(request.appid)}`,
    `redirect_uri=${encodeURIComponent(request.redirectUri)}`,
    'response_type=code',
    `scope=${encodeURIComponent(request.scope)}`,
    `state=${encodeURIComponent(request.state)}`,
  ].join('&')
  return `${base.replace(/\/+$/, '')}${AUTHORIZE_PATH}?${query}#wechat_redirect`
}
