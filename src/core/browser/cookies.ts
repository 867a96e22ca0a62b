/**
 * Cookies through the gateways (docs/phone-browser.md "Cookies"). Browsers keep cookies per host,
 * not per port, so every gateway (all on 127.0.0.1) would share one jar: the bot's session cookie
 * would be sent to the mock, and the mock's to the bot. Each gateway therefore stores its site's
 * cookies under a prefix of its own and hands the site back only those, without the prefix. The
 * prefix comes from the real origin, so it is the same next run whatever port the gateway gets.
 */
import { createHash } from 'node:crypto'

/** @example cookiePrefix('http://127.0.0.1:5176') // 'mp1a2b3c4d_' */
export function cookiePrefix(realOrigin: string): string {
  return `mp${createHash('sha1').update(realOrigin).digest('hex').slice(0, 8)}_`
}

/**
 * The Cookie header the site gets: this gateway's cookies with the prefix removed, others left
 * out; undefined when none remain.
 * @example siteCookieHeader('mpX_sid=1; other=2', 'mpX_') // 'sid=1'
 */
export function siteCookieHeader(header: string, prefix: string): string | undefined {
  const kept = header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(prefix))
    .map((pair) => pair.slice(prefix.length))
  return kept.length === 0 ? undefined : kept.join('; ')
}

/** Attributes the browser would refuse on a 127.0.0.1 gateway, so the cookie would be lost. */
const DROPPED_ATTRIBUTES = new Set(['domain', 'secure', 'partitioned'])

/**
 * A Set-Cookie as the browser gets it from the gateway: the name prefixed; Domain (the real
 * domain is not 127.0.0.1), Secure (the gateway speaks http) and Partitioned removed, and
 * SameSite=None (which requires Secure) left to the default. Path, Expires, Max-Age, HttpOnly
 * and the other SameSite values are kept.
 * @example browserSetCookie('sid=1; Domain=bot.example; Secure; HttpOnly', 'mpX_')
 * // 'mpX_sid=1; HttpOnly'
 */
export function browserSetCookie(value: string, prefix: string): string {
  const [pair = '', ...attributes] = value.split(';')
  const kept = attributes.filter((attribute) => {
    const [name = '', setting = ''] = attribute.trim().split('=')
    const key = name.trim().toLowerCase()
    if (DROPPED_ATTRIBUTES.has(key)) return false
    return !(key === 'samesite' && setting.trim().toLowerCase() === 'none')
  })
  return [`${prefix}${pair.trim()}`, ...kept.map((a) => a.trim())].join('; ')
}
