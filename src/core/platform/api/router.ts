/**
 * All mock base APIs (protocol.md §10), one router per concern, mounted together. OAuth (/sns/oauth2,
 * /connect/oauth2) lives in ../oauth and is mounted by the app next to this.
 */
import { Router } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { callbackIpRouter } from './callback-ip'
import { clearQuotaRouter } from './clear-quota'
import { customSendRouter } from './custom-send'
import { audienceRouter } from './audience'
import { mediaRouter } from './media'
import { menuRouter } from './menu'
import { messagingRouter } from './messaging'
import { imagesRouter } from '../images'
import type { PlatformOptions } from './options'
import { qrcodeRouter } from './qrcode'
import { stableTokenRouter } from './stable-token'
import { templateSendRouter } from './template-send'
import { ticketRouter } from './ticket'
import { tokenRouter } from './token'
import { userInfoRouter } from './user-info'
import { userListRouter } from './user-list'

export function createApiRouter(ctx: PlatformContext, options: PlatformOptions): Router {
  const router = Router()
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
    router.use(make(ctx, options))
  }
  return router
}
