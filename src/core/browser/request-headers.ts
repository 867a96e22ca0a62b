/**
 * The headers a gateway sends upstream (docs/phone-browser.md "What the site receives"): the
 * browser's own, in their order, with what WeChat's browser would send instead — its User-Agent,
 * Host naming the site, Origin and Referer as the real addresses rather than the gateways', no
 * compression (the gateway reads the HTML to add the bridge), this site's cookies only — and never
 * the control API's token. Node's http client is given exactly this list (no defaults of its own).
 */
import { TOKEN_HEADER } from '../../shared/control/contract'
import type { HeaderList } from '../../shared/model/exchange'
import { siteCookieHeader } from './cookies'
import { WECHAT_USER_AGENT } from './user-agent'

/** Headers about one connection, never forwarded (RFC 9110 §7.6.1) or recomputed by the gateway. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
])

export interface RequestHeaderContext {
  /** The Host the upstream expects: the site's, or the mock's for a WeChat host. */
  readonly host: string
  readonly cookiePrefix: string
  /**
   * What a gateway origin stands for upstream: its real origin (the upstream's own origin for the
   * gateway being forwarded through); undefined for any other origin, which is left as sent.
   */
  readonly realOriginOf: (gatewayOrigin: string) => string | undefined
  /** The body's length, when the request has one. */
  readonly bodyLength: number | undefined
}

/** A gateway address made real: `http://127.0.0.1:40001/a?b` → `https://open.weixin.qq.com/a?b`. */
function realAddress(value: string, ctx: RequestHeaderContext): string {
  if (!URL.canParse(value)) return value
  const url = new URL(value)
  const real = ctx.realOriginOf(url.origin)
  return real === undefined ? value : `${real}${url.pathname}${url.search}${url.hash}`
}

/** @param raw Node's `req.rawHeaders` (name, value, name, value …). */
export function upstreamHeaders(raw: readonly string[], ctx: RequestHeaderContext): HeaderList {
  const named = new Set<string>()
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if ((raw[i] ?? '').toLowerCase() === 'connection') {
      for (const token of (raw[i + 1] ?? '').split(',')) named.add(token.trim().toLowerCase())
    }
  }
  const out: [string, string][] = []
  let sawUserAgent = false
  let sawHost = false
  let sawLength = false
  let sawEncoding = false
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] ?? ''
    const value = raw[i + 1] ?? ''
    const key = name.toLowerCase()
    if (HOP_BY_HOP.has(key) || named.has(key) || key === TOKEN_HEADER.toLowerCase()) continue
    // Chromium's client hints name Chrome and the desktop platform: WeChat's WebView sends none.
    if (key.startsWith('sec-ch-')) continue
    switch (key) {
      case 'host':
        if (!sawHost) out.push([name, ctx.host])
        sawHost = true
        break
      case 'user-agent':
        if (!sawUserAgent) out.push([name, WECHAT_USER_AGENT])
        sawUserAgent = true
        break
      case 'content-length':
        // The body is forwarded whole as it was read, so its length is known exactly.
        if (!sawLength && ctx.bodyLength !== undefined) out.push([name, String(ctx.bodyLength)])
        sawLength = true
        break
      case 'accept-encoding':
        if (!sawEncoding) out.push([name, 'identity'])
        sawEncoding = true
        break
      case 'origin':
        out.push([name, value === 'null' ? value : realOriginOnly(value, ctx)])
        break
      case 'referer':
        out.push([name, realAddress(value, ctx)])
        break
      case 'cookie': {
        const cookies = siteCookieHeader(value, ctx.cookiePrefix)
        if (cookies !== undefined) out.push([name, cookies])
        break
      }
      default:
        out.push([name, value])
    }
  }
  if (!sawHost) out.unshift(['Host', ctx.host])
  if (!sawUserAgent) out.push(['User-Agent', WECHAT_USER_AGENT])
  if (!sawEncoding) out.push(['Accept-Encoding', 'identity'])
  // A body the browser sent chunked goes on with its length: it was read whole.
  if (!sawLength && ctx.bodyLength !== undefined && ctx.bodyLength > 0) {
    out.push(['Content-Length', String(ctx.bodyLength)])
  }
  return out
}

function realOriginOnly(value: string, ctx: RequestHeaderContext): string {
  return ctx.realOriginOf(value.trim()) ?? value
}
