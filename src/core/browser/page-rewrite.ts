/**
 * An HTML page on its way to the phone (docs/phone-browser.md "What the gateway changes"): opened
 * if the site compressed it anyway, the gateways its WeChat references and its CSP's form targets
 * need opened first (so they can be named), then html-page.ts does the edits. The title is read for the Exchange in the page's own
 * charset.
 */
import { RESPONSE_BODY_LIMIT } from './body-read'
import { decodeBody } from './decode-body'
import type { GatewayContext } from './gateway-context'
import type { Gateway } from './gateway-registry'
import { injectFirstInHead, pageTitle, rewriteAttributeOrigins } from './html-page'
import { BRIDGE_PATH } from './own-paths'
import { wechatHostOf } from './wechat-hosts'

/** Gateways one page may have opened for it: its WeChat hosts and a few form targets. */
const MAX_OPENED_PER_PAGE = 8

export interface RewrittenPage {
  readonly body: Buffer
  readonly title: string | undefined
  /** The site's compression was undone (Content-Encoding must go). */
  readonly decoded: boolean
  readonly notes: readonly string[]
}

function charsetOf(contentType: string | undefined, head: string): string {
  const declared = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1]
  if (declared) return declared
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8'
}

function decodeTitle(body: Buffer, contentType: string | undefined): string | undefined {
  const charset = charsetOf(contentType, body.subarray(0, 2048).toString('latin1'))
  let text: string
  try {
    text = new TextDecoder(charset).decode(body)
  } catch {
    text = body.toString('utf8')
  }
  return pageTitle(text)
}

/** Exact origins named in a CSP's form-action (where a form's redirect may go). */
function formTargets(csp: readonly string[]): string[] {
  const out: string[] = []
  for (const header of csp) {
    for (const directive of header.split(/[;,]/)) {
      const [name, ...values] = directive.trim().split(/\s+/)
      if (name?.toLowerCase() !== 'form-action') continue
      for (const value of values) {
        if (/^https?:\/\/[^*/]+$/i.test(value.replace(/\/$/, '')) && URL.canParse(value)) {
          out.push(new URL(value).origin)
        }
      }
    }
  }
  return out
}

async function openNamed(g: GatewayContext, origins: readonly string[]): Promise<void> {
  const wanted = [...new Set(origins)].slice(0, MAX_OPENED_PER_PAGE)
  await Promise.all(
    wanted.map(async (origin) => {
      const routing = g.route(new URL(origin))
      // A full gateway set just leaves the reference as it was.
      if (routing.ok) await g.open(routing).catch(() => undefined)
    }),
  )
}

export async function rewritePage(
  g: GatewayContext,
  self: Gateway,
  input: {
    readonly body: Buffer
    readonly contentType: string | undefined
    readonly contentEncoding: string | undefined
    readonly csp: readonly string[]
    readonly nonce: string
  },
): Promise<RewrittenPage> {
  const plain = decodeBody(input.body, input.contentEncoding, RESPONSE_BODY_LIMIT)
  if (plain === undefined) {
    // An encoding we cannot undo: the page goes as it came, without the bridge.
    return { body: input.body, title: undefined, decoded: false, notes: ['bridge-not-injected'] }
  }
  const scheme = new URL(self.route.realOrigin).protocol === 'https:' ? 'https:' : 'http:'
  const text = plain.toString('latin1')
  const named: string[] = []
  rewriteAttributeOrigins(text, scheme, (origin) => {
    if (wechatHostOf(new URL(origin)) !== undefined) named.push(origin)
    return undefined
  })
  await openNamed(g, [...named, ...formTargets(input.csp)])
  const gateways = new Map(g.gateways().map((gw) => [gw.realOrigin, gw.origin]))
  const rewritten = rewriteAttributeOrigins(text, scheme, (origin) =>
    wechatHostOf(new URL(origin)) === undefined ? undefined : gateways.get(origin),
  )
  const tag = `<script src="${BRIDGE_PATH}" nonce="${input.nonce}"></script>`
  return {
    body: Buffer.from(injectFirstInHead(rewritten, tag), 'latin1'),
    title: decodeTitle(plain, input.contentType),
    decoded: plain !== input.body,
    notes: [],
  }
}
