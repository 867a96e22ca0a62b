/**
 * The page shell: WeUI's official stylesheet (served by the bot itself, no CDN), a phone viewport,
 * and the security headers every page gets.
 *
 * Content-Security-Policy: no scripts at all, styles only from the bot, images only from the bot
 * (plus data: URIs, which WeUI's icons use) and from the avatar's host. Even if an escaping bug
 * slipped through, an injected <script> would not run. The JS-SDK demo is the one page that needs
 * scripts: it names its files (`scripts`), and the policy admits exactly those origins — the bot's
 * own and res.wx.qq.com's — plus requests back to the page's own origin, never inline code.
 * frame-ancestors admits loopback pages only, so no other site can frame the profile page
 * (clickjacking); mpsim's phone browser shows these pages through its gateway, which drops that
 * directive for its own frame (docs/phone-browser.md).
 * Referrer-Policy: no-referrer keeps the one-time `code` in the callback URL out of Referer
 * headers. Cache-Control: no-store keeps profiles out of caches.
 */
import type { Response } from 'express'
import { html } from './html'
import type { SafeHtml } from './html'

export const STYLESHEETS = ['/static/weui.min.css', '/static/bot.css'] as const

export interface Page {
  readonly title: string
  readonly body: SafeHtml
  /** Origins images may load from besides the bot (e.g. the avatar's). */
  readonly imageOrigins?: readonly string[]
  /** Script files, in order, at the end of <body>: a path on the bot or an absolute URL. */
  readonly scripts?: readonly string[]
}

export function pageCsp(
  imageOrigins: readonly string[] = [],
  scripts: readonly string[] = [],
): string {
  const images = ["'self'", 'data:', ...imageOrigins].join(' ')
  // The bot's own files as 'self', others by their origin: nothing wider, nothing inline.
  const scriptOrigins = [
    ...new Set(["'self'", ...scripts.filter((s) => URL.canParse(s)).map((s) => new URL(s).origin)]),
  ]
  return [
    "default-src 'none'",
    "style-src 'self'",
    `img-src ${images}`,
    ...(scripts.length > 0 ? [`script-src ${scriptOrigins.join(' ')}`, "connect-src 'self'"] : []),
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self' http://127.0.0.1:* http://localhost:*",
  ].join('; ')
}

export function sendPage(res: Response, status: number, page: Page): void {
  res
    .status(status)
    .set({
      'Content-Security-Policy': pageCsp(page.imageOrigins, page.scripts),
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    })
    .type('text/html; charset=utf-8')
    .send(renderPage(page).value)
}

function renderPage(page: Page): SafeHtml {
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <title>${page.title}</title>
        ${STYLESHEETS.map((href) => html`<link rel="stylesheet" href="${href}" />`)}
      </head>
      <body>
        <main class="bot-page">${page.body}</main>
        ${(page.scripts ?? []).map((src) => html`<script src="${src}"></script>`)}
      </body>
    </html> `
}
