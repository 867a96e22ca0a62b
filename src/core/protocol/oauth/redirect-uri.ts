/**
 * Rules for the redirect_uri value once it has been taken out of the authorize URL and decoded
 * (protocol.md §9.1 absolute URL, §9.2 domain, §9.3 how the callback is built). The value is read once,
 * as a browser reads it (redirect-target.ts); the domain check, the warnings and the callback
 * all use that one reading.
 */
import { checkCallbackDomain, targetInDomain } from './callback-domain'
import { problem } from './problems'
import type { AccountKind, OAuthProblem } from './problems'
import { safeDecode } from './query'
import { readRedirectTarget } from './redirect-target'
import type { RedirectTarget } from './redirect-target'

export interface OAuthAccount {
  /** The official account's AppID (protocol.md §1). */
  readonly appid: string
  /** What the developer typed in "网页授权域名", possibly wrongly (protocol.md §9.2). */
  readonly callbackDomain: string
  /** @default 'test' */
  readonly accountKind?: AccountKind
}

export interface RedirectUriCheck {
  readonly problems: readonly OAuthProblem[]
  /**
   * The redirect_uri as the browser will follow it (WHATWG serialisation), when it could be read
   * without ambiguity; null otherwise. The platform redirects here and nowhere else.
   */
  readonly target: string | null
}

/** Checks a decoded redirect_uri against the account; `null` means the parameter was absent. */
export function checkRedirectUri(value: string | null, account: OAuthAccount): OAuthProblem[] {
  return [...readRedirectUri(value, account).problems]
}

/** checkRedirectUri, plus the URL that was checked, for the code that sends the browser there. */
export function readRedirectUri(value: string | null, account: OAuthAccount): RedirectUriCheck {
  const refused = (p: OAuthProblem): RedirectUriCheck => ({ problems: [p], target: null })
  if (value === null || value === '') return refused(problem('redirect-uri-missing'))
  // Encoded twice (`http%253A%252F%252F…` on the wire): after WeChat's one decode it is still
  // `http%3A%2F%2F…`, which has no host to match against the domain.
  if (/^[a-z][a-z0-9+.-]*%3a/i.test(value)) {
    return refused(
      problem('redirect-uri-double-encoded', { found: value, decodedOnce: safeDecode(value) }),
    )
  }
  const target = readRedirectTarget(value)
  if (!target.ok) return refused(refusal(value, target))
  return {
    problems: [...domainProblems(target, account), ...shapeProblems(value, target.url)],
    target: target.href,
  }
}

function refusal(value: string, target: Extract<RedirectTarget, { ok: false }>): OAuthProblem {
  switch (target.fault) {
    case 'scheme-unsupported':
      return problem('redirect-uri-scheme-unsupported', { found: value, ...target.detail })
    case 'no-scheme':
      return noScheme(value)
    case 'userinfo':
      return problem('redirect-uri-has-userinfo', { found: value, ...target.detail })
    case 'control-character':
    case 'surrounding-space':
    case 'backslash':
    case 'slashes':
    case 'unparseable':
    case 'trailing-dot':
    case 'host-not-canonical':
    case 'port-not-canonical':
      // [unconfirmed] WeChat does not document how it reads such values; refusing them with the
      // domain-mismatch code is the only answer that cannot send a code to the wrong host.
      return problem('redirect-uri-ambiguous', {
        found: value,
        reason: target.fault,
        ...target.detail,
      })
  }
}

function noScheme(value: string): OAuthProblem {
  // The seed journey: Django's request.get_host() gives `121.42.154.163`, no `http://`.
  const withoutSlashes = value.replace(/^\/\//, '')
  const guessedHost =
    value.startsWith('/') && !value.startsWith('//') ? '' : (withoutSlashes.split(/[/?#]/)[0] ?? '')
  return problem('redirect-uri-no-scheme', {
    found: value,
    guessedHost,
    suggested: guessedHost === '' ? '' : `http://${withoutSlashes}`,
  })
}

function domainProblems(target: RedirectTarget, account: OAuthAccount): OAuthProblem[] {
  const kind = account.accountKind ?? 'test'
  const match = targetInDomain(target, account.callbackDomain, kind)
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
function shapeProblems(value: string, url: URL): OAuthProblem[] {
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
  // never sees them in its own query (protocol.md §9.3 says nothing about fragments).
  if (value.includes('#')) {
    problems.push(
      problem('redirect-uri-has-fragment', { fragment: value.slice(value.indexOf('#')) }),
    )
  }
  return problems
}
