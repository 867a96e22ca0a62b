/**
 * The authorization callback domain (网页授权域名) and whether a redirect_uri falls inside it
 * (spec §9.2).
 *
 * WeChat matches the whole domain: configuring `www.qq.com` allows `http://www.qq.com/music.html`
 * but not `pay.qq.com` or `qq.com`. Formal accounts may not use a port at all (a redirect_uri with
 * one ⇒ 10003); test accounts may configure `IP:port`. The admin page wants a bare domain: "请勿加
 * http:// 等协议头". We compare against the string as typed, so a domain saved with `http://` or a
 * path never matches anything — which is what the developer in the seed journey ran into.
 */
import { problem } from './problems'
import type { AccountKind, OAuthProblem } from './problems'

export interface Authority {
  /** Lower-cased host name or IP. */
  readonly host: string
  /** The port exactly as written ('' when none). `:80` counts: WeChat compares strings. */
  readonly port: string
}

/** host and port of an absolute `scheme://` URL, read from the raw text (not normalised). */
export function authorityOf(absoluteUrl: string): Authority | null {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(absoluteUrl)
  if (!match) return null
  const authority = (match[1] ?? '').slice((match[1] ?? '').lastIndexOf('@') + 1)
  const split = splitHostPort(authority)
  return split.host === '' ? null : split
}

function splitHostPort(text: string): Authority {
  // IPv6 literals keep their colons inside brackets.
  const match = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(text)
  return { host: (match?.[1] ?? text).toLowerCase(), port: match?.[2] ?? '' }
}

// One DNS label, then dot-separated labels; IPv4 addresses fit the same shape.
const HOSTNAME =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i

export interface CallbackDomainCheck {
  /** The domain as typed. */
  readonly domain: string
  /** What the developer should type instead ('' when nothing usable is left). */
  readonly suggested: string
  readonly problems: readonly OAuthProblem[]
}

/**
 * Checks the domain a developer typed in "网页授权域名".
 * @param kind formal accounts may not carry a port; test accounts may. @default 'test'
 */
export function checkCallbackDomain(
  domain: string,
  kind: AccountKind = 'test',
): CallbackDomainCheck {
  const problems: OAuthProblem[] = []
  let rest = domain.trim()
  if (rest === '') {
    return { domain, suggested: '', problems: [problem('callback-domain-empty')] }
  }
  if (rest !== domain)
    problems.push(problem('callback-domain-malformed', { found: domain, reason: 'whitespace' }))
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest)
  if (scheme) {
    problems.push(problem('callback-domain-has-scheme', { found: domain, scheme: scheme[1] ?? '' }))
    rest = rest.slice(scheme[0].length)
  }
  const pathStart = rest.search(/[/?#]/)
  if (pathStart >= 0) {
    problems.push(
      problem('callback-domain-has-path', { found: domain, path: rest.slice(pathStart) }),
    )
    rest = rest.slice(0, pathStart)
  }
  const { host, port } = splitHostPort(rest.slice(rest.lastIndexOf('@') + 1))
  if (port !== '' && kind === 'formal') {
    problems.push(problem('callback-domain-has-port', { found: domain, port }))
  }
  if (rest.includes('@') || !HOSTNAME.test(host) || !/^\d*$/.test(port)) {
    const reason = host.includes('*') ? 'wildcard' : 'characters'
    problems.push(problem('callback-domain-malformed', { found: domain, reason }))
  }
  const keepPort = kind === 'test' && port !== ''
  return { domain, suggested: keepPort ? `${host}:${port}` : host, problems }
}

/** How a redirect_uri's host relates to the configured domain. Only 'same' is inside. */
export type DomainRelation =
  | 'same'
  | 'subdomain'
  | 'parent'
  | 'port-differs'
  | 'port-on-formal'
  | 'unrelated'
  | 'domain-misconfigured'
  | 'no-host'

export interface DomainMatch {
  readonly inDomain: boolean
  readonly relation: DomainRelation
  readonly host: string
  readonly port: string
}

/**
 * Whether WeChat would accept `redirectUri` for the configured `domain` (spec §9.2).
 * @param kind @default 'test'
 * @example redirectUriInDomain('http://www.qq.com/x', 'www.qq.com', 'formal').inDomain // true
 */
export function redirectUriInDomain(
  redirectUri: string,
  domain: string,
  kind: AccountKind = 'test',
): DomainMatch {
  const found = authorityOf(redirectUri)
  if (!found) return { inDomain: false, relation: 'no-host', host: '', port: '' }
  const result = (relation: DomainRelation): DomainMatch => ({
    inDomain: relation === 'same',
    relation,
    ...found,
  })
  // Any port on a formal account is refused whatever the domain says (spec §9.2).
  if (kind === 'formal' && found.port !== '') return result('port-on-formal')
  // A domain saved with a scheme, path or stray character is compared as typed and never matches.
  if (checkCallbackDomain(domain, kind).problems.length > 0) return result('domain-misconfigured')
  const want = splitHostPort(domain)
  // [unconfirmed] test accounts: we treat the port as part of the domain, so `127.0.0.1:5174`
  // allows only that port and `127.0.0.1` allows only port-less URLs.
  if (found.host === want.host) return result(found.port === want.port ? 'same' : 'port-differs')
  if (found.host.endsWith(`.${want.host}`)) return result('subdomain')
  if (want.host.endsWith(`.${found.host}`)) return result('parent')
  return result('unrelated')
}
