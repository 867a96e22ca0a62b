/**
 * GET /oauth/profile — steps 3 to 5: refresh the token if needed, fetch the profile, show it.
 * Without a session: a page that links back to the guide. When the refresh_token itself is no
 * longer accepted, the session is dropped and the user is asked to sign in again.
 */
import type { Request, Response } from 'express'
import { WechatApiError } from '../platform-client/api-errors'
import type { SnsDeps } from '../platform-client/sns'
import { sendPage } from '../views/layout'
import { noticePage } from '../views/notice-page'
import { profilePage } from '../views/profile-page'
import { CLEAR_OPTIONS, readCookie, SESSION_COOKIE } from './cookies'
import { failureNotice, START_AGAIN } from './failure-notice'
import { loadProfile } from './load-profile'
import type { SessionStore } from './sessions'

export interface ProfileRouteDeps {
  readonly sns: SnsDeps
  readonly sessions: SessionStore
  readonly now: () => number
  readonly signal: AbortSignal
}

export function profileRoute(deps: ProfileRouteDeps) {
  return async function profile(req: Request, res: Response): Promise<void> {
    const id = readCookie(req, SESSION_COOKIE)
    const session = deps.sessions.get(id)
    if (id === undefined || session === undefined) {
      sendPage(
        res,
        401,
        noticePage({
          icon: 'info',
          title: '尚未授权 / Not signed in',
          lines: ['请先完成网页授权。/ Please sign in with WeChat first.'],
          action: { href: '/oauth', label: '去授权 / Sign in' },
        }),
      )
      return
    }
    try {
      const loaded = await loadProfile(deps, session, deps.signal)
      deps.sessions.replace(id, loaded.session)
      const { openid, unionid, scopes, snapshotUser } = loaded.session
      sendPage(res, 200, profilePage({ openid, unionid, scopes, snapshotUser, user: loaded.user }))
    } catch (error) {
      const notice = failureNotice(error)
      if (!notice) throw error
      if (error instanceof WechatApiError && error.api === '/sns/oauth2/refresh_token') {
        // The refresh_token is invalid or past its 30 days: only a new authorization helps.
        deps.sessions.delete(id)
        res.clearCookie(SESSION_COOKIE, CLEAR_OPTIONS)
        sendPage(res, 401, noticePage({ ...notice, action: START_AGAIN }))
        return
      }
      sendPage(res, 502, noticePage(notice))
    }
  }
}
