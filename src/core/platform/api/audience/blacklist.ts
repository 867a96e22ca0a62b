/**
 * The blacklist (docs/api-audience.md; WeChat's 黑名单管理 [doc]):
 *   POST tags/members/getblacklist {begin_openid?} → {total, count, data:{openid:[…]}, next_openid};
 *        1000 a page (the current doc; an older page said 10,000) [doc]; begin_openid is the last
 *        openid of the previous page, like user/get's next_openid [unconfirmed]; unknown 40003
 *   POST tags/members/batchblacklist   {openid_list (≤20)} → ok [doc]; 40032, 40003, 49003 [doc]
 *   POST tags/members/batchunblacklist {openid_list (≤20)} → ok; same checks
 * A blocked user's messages do not reach the bot (the engine refuses the push and says why) and
 * mass sends skip them; they still follow.
 */
import { RouteTable } from '../../http/route-table'
import type { PlatformContext } from '../../../context/platform-context'
import { authenticate } from '../auth'
import { str } from '../fields'
import { readJsonBody } from '../json-body'
import { openidPage } from '../openid-page'
import type { PlatformOptions } from '../options'
import { OK_BODY, answerError, answerOk } from '../reply'
import { apiRoute } from '../route'
import { answerWhenSaved, readMembers } from './common'

export const BLACKLIST_BATCH_MAX = 20
export const BLACKLIST_PAGE = 1000

export function blacklistRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, audience } = options.state

  apiRoute(ctx, router, 'POST', '/cgi-bin/tags/members/getblacklist', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    // An empty body means "from the start" as much as {} does.
    const raw: unknown = req.body
    const body = !Buffer.isBuffer(raw) || raw.length === 0 ? {} : readJsonBody(ctx, req, res)
    if (!body) return
    const list = audience.blacklist(account.id)
    const page = openidPage(list, str(body, 'begin_openid'), BLACKLIST_PAGE)
    if (!page) {
      answerError(ctx, res, 40003)
      return
    }
    answerOk(res, { total: list.length, ...page })
  })

  for (const [path, blocking] of [
    ['/cgi-bin/tags/members/batchblacklist', true],
    ['/cgi-bin/tags/members/batchunblacklist', false],
  ] as const) {
    apiRoute(ctx, router, 'POST', path, (req, res) => {
      const account = authenticate(ctx, tokens, req, res)
      if (!account) return
      const body = readJsonBody(ctx, req, res)
      if (!body) return
      const members = readMembers(ctx, res, account, body, BLACKLIST_BATCH_MAX)
      if (!members) return
      const openids = members.map((u) => u.openid)
      if (blocking) audience.block(account.id, openids)
      else audience.unblock(account.id, openids)
      answerWhenSaved(ctx, res, audience.save(account.id), OK_BODY)
    })
  }

  return router
}
