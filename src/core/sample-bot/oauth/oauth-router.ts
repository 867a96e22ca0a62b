/**
 * The OAuth web pages (网页授权): the guide, the start redirect, the callback and the profile.
 * Read them in that order; each file is one step of the flow. append-slash.ts is the trailing-slash
 * trap, reproduced on purpose.
 */
import { Router } from 'express'
import type { Random } from '../../runtime/random'
import type { BotAccount } from '../config'
import type { SnsDeps } from '../platform-client/sns'
import { appendSlash, DJANGO_CALLBACK_PATH } from './append-slash'
import { callbackRoute } from './callback-route'
import { guideRoute } from './guide-route'
import { profileRoute } from './profile-route'
import { SessionStore } from './sessions'
import { startRoute } from './start-route'

export interface OAuthDeps {
  readonly sns: SnsDeps
  /** Read per request: the authorize URL carries the account's current AppID. */
  readonly account: () => Pick<BotAccount, 'appId'>
  readonly oauthBaseUrl: string
  readonly random: Random
  readonly now: () => number
  readonly signal: AbortSignal
}

export function oauthRouter(deps: OAuthDeps): Router {
  const sessions = new SessionStore(deps.random)
  const router = Router()
  router.get('/oauth', guideRoute)
  router.get('/oauth/start', startRoute(deps))
  const callback = callbackRoute({ ...deps, sessions })
  router.get('/oauth/callback', callback)
  // The trailing-slash trap (/oauth/start?trap=no-slash): only the slashed address is served.
  router.get(DJANGO_CALLBACK_PATH, appendSlash, callback)
  router.get('/oauth/profile', profileRoute({ ...deps, sessions }))
  return router
}
