/**
 * All mock base APIs (protocol.md §10) in one table of paths, one module per concern. OAuth
 * (/sns/oauth2, /connect/oauth2) lives in ../oauth and is added by the app next to this. The URLs
 * that serve image and media bytes carry parameters: they stay in an Express router.
 */
import { Router } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { RouteTable } from '../http/route-table'
import { avatarFilesRouter, imagesRouter } from '../images'
import { audienceRouter } from './audience'
import { callbackIpRouter } from './callback-ip'
import { clearQuotaRouter } from './clear-quota'
import { customSendRouter } from './custom-send'
import { mediaRouter } from './media'
import { publicMediaRouter } from './media/public-routes'
import { menuRouter } from './menu'
import { messagingRouter } from './messaging'
import type { PlatformOptions } from './options'
import { qrcodeRouter } from './qrcode'
import { stableTokenRouter } from './stable-token'
import { templateSendRouter } from './template-send'
import { ticketRouter } from './ticket'
import { tokenRouter } from './token'
import { userInfoRouter } from './user-info'
import { userListRouter } from './user-list'

export function createApiRoutes(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const routes = new RouteTable()
  for (const make of [
    tokenRouter,
    stableTokenRouter,
    callbackIpRouter,
    userInfoRouter,
    userListRouter,
    customSendRouter,
    templateSendRouter,
    menuRouter,
    qrcodeRouter,
    ticketRouter,
    clearQuotaRouter,
    mediaRouter,
    imagesRouter,
    audienceRouter,
    messagingRouter,
  ]) {
    routes.use(make(ctx, options))
  }
  return routes
}

/** Avatars and media bytes (docs/api-images.md, docs/api-media.md): files, not API calls. */
export function createFilesRouter(ctx: PlatformContext, options: PlatformOptions): Router {
  const router = Router()
  router.use(avatarFilesRouter(options))
  router.use(publicMediaRouter(ctx, options))
  return router
}
