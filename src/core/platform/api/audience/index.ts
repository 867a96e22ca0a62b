/** Placeholder while the audience APIs are being built; replaced by their routes. */
import { Router } from 'express'
import type { PlatformContext } from '../../../context/platform-context'
import type { PlatformOptions } from '../options'

export function audienceRouter(_ctx: PlatformContext, _options: PlatformOptions): Router {
  return Router()
}
