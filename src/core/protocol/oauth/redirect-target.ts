/**
 * Where a redirect_uri sends the browser, decided the way the browser decides it (WHATWG URL,
 * Node's global `URL`), and only when the text leaves no room for another reading.
 *
 * The callback-domain check and the 302 must agree on the host, and so must every other program
 * that reads the same text: the bot's own URL library, a proxy, WeChat's server. Whenever WHATWG
 * would repair the text (a `\` read as `/`, a tab or newline deleted, `http:/host` given its
 * second slash, a host or port rewritten) or the authority carries userinfo (`good@evil`), readers
 * can disagree about the host, so the value is refused instead of matched. The accepted URL's
 * serialisation (`href`) is what the platform redirects to, so what was checked is where the
 * browser goes.
 */
import { readHost } from './host'

export type TargetFault =
  | 'no-scheme'
  | 'scheme-unsupported'
  | 'control-character'
  | 'surrounding-space'
  | 'backslash'
  | 'slashes'
  | 'userinfo'
  | 'unparseable'
  | 'trailing-dot'
  | 'host-not-canonical'
  | 'port-not-canonical'

export type RedirectTarget =
  | {
      readonly ok: true
      /** The URL as the browser reads it. */
      readonly url: URL
      /** Its serialisation: exactly where the browser goes. */
      readonly href: string
      /** The host as WHATWG serialises it (lower case, punycode for IDN). */
      readonly host: string
      /** The port as written ('' when none). `:80` counts: WeChat compares strings. */
      readonly port: string
    }
  | {
      readonly ok: false
      readonly fault: TargetFault
      /** Facts for the explanation: what was written, where a browser would have gone. */
      readonly detail: Readonly<Record<string, string>>
    }

/** `scheme:`, but not `host:port` (a digit after the colon). */
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i
const HTTP_SCHEME = /^(https?):/i
/**
 * Control characters (C0, DEL, C1). WHATWG deletes tabs and newlines wherever they are and trims
 * the other C0 controls at the ends; no callback URL has any of them.
 */
const CONTROL = /\p{Cc}/u
const DEFAULT_PORT: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' }

const refuse = (fault: TargetFault, detail: Record<string, string> = {}): RedirectTarget => ({
  ok: false,
  fault,
  detail,
})

/**
 * @param value redirect_uri after WeChat's one decoding.
 * @example readRedirectTarget('http://evil.example\\@127.0.0.1:5174/cb/').ok // false ('backslash')
 */
export function readRedirectTarget(value: string): RedirectTarget {
  const control = CONTROL.exec(value)
  if (control) return refuse('control-character', { char: codePoint(control[0]) })
  if (value.startsWith(' ') || value.endsWith(' ')) return refuse('surrounding-space')
  // A browser reads `\` as `/` in http(s) URLs; most other readers keep it as a character.
  if (value.includes('\\')) return refuse('backslash')
  const http = HTTP_SCHEME.exec(value)
  if (!http) {
    const scheme = SCHEME.exec(value)?.[1]
    return scheme === undefined ? refuse('no-scheme') : refuse('scheme-unsupported', { scheme })
  }
  const afterScheme = value.slice(http[0].length)
  // Exactly two slashes: a browser repairs `http:host`, `http:/host` and `http:///host`.
  const slashes = /^\/*/.exec(afterScheme)?.[0] ?? ''
  if (slashes !== '//') return refuse('slashes', { slashes })
  const rest = afterScheme.slice(2)
  const authority = rest.slice(0, rest.search(/[/?#]|$/))
  const url = URL.canParse(value) ? new URL(value) : null
  const browserHost = url?.hostname ?? ''
  // Any userinfo, even empty: a callback never has one, and it is how a host is disguised.
  const at = authority.lastIndexOf('@')
  if (at >= 0) return refuse('userinfo', { userinfo: authority.slice(0, at), browserHost })
  if (!url) return refuse('unparseable')
  const { written, port, hasColon } = splitAuthority(authority)
  const host = readHost(written)
  if (!host.ok) {
    if (host.fault === 'unparseable') return refuse('unparseable')
    return refuse(host.fault, { written, browserHost })
  }
  // The host compared with the domain must be the one the browser connects to, whatever else.
  if (host.host !== browserHost) return refuse('host-not-canonical', { written, browserHost })
  // `:80` on http is the browser's own default, written out; any other difference (`:05174`,
  // a bare `:`) is a port the browser rewrote.
  const effectivePort = url.port === '' ? DEFAULT_PORT[url.protocol] : url.port
  if ((hasColon && port === '') || (port !== '' && port !== effectivePort)) {
    return refuse('port-not-canonical', { written: port, browserPort: url.port })
  }
  return { ok: true, url, href: url.href, host: host.host, port }
}

function splitAuthority(authority: string): { written: string; port: string; hasColon: boolean } {
  // IPv6 literals keep their colons inside brackets.
  const match = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(authority)
  const port = match?.[2]
  return { written: match?.[1] ?? authority, port: port ?? '', hasColon: port !== undefined }
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}
