/**
 * Which Host a local server answers to, against DNS rebinding: a page on a name the attacker
 * controls can be made to resolve to 127.0.0.1, and the browser then treats our answers as
 * same-origin with that page, so the page can read them. The Host header still carries the
 * attacker's name, which is what is checked. Used by the control API (every request) and by the
 * HTML pages of the mock platform and the sample bot.
 */
import type { NextFunction, Request, Response } from 'express'

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * The name part of a Host header or a callback domain, lower-cased, port dropped ('' when it is
 * not `name[:port]`).
 * @example hostNameOf('LocalHost:5175') // 'localhost'
 * @example hostNameOf('[::1]:80') // '[::1]'
 */
export function hostNameOf(authority: string): string {
  const match = /^(\[[^\]]+\]|[^:]+)(?::\d*)?$/.exec(authority.trim())
  return match?.[1]?.toLowerCase() ?? ''
}

export function isLoopbackName(name: string): boolean {
  return LOOPBACK_NAMES.has(name)
}

const forbiddenText = (host: string): string =>
  `此页面只通过 127.0.0.1、localhost、[::1] 或已配置的网页授权域名访问（收到的 Host："${host}"；防 DNS 重绑定）。\n` +
  `This page answers only on 127.0.0.1, localhost, [::1] or a configured OAuth callback domain ` +
  `(got Host "${host}"; a guard against DNS rebinding).\n`

/**
 * Express middleware for routes that serve HTML pages with user data: loopback names with any
 * port, and the host names of `callbackDomains()` (read on every request, so account edits apply
 * at once; their ports are ignored, the name is what an attacker cannot choose). Anything else
 * gets 403 with a short bilingual text.
 * @example router.use('/oauth', pageHostGuard(() => directory.listAccounts().map((a) => a.callbackDomain)))
 */
export function pageHostGuard(callbackDomains: () => Iterable<string>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const host = req.headers.host ?? ''
    const name = hostNameOf(host)
    if (isLoopbackName(name)) {
      next()
      return
    }
    for (const domain of callbackDomains()) {
      if (name !== '' && hostNameOf(domain) === name) {
        next()
        return
      }
    }
    res
      .status(403)
      .set('X-Content-Type-Options', 'nosniff')
      .type('text/plain; charset=utf-8')
      .send(forbiddenText(host))
  }
}
