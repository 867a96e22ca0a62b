/**
 * The messaging APIs (docs/api-messaging.md): the template library, mass sends, customer-service
 * accounts and typing, drafts and publishing. message/template/send and message/custom/send live
 * next door (../template-send.ts, ../custom-send.ts).
 */
import { RouteTable } from '../../http/route-table'
import type { PlatformContext } from '../../../context/platform-context'
import type { PlatformOptions } from '../options'
import { draftsRouter } from './drafts'
import { kfRouter } from './kf'
import { massRouter } from './mass'
import { templateLibraryRouter } from './templates'

export function messagingRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  for (const make of [templateLibraryRouter, massRouter, kfRouter, draftsRouter]) {
    router.use(make(ctx, options))
  }
  return router
}
