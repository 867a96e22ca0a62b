/**
 * The bot's own absolute base URL, for links it hands out (the OAuth redirect_uri, the news
 * article's Url).
 *
 * The seed journey's last trap: Django's `request.get_host()` returns `121.42.154.163` with no
 * scheme, so the redirect_uri had no `http://` and WeChat refused it. Here the scheme is explicit.
 * The Host header is checked before use: it comes from the client, and a value with `/`, `<` or a
 * quote in it would otherwise end up inside a URL, an XML reply or a page.
 */
import type { Request } from 'express'
import { BotHttpError } from './bot-error'

// A host name, an IPv4 address or a bracketed IPv6 literal, then an optional port.
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

export function ownBaseUrl(req: Request): string {
  const host = req.get('host') ?? ''
  if (!HOST.test(host)) {
    throw new BotHttpError(
      400,
      'host-invalid',
      'Host 请求头无效 / the Host header is missing or invalid',
    )
  }
  // req.protocol is 'https' only behind TLS (or a trusted proxy); mpsim runs the bot over http.
  return `${req.protocol}://${host}`
}

/**
 * The page's own full address as the request reached the bot: scheme, host, path and query (what
 * wx.config must be signed over, protocol.md §11). The fragment never reaches a server.
 */
export function ownPageUrl(req: Request): string {
  return `${ownBaseUrl(req)}${req.originalUrl}`
}
