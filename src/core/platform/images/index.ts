/**
 * The images the mock platform serves (docs/api-images.md): users' avatars behind every
 * headimgurl, and the QR code picture behind a ticket (showqrcode). showqrcode is a /cgi-bin path,
 * found by path and recorded like the APIs; the avatar URLs carry parameters and are plain files.
 */
import { Router } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import type { PlatformOptions } from '../api/options'
import { RouteTable } from '../http/route-table'
import { avatarRoute } from './avatar-route'
import { showQrCodeRoute } from './showqrcode-route'

export function imagesRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const routes = new RouteTable()
  showQrCodeRoute(ctx, routes, options.state.qrcodes)
  return routes
}

export function avatarFilesRouter(options: PlatformOptions): Router {
  const router = Router()
  avatarRoute(router, options.state.avatars)
  return router
}
