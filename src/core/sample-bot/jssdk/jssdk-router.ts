/**
 * The JS-SDK demo pages (protocol.md §11): /jssdk signs wx.config right, /jssdk/wrong signs it
 * wrong on purpose. Both share one ticket cache, as a real bot must (the ticket API is rate-limited).
 */
import { Router } from 'express'
import { JSSDK_PATH, JSSDK_WRONG_PATH } from '../views/jssdk-page'
import { jssdkDemoRoute } from './demo-route'
import type { JssdkDeps } from './demo-route'

export function jssdkRouter(deps: JssdkDeps): Router {
  const router = Router()
  router.get(JSSDK_PATH, jssdkDemoRoute(deps, 'right'))
  router.get(JSSDK_WRONG_PATH, jssdkDemoRoute(deps, 'without-query'))
  return router
}
