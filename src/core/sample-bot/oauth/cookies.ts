/**
 * The two cookies of the OAuth pages. Both are HttpOnly (no script may read them — and these pages
 * run no script), scoped to /oauth, and SameSite=Lax: the callback arrives as a top-level GET
 * navigation from the authorize page, which Lax cookies still accompany, while cross-site
 * sub-requests do not carry them. Behind HTTPS a production bot would add `Secure`.
 */
import type { CookieOptions, Request } from 'express'

/** The `state` the bot put in the authorize URL, to compare on the callback (CSRF check). */
export const STATE_COOKIE = 'mpsim_bot_oauth_state'
/** The id of the server-side session that holds the tokens (the tokens never reach the browser). */
export const SESSION_COOKIE = 'mpsim_bot_session'

export function cookieOptions(maxAgeSeconds: number): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/oauth', maxAge: maxAgeSeconds * 1000 }
}

export const CLEAR_OPTIONS: CookieOptions = { httpOnly: true, sameSite: 'lax', path: '/oauth' }

/** One cookie's value from the Cookie header (no cookie-parser dependency for two cookies). */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue
    const value = part.slice(eq + 1).trim()
    try {
      return decodeURIComponent(value)
    } catch {
      return undefined
    }
  }
  return undefined
}
