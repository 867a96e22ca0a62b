/**
 * The images the mock platform serves (docs/api-images.md): users' avatars behind every
 * headimgurl, and the QR code picture behind a ticket (showqrcode).
 */
import { Router } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import type { PlatformOptions } from '../api/options'
import { avatarRoute } from './avatar-route'
import { showQrCodeRoute } from './showqrcode-route'

export function imagesRouter(ctx: PlatformContext, options: PlatformOptions): Router {
  const router = Router()
  avatarRoute(router, options.state.avatars)
  showQrCodeRoute(ctx, router, options.state.qrcodes)
  return router
}
