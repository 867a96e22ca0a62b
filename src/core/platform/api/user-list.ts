/**
 * GET /cgi-bin/user/get?next_openid= (protocol.md §10.2): the account's followers, up to 10,000 per
 * page, paged as openid-page.ts describes.
 */
import { RouteTable } from '../http/route-table'
import type { PlatformContext } from '../../context/platform-context'
import { authenticate } from './auth'
import { openidPage } from './openid-page'
import type { PlatformOptions } from './options'
import { withinQuota } from './quota'
import { answerError, answerOk } from './reply'
import { queryParam } from './request'
import { apiRoute } from './route'

export const USER_PAGE_SIZE = 10_000

export function userListRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, quotas } = options.state
  apiRoute(ctx, router, 'GET', '/cgi-bin/user/get', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    if (!withinQuota(ctx, quotas, account, 'user/get', res)) return
    const followers = ctx.directory
      .listUsers(account.id)
      .filter((u) => u.subscribed)
      .map((u) => u.openid)
    const page = openidPage(followers, queryParam(req, 'next_openid'), USER_PAGE_SIZE)
    if (!page) {
      answerError(ctx, res, 40003)
      return
    }
    answerOk(res, { total: followers.length, ...page })
  })
  return router
}
