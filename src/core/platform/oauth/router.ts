/**
 * Web authorization on the mock platform (protocol.md §9): the authorize page a bot's link opens on the
 * phone, the consent form, and the /sns APIs the bot calls with the code. Every /connect call is
 * recorded as an 'oauth' Exchange and every /sns call as an 'api' Exchange (with injected faults
 * applied).
 *
 * The platform app takes the two parts apart (createOauthRoutes): the /sns APIs join its table of
 * API paths, the pages its Express routers. createOauthRouter puts them together for an app of
 * their own, mounted after an express.raw body parser.
 *
 * @example
 * app.use(express.raw({ type: () => true }))
 * app.use(createOauthRouter(ctx, { currentUser: (accountId) => phone.userOf(accountId) }))
 */
import { Router } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { apiDispatch } from '../http/api-dispatch'
import { recordExchange } from '../http/record-exchange'
import { RouteTable } from '../http/route-table'
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

export interface OauthRoutes {
  /** The /sns APIs by path; the caller records them (http/api-dispatch.ts). */
  readonly api: RouteTable
  /** The authorize and consent pages (recorded here) and their stylesheet. */
  readonly pages: Router
}

export function createOauthRoutes(ctx: PlatformContext, options: OauthRouterOptions): OauthRoutes {
  const state = options.state ?? createOauthState(ctx)
  const api = new RouteTable()
  snsRoute(ctx, api, '/sns/oauth2/access_token', accessTokenRoute(ctx, state))
  snsRoute(ctx, api, '/sns/oauth2/refresh_token', refreshTokenRoute(ctx, state))
  snsRoute(ctx, api, '/sns/userinfo', userinfoRoute(ctx, state))
  snsRoute(ctx, api, '/sns/auth', authRoute(ctx, state))
  const pages = Router()
  pages.get(WEUI_CSS_PATH, weuiCssRoute())
  pages.use('/connect', recordExchange(ctx, 'oauth'))
  pages.get(AUTHORIZE_PATH, authorizeRoute(ctx, state, options))
  pages.post(CONSENT_PATH, consentRoute(ctx, state))
  return { api, pages }
}

export function createOauthRouter(ctx: PlatformContext, options: OauthRouterOptions): Router {
  const { api, pages } = createOauthRoutes(ctx, options)
  const router = Router()
  // The app's own body parser has already refused an oversize body and read the body.
  router.use(
    apiDispatch(ctx, api, { bodyLimit: () => Infinity, readBody: (_req, _res, next) => next() }),
  )
  router.use(pages)
  return router
}
