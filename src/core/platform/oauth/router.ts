/**
 * Web authorization on the mock platform (protocol.md §9): the authorize page a bot's link opens on the
 * phone, the consent form, and the /sns APIs the bot calls with the code. Mounted at the root of
 * the platform app, after its express.raw body parser. Every /connect call is recorded as an
 * 'oauth' Exchange and every /sns call as an 'api' Exchange (with injected faults applied).
 *
 * @example
 * app.use(express.raw({ type: () => true }))
 * app.use(createOauthRouter(ctx, { currentUser: (accountId) => phone.userOf(accountId) }))
 */
import { Router } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { recordExchange } from '../http/record-exchange'
import { AUTHORIZE_PATH } from '../../protocol/oauth/url-shape'
import { accessTokenRoute } from './access-token-route'
import { authRoute } from './auth-route'
import { authorizeRoute } from './authorize-route'
import { CONSENT_PATH } from './consent-page'
import { consentRoute } from './consent-route'
import { createOauthState } from './oauth-state'
import type { OauthRouterOptions } from './options'
import { WEUI_CSS_PATH } from './page-layout'
import { refreshTokenRoute } from './refresh-token-route'
import { snsRoute } from './sns-route'
import { userinfoRoute } from './userinfo-route'
import { weuiCssRoute } from './weui-asset'

export type { OauthRouterOptions } from './options'
export type { OauthState } from './oauth-state'
export { createOauthState } from './oauth-state'
export { CONSENT_PATH } from './consent-page'
export { WEUI_CSS_PATH } from './page-layout'

export function createOauthRouter(ctx: PlatformContext, options: OauthRouterOptions): Router {
  const state = options.state ?? createOauthState(ctx)
  const router = Router()
  router.get(WEUI_CSS_PATH, weuiCssRoute())
  router.use('/connect', recordExchange(ctx, 'oauth'))
  router.use('/sns', recordExchange(ctx, 'api'))
  router.get(AUTHORIZE_PATH, authorizeRoute(ctx, state, options))
  router.post(CONSENT_PATH, consentRoute(ctx, state))
  snsRoute(ctx, router, '/sns/oauth2/access_token', accessTokenRoute(ctx, state))
  snsRoute(ctx, router, '/sns/oauth2/refresh_token', refreshTokenRoute(ctx, state))
  snsRoute(ctx, router, '/sns/userinfo', userinfoRoute(ctx, state))
  snsRoute(ctx, router, '/sns/auth', authRoute(ctx, state))
  return router
}
