/** Placeholder while the messaging APIs are being built; replaced by their routes. */
import { Router } from 'express'
import type { PlatformContext } from '../../../context/platform-context'
import type { PlatformOptions } from '../options'

export function messagingRouter(_ctx: PlatformContext, _options: PlatformOptions): Router {
  return Router()
}
