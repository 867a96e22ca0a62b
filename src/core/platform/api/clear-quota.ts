/**
 * POST /cgi-bin/clear_quota {"appid"} (protocol.md §10.6): resets the account's daily API counters, 10
 * times a month, then 48006 [doc]. The appid must be the calling account's: missing 41002,
 * another 40013 [unconfirmed].
 */
import { RouteTable } from '../http/route-table'
import type { PlatformContext } from '../../context/platform-context'
import { authenticate } from './auth'
import { str } from './fields'
import { readJsonBody } from './json-body'
import type { PlatformOptions } from './options'
import { OK_BODY, answerError, answerOk } from './reply'
import { apiRoute } from './route'

export function clearQuotaRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  apiRoute(ctx, router, 'POST', '/cgi-bin/clear_quota', (req, res) => {
    const account = authenticate(ctx, options.state.tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const appid = str(body, 'appid')
    if (!appid) {
      answerError(ctx, res, 41002)
      return
    }
    if (appid !== account.appId) {
      answerError(ctx, res, 40013)
      return
    }
    if (!options.state.quotas.clear(account.id)) {
      answerError(ctx, res, 48006)
      return
    }
    answerOk(res, OK_BODY)
  })
  return router
}
