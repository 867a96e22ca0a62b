/**
 * Rules for the redirect_uri value once it has been taken out of the authorize URL and decoded
 * (spec §9.1 absolute URL, §9.2 domain, §9.3 how the callback is built).
 */
import { checkCallbackDomain, redirectUriInDomain } from './callback-domain'
import { problem } from './problems'
import type { AccountKind, OAuthProblem } from './problems'
import { safeDecode } from './query'

export interface OAuthAccount {
  /** The official account's AppID (spec §1). */
  readonly appid: string
  /** What the developer typed in "网页授权域名", possibly wrongly (spec §9.2). */
  readonly callbackDomain: string
  /** @default 'test' */
  readonly accountKind?: AccountKind
}

const ABSOLUTE_HTTP = /^https?:\/\//i
const ANY_SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i

/** Checks a decoded redirect_uri against the account; `null` means the parameter was absent. */
export function checkRedirectUri(value: string | null, account: OAuthAccount): OAuthProblem[] {
  if (value === null || value === '') return [problem('redirect-uri-missing')]
  // Encoded twice (`http%253A%252F%252F…` on the wire): after WeChat's one decode it is still
  // `http%3A%2F%2F…`, which has no host to match against the domain.
  if (/^[a-z][a-z0-9+.-]*%3a/i.test(value)) {
    return [
      problem('redirect-uri-double-encoded', { found: value, decodedOnce: safeDecode(value) }),
    ]
  }
  if (!ABSOLUTE_HTTP.test(value)) {
    const scheme = ANY_SCHEME.exec(value)?.[1]
    if (scheme !== undefined) {
      return [problem('redirect-uri-scheme-unsupported', { found: value, scheme })]
    }
    // The seed journey: Django's request.get_host() gives `121.42.154.163`, no `http://`.
    const withoutSlashes = value.replace(/^\/\//, '')
    const guessedHost =
      value.startsWith('/') && !value.startsWith('//')
        ? ''
        : (withoutSlashes.split(/[/?#]/)[0] ?? '')
    return [
      problem('redirect-uri-no-scheme', {
        found: value,
        guessedHost,
        suggested: guessedHost === '' ? '' : `http://${withoutSlashes}`,
      }),
    ]
  }
  return [...domainProblems(value, account), ...shapeProblems(value)]
}

function domainProblems(value: string, account: OAuthAccount): OAuthProblem[] {
  const kind = account.accountKind ?? 'test'
  const match = redirectUriInDomain(value, account.callbackDomain, kind)
  if (match.inDomain) return []
  const hostPort = match.port === '' ? match.host : `${match.host}:${match.port}`
  if (match.relation === 'port-on-formal') {
    return [problem('redirect-uri-port-not-allowed', { host: match.host, port: match.port })]
  }
  return [
    problem('redirect-uri-domain-mismatch', {
      host: hostPort,
      callbackDomain: account.callbackDomain,
      relation: match.relation,
      suggestedDomain: checkCallbackDomain(hostPort, kind).suggested,
    }),
  ]
}

/** Warnings about how the callback URL will look when WeChat appends `code` and `state`. */
function shapeProblems(value: string): OAuthProblem[] {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return []
  }
  const problems: OAuthProblem[] = []
  const path = url.pathname
  const lastSegment = path.slice(path.lastIndexOf('/') + 1)
  // A directory-like route without its slash: frameworks such as Django (APPEND_SLASH) answer the
  // callback with a 301 to `path/`. The seed journey saw WeChat's browser add an `nsukey`
  // parameter on that hop and the request then failed. A possible pitfall, not a rule.
  if (!path.endsWith('/') && !lastSegment.includes('.')) {
    problems.push(problem('redirect-uri-no-trailing-slash', { path, suggested: `${path}/` }))
  }
  // [wire, community reports] WeChat inserts `?code=…&state=…` before the `#`, so a hash router
  // never sees them in its own query (spec §9.3 says nothing about fragments).
  if (value.includes('#')) {
    problems.push(
      problem('redirect-uri-has-fragment', { fragment: value.slice(value.indexOf('#')) }),
    )
  }
  return problems
}
