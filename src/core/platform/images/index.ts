/** Placeholder while avatar and QR images are being built; replaced by their routes. */
import { Router } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import type { PlatformOptions } from '../api/options'

export function imagesRouter(_ctx: PlatformContext, _options: PlatformOptions): Router {
  return Router()
}
