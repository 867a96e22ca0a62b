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
  const tail = avatarTail(url)
  if (tail === undefined) return url
  const host = req.get('host')
  if (host === undefined || !PLAIN_HOST.test(host)) return url
  return `${req.protocol}://${host}${tail}`
}

/** Path and query of mpsim's own avatar addresses; users have few, asked for on every call. */
const tails = new Map<string, string | undefined>()
const TAILS_KEPT = 1024

/** `/__mpsim/avatar/…` with its query when `url` is one of mpsim's avatar addresses. */
function avatarTail(url: string): string | undefined {
  if (tails.has(url)) return tails.get(url)
  let tail: string | undefined
  if (URL.canParse(url)) {
    const parsed = new URL(url)
    const ours =
      LOOPBACK_HOSTS.has(parsed.hostname) && parsed.pathname.startsWith(AVATAR_PATH_PREFIX)
    tail = ours ? `${parsed.pathname}${parsed.search}` : undefined
  }
  if (tails.size >= TAILS_KEPT) tails.clear()
  tails.set(url, tail)
  return tail
}

/** The address of an openid's avatar on a platform origin, e.g. for a user added by hand. */
export function avatarUrl(platformUrl: string, openid: string, size = '132'): string {
  return `${platformUrl.replace(/\/+$/, '')}${AVATAR_PATH_PREFIX}${encodeURIComponent(openid)}/${size}`
}
