/**
 * The headers the browser gets back from a gateway (docs/phone-browser.md "What the gateway
 * changes"). The site's own, in its order, except:
 * - Location points at the gateway of its target (fragment kept: `#wechat_redirect` survives);
 * - X-Frame-Options goes and CSP loses frame-ancestors (noted on the Exchange): the phone frame
 *   is a frame, WeChat's browser is not;
 * - Set-Cookie is kept per site (cookies.ts); Access-Control-Allow-Origin naming a site the phone
 *   browser carries names that site's gateway, the origin the page's script really runs on;
 * - Content-Length is set by the gateway for what it really sends; hop-by-hop headers, HSTS and
 *   Alt-Svc (meaningless on a 127.0.0.1 gateway) are dropped.
 */
import type { HeaderList } from '../../shared/model/exchange'
import { browserSetCookie } from './cookies'
import { rewriteCsp } from './csp'
import type { CspContext } from './csp'

const DROPPED = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'content-length',
  'strict-transport-security',
  'alt-svc',
])

export interface ResponseHeaderContext {
  /** The Location value the browser gets, already worked out (undefined: unchanged). */
  readonly location: string | undefined
  readonly cookiePrefix: string
  readonly csp: CspContext
  /** The body was decoded (gzip…) before rewriting: Content-Encoding must go too. */
  readonly decoded: boolean
  /** The length of what is sent, when the gateway sends it whole. */
  readonly bodyLength: number | undefined
}

export interface BrowserHeaders {
  readonly headers: HeaderList
  /** What was changed, as note codes for the Exchange, e.g. 'frame-block-removed'. */
  readonly notes: readonly string[]
}

export function browserHeaders(site: HeaderList, ctx: ResponseHeaderContext): BrowserHeaders {
  const notes = new Set<string>()
  const out: [string, string][] = []
  for (const [name, value] of site) {
    const key = name.toLowerCase()
    if (DROPPED.has(key)) continue
    switch (key) {
      case 'x-frame-options':
        notes.add('frame-block-removed')
        break
      case 'content-security-policy': {
        const rewritten = rewriteCsp(value, ctx.csp)
        if (rewritten.removed.includes('frame-ancestors')) notes.add('frame-block-removed')
        notes.add('csp-adjusted')
        if (rewritten.policy !== '') out.push([name, rewritten.policy])
        break
      }
      case 'location':
        out.push([name, ctx.location ?? value])
        if (ctx.location !== undefined && ctx.location !== value) notes.add('location-rewritten')
        break
      case 'access-control-allow-origin': {
        const gateway = ctx.csp.gateways.find((g) => g.realOrigin === value.trim())
        out.push([name, gateway?.origin ?? value])
        break
      }
      case 'set-cookie':
        out.push([name, browserSetCookie(value, ctx.cookiePrefix)])
        break
      case 'content-encoding':
        if (!ctx.decoded) out.push([name, value])
        break
      default:
        out.push([name, value])
    }
  }
  if (ctx.bodyLength !== undefined) out.push(['Content-Length', String(ctx.bodyLength)])
  return { headers: out, notes: [...notes] }
}
