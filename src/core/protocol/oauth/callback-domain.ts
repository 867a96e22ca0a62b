/**
 * The authorization callback domain (网页授权域名) and whether a redirect_uri falls inside it
 * (protocol.md §9.2).
 *
 * WeChat matches the whole domain: configuring `www.qq.com` allows `http://www.qq.com/music.html`
 * but not `pay.qq.com` or `qq.com`. Formal accounts may not use a port at all (a redirect_uri with
 * one ⇒ 10003); test accounts may configure `IP:port`. The admin page wants a bare domain: "请勿加
 * http:// 等协议头". A domain saved with `http://` or a path never matches anything — which is what
 * the developer in the seed journey ran into.
 *
 * Both hosts are compared as a browser reads them (host.ts, redirect-target.ts): the redirect_uri
 * must be one unambiguous URL, and the configured domain is normalised the same way, so
 * `bücher.example` and `xn--bcher-kva.example` are one domain while `127.1` is refused.
 */
import { readHost } from './host'
import { problem } from './problems'
import type { AccountKind, OAuthProblem } from './problems'
import { readRedirectTarget } from './redirect-target'
import type { RedirectTarget } from './redirect-target'

function splitHostPort(text: string): { host: string; port: string } {
  // IPv6 literals keep their colons inside brackets.
  const match = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(text)
  return { host: match?.[1] ?? text, port: match?.[2] ?? '' }
}

// One DNS label, then dot-separated labels; IPv4 addresses and punycode fit the same shape.
const HOSTNAME =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i

/** A port as a browser writes it: no leading zero, at most 65535. */
const PORT = /^(?:0|[1-9]\d{0,4})$/

export interface CallbackDomainCheck {
  /** The domain as typed. */
  readonly domain: string
  /** What the developer should type instead ('' when nothing usable is left). */
  readonly suggested: string
  /** The host as a browser reads it (punycode for IDN); '' when it cannot be read. */
  readonly host: string
  /** The port as typed ('' when none). */
  readonly port: string
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
    return {
      domain,
      suggested: '',
      host: '',
      port: '',
      problems: [problem('callback-domain-empty')],
    }
  }
  if (rest !== domain)
    problems.push(problem('callback-domain-malformed', { found: domain, reason: 'whitespace' }))
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest)
  if (scheme) {
    problems.push(problem('callback-domain-has-scheme', { found: domain, scheme: scheme[1] ?? '' }))
    rest = rest.slice(scheme[0].length)
  }
  const pathStart = rest.search(/[/?#\\]/)
  if (pathStart >= 0) {
    problems.push(
      problem('callback-domain-has-path', { found: domain, path: rest.slice(pathStart) }),
    )
    rest = rest.slice(0, pathStart)
  }
  const { host: written, port } = splitHostPort(rest.slice(rest.lastIndexOf('@') + 1))
  if (port !== '' && kind === 'formal') {
    problems.push(problem('callback-domain-has-port', { found: domain, port }))
  }
  const reading = readHost(written)
  const host = reading.ok ? reading.host : ''
  const portOk = port === '' || (PORT.test(port) && Number(port) <= 65535)
  if (!reading.ok && reading.fault !== 'unparseable') {
    const detail = { found: domain, reason: 'not-canonical', canonical: reading.canonical }
    problems.push(problem('callback-domain-malformed', detail))
  } else if (rest.includes('@') || !HOSTNAME.test(host) || !portOk) {
    const reason = written.includes('*') ? 'wildcard' : 'characters'
    problems.push(problem('callback-domain-malformed', { found: domain, reason }))
  }
  const suggestedHost = reading.ok ? reading.host : reading.canonical || written.toLowerCase()
  const suggestedPort = portOk || !/^\d+$/.test(port) ? port : String(Number(port))
  const keepPort = kind === 'test' && port !== ''
  return {
    domain,
    suggested: keepPort ? `${suggestedHost}:${suggestedPort}` : suggestedHost,
    host,
    port,
    problems,
  }
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
  /** Readers could disagree on the host (backslash, userinfo, a host a browser rewrites...). */
  | 'ambiguous'

export interface DomainMatch {
  readonly inDomain: boolean
  readonly relation: DomainRelation
  /** The host the browser would reach ('' when the URL was refused before that). */
  readonly host: string
  readonly port: string
}

/**
 * Whether WeChat would accept `redirectUri` for the configured `domain` (protocol.md §9.2).
 * @param kind @default 'test'
 * @example redirectUriInDomain('http://www.qq.com/x', 'www.qq.com', 'formal').inDomain // true
 */
export function redirectUriInDomain(
  redirectUri: string,
  domain: string,
  kind: AccountKind = 'test',
): DomainMatch {
  return targetInDomain(readRedirectTarget(redirectUri), domain, kind)
}

/** redirectUriInDomain for a redirect_uri already read with readRedirectTarget. */
export function targetInDomain(
  target: RedirectTarget,
  domain: string,
  kind: AccountKind = 'test',
): DomainMatch {
  if (!target.ok) {
    const noHost = target.fault === 'no-scheme' || target.fault === 'scheme-unsupported'
    return { inDomain: false, relation: noHost ? 'no-host' : 'ambiguous', host: '', port: '' }
  }
  const found = { host: target.host, port: target.port }
  const result = (relation: DomainRelation): DomainMatch => ({
    inDomain: relation === 'same',
    relation,
    ...found,
  })
  // Any port on a formal account is refused whatever the domain says (protocol.md §9.2).
  if (kind === 'formal' && found.port !== '') return result('port-on-formal')
  // A domain saved with a scheme, path or stray character never matches.
  const want = checkCallbackDomain(domain, kind)
  if (want.problems.length > 0) return result('domain-misconfigured')
  // [unconfirmed] test accounts: we treat the port as part of the domain, so `127.0.0.1:5174`
  // allows only that port and `127.0.0.1` allows only port-less URLs.
  if (found.host === want.host) return result(found.port === want.port ? 'same' : 'port-differs')
  if (found.host.endsWith(`.${want.host}`)) return result('subdomain')
  if (want.host.endsWith(`.${found.host}`)) return result('parent')
  return result('unrelated')
}
