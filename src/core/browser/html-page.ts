/**
 * What the gateway does to an HTML page (docs/phone-browser.md "What the gateway changes"): the
 * bridge script goes first in <head>, before any of the page's own scripts, so
 * `navigator.userAgent` already reads as WeChat's when they run; absolute references to WeChat
 * hosts in src/href/action attributes point at their gateways (a <script> tag for
 * res.wx.qq.com's jweixin must load mpsim's `wx`, and the browser would fetch it before any script
 * could intervene). Nothing else in the page is touched.
 *
 * Pages are handled as latin1 text: one character per byte, so every byte outside the edits
 * comes back out exactly, whatever the page's charset (all ASCII-compatible ones).
 */

/** Whether a Content-Type is an HTML page the bridge goes into. */
export function isHtml(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase()
  return type === 'text/html' || type === 'application/xhtml+xml'
}

/** The end of the tag starting at `from` (index after its '>'), skipping quoted '>' in attributes. */
function tagEnd(text: string, from: number): number {
  let quote = ''
  for (let i = from; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") {
      quote = c
    } else if (c === '>') {
      return i + 1
    }
  }
  return -1
}

/** The index right after the first `<name …>` start tag, or -1. `<header>` is not `<head>`. */
function afterStartTag(text: string, name: string): number {
  const pattern = new RegExp(`<${name}(?=[\\s/>])`, 'i')
  const match = pattern.exec(text)
  return match ? tagEnd(text, match.index + name.length + 1) : -1
}

/** Where the bridge goes when the page has no <head>: after <html>, else after the doctype. */
function fallbackPosition(text: string): number {
  const html = afterStartTag(text, 'html')
  if (html >= 0) return html
  const doctype = /^(\uFEFF|\xEF\xBB\xBF)?\s*<!doctype[^>]*>/i.exec(text)
  if (doctype) return doctype[0].length
  // A byte-order mark stays first, or the page would lose its encoding.
  const bom = /^(\uFEFF|\xEF\xBB\xBF)/.exec(text)
  return bom ? bom[0].length : 0
}

/**
 * The page with `tag` first in <head> (or as early as the page allows, never before the doctype:
 * that would switch the page into quirks mode).
 * @example injectFirstInHead('<html><head><title>x</title>', '<script src="/b.js"></script>')
 * // '<html><head><script src="/b.js"></script><title>x</title>'
 */
export function injectFirstInHead(page: string, tag: string): string {
  const head = afterStartTag(page, 'head')
  const at = head >= 0 ? head : fallbackPosition(page)
  return `${page.slice(0, at)}${tag}${page.slice(at)}`
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** The page's <title> text (first one, entities decoded, whitespace collapsed), or undefined. */
export function pageTitle(page: string): string | undefined {
  const match = /<title[^>]*>([\s\S]*?)<\/title\s*>/i.exec(page)
  if (!match) return undefined
  const text = (match[1] ?? '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) {
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16) || 0xfffd)
      }
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)) || 0xfffd)
      return ENTITIES[name.toLowerCase()] ?? whole
    })
    .replace(/\s+/g, ' ')
    .trim()
  return text.slice(0, 300)
}

/**
 * Absolute addresses in src, href and action attributes, handed to `replaceOrigin`, which answers
 * the gateway origin to put in place of the address's scheme://host[:port] (or undefined to leave
 * it). Protocol-relative `//host/…` takes the page's own scheme.
 */
export function rewriteAttributeOrigins(
  page: string,
  pageScheme: 'http:' | 'https:',
  replaceOrigin: (origin: string) => string | undefined,
): string {
  return page.replace(
    /(\s(?:src|href|action)\s*=\s*)(["']?)((?:https?:)?\/\/[^/"'\s>?#]+)/gi,
    (whole, before: string, quote: string, prefix: string) => {
      const absolute = prefix.startsWith('//') ? `${pageScheme}${prefix}` : prefix
      if (!URL.canParse(absolute)) return whole
      const gateway = replaceOrigin(new URL(absolute).origin)
      return gateway === undefined ? whole : `${before}${quote}${gateway}`
    },
  )
}
