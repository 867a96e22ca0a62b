/**
 * Reads GET /connect/oauth2/authorize as WeChat would (protocol.md §9.1, §9.2) using the protocol rules
 * in src/core/protocol/oauth, and decides whether the authorization may go on.
 *
 * The server sees only the request target: the `#wechat_redirect` fragment never leaves the
 * browser, so that check (and the endpoint check, which is this route by definition) is dropped
 * here and the pages say so instead. Any remaining error stops the authorization; warnings go on.
 */
import type { Account } from '../../../shared/model/account'
import { checkAuthorizeUrl } from '../../protocol/oauth/authorize-url'
import { OAUTH_SCOPES } from '../../protocol/oauth/params'
import type { OAuthScope } from '../../protocol/oauth/params'
import { problem } from '../../protocol/oauth/problems'
import type { OAuthProblemCode } from '../../protocol/oauth/problems'
import { firstValue, splitUrl } from '../../protocol/oauth/query'
import { AUTHORIZE_PATH } from '../../protocol/oauth/url-shape'
import type { Directory } from '../../context/directory'
import { fromProblem, pageFinding } from './findings'
import type { Finding } from './findings'

/** Any fixed origin: the endpoint is known to be right, only the query is checked. */
const CHECK_BASE = 'http://mpsim.invalid'

/** Checks that need the part of the URL a server never receives, or that cannot fail here. */
const SERVER_INVISIBLE: ReadonlySet<OAuthProblemCode> = new Set<OAuthProblemCode>([
  'wechat-redirect-missing',
  'redirect-uri-hash-unencoded',
  'authorize-endpoint-wrong',
  'authorize-url-unparseable',
])

export interface AuthorizeRequest {
  /**
   * The redirect_uri that passed the domain check, as a browser reads it (WHATWG serialisation of
   * the value decoded once). Callbacks are built from this and nothing else.
   */
  readonly redirectUri: string
  readonly scope: OAuthScope
  /** '' when the link has none (the callback then carries `state=`). */
  readonly state: string
}

export type AuthorizeCheck =
  | {
      readonly ok: true
      readonly account: Account
      readonly request: AuthorizeRequest
      /** Warnings only. */
      readonly findings: readonly Finding[]
    }
  | { readonly ok: false; readonly account?: Account; readonly findings: readonly Finding[] }

function decodesAsUtf8(raw: string): boolean {
  try {
    decodeURIComponent(raw)
    return true
  } catch {
    return false
  }
}

/** `originalUrl` is the request target: path and query as the browser sent them. */
export function checkAuthorizeRequest(directory: Directory, originalUrl: string): AuthorizeCheck {
  const at = originalUrl.indexOf('?')
  const query = at < 0 ? '' : originalUrl.slice(at)
  const { params } = splitUrl(query)
  // The protocol rules keep an undecodable value as written; here it would be echoed or matched
  // as if meant literally, so stop with a clear finding instead.
  const broken = params.find((p) => !decodesAsUtf8(p.raw))
  if (broken) return { ok: false, findings: [pageFinding('param-not-utf8', { param: broken.key })] }

  const appid = firstValue(params, 'appid')
  if (!appid) return { ok: false, findings: [fromProblem(problem('appid-missing'))] }
  const account = directory.accountByAppId(appid)
  if (!account) return { ok: false, findings: [pageFinding('appid-unknown', { appid })] }

  const check = checkAuthorizeUrl(
    `${CHECK_BASE}${AUTHORIZE_PATH}${query}`,
    {
      appid: account.appId,
      callbackDomain: account.callbackDomain,
      accountKind: account.testAccount ? 'test' : 'formal',
    },
    { authorizeBase: CHECK_BASE },
  )
  const findings = check.problems.filter((p) => !SERVER_INVISIBLE.has(p.code)).map(fromProblem)
  // The target, not the text as written: it is the one reading the domain check approved.
  const { redirectTarget, scope, state } = check.parsed
  if (findings.some((f) => f.severity === 'error') || redirectTarget === null || !isScope(scope)) {
    return { ok: false, account, findings }
  }
  const request = { redirectUri: redirectTarget, scope, state: state ?? '' }
  return { ok: true, account, request, findings }
}

function isScope(value: string | null): value is OAuthScope {
  return OAUTH_SCOPES.some((s) => s === value)
}
