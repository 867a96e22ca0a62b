/**
 * GET /cgi-bin/user/get?next_openid= (protocol.md §10.2): the account's followers, up to 10,000 per page,
 * `next_openid` = the last openid of the page. Past the end WeChat answers count 0, no `data` and
 * an empty next_openid, which is how wechatpy's iterator stops [sdk]. An unknown next_openid
 * answers 40003 [unconfirmed].
 */
import { Router } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { authenticate } from './auth'
import type { PlatformOptions } from './options'
import { withinQuota } from './quota'
import { answerError, answerOk } from './reply'
import { queryParam } from './request'
import { apiRoute } from './route'

export const USER_PAGE_SIZE = 10_000

export function userListRouter(ctx: PlatformContext, options: PlatformOptions): Router {
  const router = Router()
  const { tokens, quotas } = options.state
  apiRoute(ctx, router, 'GET', '/cgi-bin/user/get', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    if (!withinQuota(ctx, quotas, account, 'user/get', res)) return
    const followers = ctx.directory
      .listUsers(account.id)
      .filter((u) => u.subscribed)
      .map((u) => u.openid)
    const after = queryParam(req, 'next_openid')
    let start = 0
    if (after) {
      const at = followers.indexOf(after)
      if (at < 0) {
        answerError(ctx, res, 40003)
        return
      }
      start = at + 1
    }
    const page = followers.slice(start, start + USER_PAGE_SIZE)
    const total = followers.length
    if (page.length === 0) {
      answerOk(res, { total, count: 0, next_openid: '' })
      return
    }
    answerOk(res, {
      total,
      count: page.length,
      data: { openid: page },
      next_openid: page.at(-1),
    })
  })
  return router
}
