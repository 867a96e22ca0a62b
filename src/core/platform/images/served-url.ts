/**
 * The headimgurl a caller should be given. Users are stored with an avatar address on the usual
 * platform port (5175, workspace/defaults/users.ts); when the platform listens elsewhere (port 0 in
 * tests, a moved port, a tunnel) that address serves nothing. mpsim's own avatar addresses are
 * therefore answered on the origin the caller reached — the request's Host — so every headimgurl
 * mpsim hands out loads. Addresses a user typed themselves (a real qlogo URL) are left alone.
 */
import type { Request } from 'express'

export const AVATAR_PATH_PREFIX = '/__mpsim/avatar/'

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])
/** A Host header that is a plain name or address with an optional port: nothing to inject. */
const PLAIN_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

/**
 * @example servedAvatarUrl('http://127.0.0.1:5175/__mpsim/avatar/oAbc/132', req)
 *   // 'http://127.0.0.1:53021/__mpsim/avatar/oAbc/132' when the request reached port 53021
 */
export function servedAvatarUrl(url: string, req: Pick<Request, 'protocol' | 'get'>): string {
  if (!URL.canParse(url)) return url
  const parsed = new URL(url)
  if (!LOOPBACK_HOSTS.has(parsed.hostname) || !parsed.pathname.startsWith(AVATAR_PATH_PREFIX)) {
    return url
  }
  const host = req.get('host')
  if (host === undefined || !PLAIN_HOST.test(host)) return url
  return `${req.protocol}://${host}${parsed.pathname}${parsed.search}`
}

/** The address of an openid's avatar on a platform origin, e.g. for a user added by hand. */
export function avatarUrl(platformUrl: string, openid: string, size = '132'): string {
  return `${platformUrl.replace(/\/+$/, '')}${AVATAR_PATH_PREFIX}${encodeURIComponent(openid)}/${size}`
}
