/**
 * GET /oauth/callback/?code=CODE&state=STATE — step 2: WeChat sends the browser back here
 * (protocol.md §9.3). A refusal comes back with a state but no code.
 *
 * 1. The state must match the cookie set by /oauth/start (else 403: this flow was not started
 *    here, or the cookie expired). The cookie is cleared either way: a state works once.
 * 2. No code: the user declined — a friendly page, not an error.
 * 3. The code is exchanged server-side (the AppSecret never leaves the server), the tokens go
 *    into a server-side session, and the browser gets only the session id.
 * 4. Then a 303 redirect to /oauth/profile, which fetches and shows the profile. The code stays
 *    out of the address bar, so a reload (or the back button) shows the profile again instead of
 *    re-using a single-use code (40163 "code been used").
 */
import type { Request, Response } from 'express'
import type { SnsDeps } from '../platform-client/sns'
import { exchangeCode } from '../platform-client/sns'
import { optionalParam } from '../http/query'
import { sendPage } from '../views/layout'
import { noticePage } from '../views/notice-page'
import { CLEAR_OPTIONS, cookieOptions, readCookie, SESSION_COOKIE, STATE_COOKIE } from './cookies'
import { failureNotice, START_AGAIN } from './failure-notice'
import { sessionFromToken } from './load-profile'
import type { SessionStore } from './sessions'

/** The refresh_token lasts 30 days (protocol.md §9.4); the session cookie no longer than that. */
const SESSION_COOKIE_SECONDS = 30 * 24 * 3600

export interface CallbackDeps {
  readonly sns: SnsDeps
  readonly sessions: SessionStore
  readonly now: () => number
  readonly signal: AbortSignal
}

export function callbackRoute(deps: CallbackDeps) {
  return async function callback(req: Request, res: Response): Promise<void> {
    const state = optionalParam(req, 'state') ?? ''
    const expected = readCookie(req, STATE_COOKIE)
    res.clearCookie(STATE_COOKIE, CLEAR_OPTIONS)
    if (expected === undefined || state === '' || state !== expected) {
      sendPage(
        res,
        403,
        noticePage({
          icon: 'warn',
          title: 'state 校验失败 / State check failed',
          lines: [
            '这次授权不是从本页面发起的，或者已经过期。/ This authorization was not started here, or it expired.',
            'state 防止别人替你完成授权（CSRF）。/ The state stops others from completing a sign-in for you (CSRF).',
          ],
          action: START_AGAIN,
        }),
      )
      return
    }
    const code = optionalParam(req, 'code')
    if (code === undefined || code === '') {
      sendPage(
        res,
        200,
        noticePage({
          icon: 'info',
          title: '你拒绝了授权 / You declined',
          lines: ['没关系，随时可以再试。/ No problem — you can try again any time.'],
          action: START_AGAIN,
        }),
      )
      return
    }
    let token
    try {
      token = await exchangeCode(deps.sns, code, deps.signal)
    } catch (error) {
      const notice = failureNotice(error)
      if (!notice) throw error
      sendPage(res, 502, noticePage(notice))
      return
    }
    const id = deps.sessions.create(sessionFromToken(token, deps.now()))
    res.cookie(SESSION_COOKIE, id, cookieOptions(SESSION_COOKIE_SECONDS))
    res.set('Cache-Control', 'no-store').redirect(303, '/oauth/profile')
  }
}
