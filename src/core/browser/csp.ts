/**
 * A page's Content-Security-Policy as the gateway passes it on (docs/phone-browser.md "What the
 * gateway changes"). The page's own rules stay; four things change so the page can live in the
 * phone frame:
 * - `frame-ancestors` is removed (the phone frame is a frame; WeChat's browser is not), noted;
 * - `upgrade-insecure-requests` is removed: the gateways speak http on 127.0.0.1;
 * - the bridge script is allowed by its exact address in script-src, and the JS-SDK endpoint in
 *   connect-src (derived from default-src when the page has none), nothing wider;
 * - a source naming a site the phone browser carries (`https://res.wx.qq.com`, the bot's
 *   callback origin in form-action, `https:`) also admits that site's gateway.
 */

export interface CspContext {
  /** e.g. http://127.0.0.1:40001/__mpsim__/bridge.js */
  readonly bridgeUrl: string
  readonly jssdkUrl: string
  /** Set on the bridge's <script>; added only where 'strict-dynamic' ignores addresses. */
  readonly nonce: string
  /** The open gateways: their origin and the real origin each carries. */
  readonly gateways: readonly { readonly origin: string; readonly realOrigin: string }[]
}

export interface RewrittenCsp {
  readonly policy: string
  /** Directives removed, e.g. ['frame-ancestors']. */
  readonly removed: readonly string[]
}

const REMOVED = new Set(['frame-ancestors', 'upgrade-insecure-requests'])

/**
 * Whether a CSP source expression admits an origin. Host sources (`host`, `*.host`,
 * `scheme://host:port`, with an optional path, which only narrows within the origin) and scheme
 * sources (`https:`); keywords, nonces and hashes admit no origin.
 * @example sourceAdmits('*.qq.com', 'https://res.wx.qq.com') // true
 */
export function sourceAdmits(source: string, origin: string): boolean {
  if (source.startsWith("'") || !URL.canParse(origin)) return false
  const url = new URL(origin)
  if (/^[a-z][a-z0-9+.-]*:$/i.test(source)) return source.toLowerCase() === url.protocol
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[^/:]+)(?::(\d+|\*))?(?:\/.*)?$/i.exec(
    source,
  )
  if (!match) return false
  const [, scheme, host = '', port] = match
  if (scheme !== undefined && `${scheme.toLowerCase()}:` !== url.protocol) {
    // An http source also admits its https upgrade (CSP3 §6.7.2.8), not the reverse.
    if (!(scheme.toLowerCase() === 'http' && url.protocol === 'https:')) return false
  }
  const name = host.toLowerCase()
  const hostOk =
    name === '*' ||
    (name.startsWith('*.') ? url.hostname.endsWith(name.slice(1)) : url.hostname === name)
  if (!hostOk) return false
  if (port === '*') return true
  const defaultPort = url.protocol === 'https:' ? '443' : '80'
  return (port ?? defaultPort) === (url.port || defaultPort)
}

function withExtra(values: readonly string[], extra: readonly string[]): string[] {
  if (extra.length === 0) return [...values]
  // 'none' beside a source is ignored by browsers with a warning: drop it instead.
  const kept = values.filter((v) => v.toLowerCase() !== "'none'")
  for (const value of extra) if (!kept.includes(value)) kept.push(value)
  return kept
}

function rewriteOne(policy: string, ctx: CspContext, removed: string[]): string {
  const directives: [string, string[]][] = []
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (!name) continue
    const key = name.toLowerCase()
    if (REMOVED.has(key)) {
      if (!removed.includes(key)) removed.push(key)
      continue
    }
    // Sites the phone browser carries are reached through their gateways.
    const gateways = ctx.gateways
      .filter((g) => values.some((v) => sourceAdmits(v, g.realOrigin)))
      .map((g) => g.origin)
    directives.push([key, withExtra(values, gateways)])
  }
  const find = (key: string) => directives.find(([k]) => k === key)
  const defaults = find('default-src')?.[1]
  const allow = (keys: readonly string[], url: string, nonce: boolean) => {
    const present = keys.map(find).filter((d) => d !== undefined)
    if (present.length === 0 && defaults) {
      const derived: [string, string[]] = [keys[keys.length - 1] ?? '', [...defaults]]
      directives.push(derived)
      present.push(derived)
    }
    for (const directive of present) {
      const strict = directive[1].some((v) => v.toLowerCase() === "'strict-dynamic'")
      directive[1] = withExtra(
        directive[1],
        strict && nonce ? [url, `'nonce-${ctx.nonce}'`] : [url],
      )
    }
  }
  allow(['script-src-elem', 'script-src'], ctx.bridgeUrl, true)
  allow(['connect-src'], ctx.jssdkUrl, false)
  return directives.map(([key, values]) => [key, ...values].join(' ')).join('; ')
}

/**
 * @param header one Content-Security-Policy header value (policies separated by commas).
 * @example rewriteCsp("default-src 'none'; frame-ancestors 'self'", ctx).policy
 * // "default-src 'none'; script-src http://127.0.0.1:40001/__mpsim__/bridge.js; connect-src …"
 */
export function rewriteCsp(header: string, ctx: CspContext): RewrittenCsp {
  const removed: string[] = []
  const policy = header
    .split(',')
    .map((one) => rewriteOne(one, ctx, removed))
    .filter((one) => one.length > 0)
    .join(', ')
  return { policy, removed }
}
