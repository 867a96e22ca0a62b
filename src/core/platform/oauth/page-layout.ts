/**
 * The HTML document around the authorize pages, and how it is sent: WeUI's stylesheet from
 * mpsim's own asset route, a few rules of our own, and a strict Content-Security-Policy (no
 * script at all, styles from this origin or the one inline block by hash, images from the
 * avatars' http(s) hosts, forms only back to mpsim and on to the bot's callback).
 */
import { createHash } from 'node:crypto'
import type { Response } from 'express'
import { html, raw } from './html'
import type { Html } from './html'

export const WEUI_CSS_PATH = '/__mpsim/weui.min.css'

const PAGE_CSS = [
  // WeUI's dark theme swaps the variables; the text colour must follow them too.
  'body{margin:0;background:var(--weui-BG-0);color:var(--weui-FG-0)}',
  '.mpsim-page{max-width:480px;margin:0 auto;padding-bottom:40px}',
  '.mpsim-account{padding:32px 24px 16px;text-align:center}',
  '.mpsim-account__name{font-size:20px;font-weight:600;margin-bottom:8px}',
  '.mpsim-avatar{display:block;width:40px;height:40px;margin-right:12px;border-radius:4px;',
  'object-fit:cover;background:var(--weui-BG-3)}',
  '.mpsim-en{color:var(--weui-FG-1)}',
  '.mpsim-finding{padding:8px 0}',
  '.mpsim-finding__title{font-size:16px;font-weight:600;margin:0 0 4px}',
  '.mpsim-finding p{margin:4px 0;font-size:14px}',
  '.mpsim-detail{margin:4px 0;font-family:monospace;font-size:12px;word-break:break-all}',
].join('')

const PAGE_CSS_HASH = createHash('sha256').update(PAGE_CSS).digest('base64')

/**
 * Built outside the document template: the CSP hash covers the element's exact text, and the
 * formatter re-indents what sits inside an html`…` template.
 */
const STYLE_ELEMENT = raw(`<style>${PAGE_CSS}</style>`)

/**
 * `formTargets`: origins a form on the page may end up at. CSP form-action also governs the
 * redirect after the post, so the consent page lists the bot's callback origin.
 */
export function contentSecurityPolicy(formTargets: readonly string[] = []): string {
  return [
    "default-src 'none'",
    `style-src 'self' 'sha256-${PAGE_CSS_HASH}'`,
    'img-src http: https: data:',
    `form-action ${["'self'", ...formTargets].join(' ')}`,
    "base-uri 'none'",
    // Loopback pages only may frame these pages (clickjacking); mpsim opens them in a tab.
    "frame-ancestors 'self' http://127.0.0.1:* http://localhost:*",
  ].join('; ')
}

export interface Page {
  readonly title: string
  readonly body: Html
  readonly formTargets?: readonly string[]
}

export function renderDocument(page: Page): string {
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <title>${page.title}</title>
        <link rel="stylesheet" href="${WEUI_CSS_PATH}" />
        ${STYLE_ELEMENT}
      </head>
      <body>
        ${page.body}
      </body>
    </html> `.value
}

export function sendPage(res: Response, status: number, page: Page): void {
  res
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': contentSecurityPolicy(page.formTargets),
      'X-Content-Type-Options': 'nosniff',
      // Not no-referrer: that would make browsers send `Origin: null` with the consent form,
      // which the consent route refuses. same-origin keeps the URL from the bot's callback.
      'Referrer-Policy': 'same-origin',
    })
    .send(renderDocument(page))
}

/** Both languages of a phrase: Chinese first, English after it, marked up as English. */
export function bilingual(text: { readonly zh: string; readonly en: string }): Html {
  return html`${text.zh} <span class="mpsim-en" lang="en">${text.en}</span>`
}
