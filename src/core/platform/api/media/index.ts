/**
 * The media APIs (docs/api-media.md): temporary media, article images and permanent material.
 * The URLs that serve media bytes (public-routes.ts) carry parameters and are mounted apart.
 */
import type { PlatformContext } from '../../../context/platform-context'
import { RouteTable } from '../../http/route-table'
import type { PlatformOptions } from '../options'
import { permanentMediaRouter } from './permanent'
import { temporaryMediaRouter } from './temporary'

export function mediaRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  return new RouteTable()
    .use(temporaryMediaRouter(ctx, options))
    .use(permanentMediaRouter(ctx, options))
}
