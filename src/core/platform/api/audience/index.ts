/**
 * The audience APIs (docs/api-audience.md): tags and who carries them, remarks, the blacklist,
 * personalised menus and the current-menu query. The plain menu (create/get/delete) lives in
 * ../menu.ts and shows the personalised menus too.
 */
import { RouteTable } from '../../http/route-table'
import type { PlatformContext } from '../../../context/platform-context'
import type { PlatformOptions } from '../options'
import { blacklistRouter } from './blacklist'
import { conditionalMenuRouter } from './conditional-menu'
import { remarkRouter } from './remark'
import { selfmenuInfoRouter } from './selfmenu-info'
import { tagMembersRouter } from './tag-members'
import { tagsRouter } from './tags'

export function audienceRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  for (const make of [
    tagsRouter,
    tagMembersRouter,
    remarkRouter,
    blacklistRouter,
    conditionalMenuRouter,
    selfmenuInfoRouter,
  ]) {
    router.use(make(ctx, options))
  }
  return router
}
