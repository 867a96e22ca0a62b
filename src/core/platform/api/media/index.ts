/**
 * The media APIs and the URLs that serve media bytes (docs/api-media.md): temporary media,
 * article images, permanent material, and the public preview / mmbiz-shaped paths.
 */
import { Router } from 'express'
import type { PlatformContext } from '../../../context/platform-context'
import type { PlatformOptions } from '../options'
import { permanentMediaRouter } from './permanent'
import { publicMediaRouter } from './public-routes'
import { temporaryMediaRouter } from './temporary'

export function mediaRouter(ctx: PlatformContext, options: PlatformOptions): Router {
  const router = Router()
  router.use(temporaryMediaRouter(ctx, options))
  router.use(permanentMediaRouter(ctx, options))
  router.use(publicMediaRouter(ctx, options))
  return router
}
