/**
 * GET /cgi-bin/user/info?openid&lang and POST /cgi-bin/user/info/batchget (protocol.md §10.2).
 * batchget takes {"user_list":[{"openid","lang"}]}, 1–100 entries (40032 otherwise) and answers
 * {"user_info_list":[…]}; one unknown openid fails the whole call with 40003 [unconfirmed].
 * Both count against the user/info quota, one per call.
 */
import { RouteTable } from '../http/route-table'
import type { SimUser } from '../../../shared/model/sim-user'
import type { PlatformContext } from '../../context/platform-context'
import { noteExchange } from '../http/record-exchange'
import { authenticate } from './auth'
import { arr, isObject, str } from './fields'
import { readJsonBody } from './json-body'
import type { PlatformOptions } from './options'
import { withinQuota } from './quota'
import { answerError, answerOk } from './reply'
import { queryParam } from './request'
import { apiRoute } from './route'
import { lookupUser, userInfoBody } from './users'

const BATCH_MAX = 100

export function userInfoRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, quotas } = options.state

  apiRoute(ctx, router, 'GET', '/cgi-bin/user/info', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const openid = queryParam(req, 'openid')
    if (openid) noteExchange(res, { openid })
    if (!withinQuota(ctx, quotas, account, 'user/info', res)) return
    const found = lookupUser(ctx, account, openid)
    if (!found.ok) {
      answerError(ctx, res, found.errcode)
      return
    }
    answerOk(res, userInfoBody(found.user))
  })

  apiRoute(ctx, router, 'POST', '/cgi-bin/user/info/batchget', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const list = arr(body, 'user_list')
    if (!list) {
      answerError(ctx, res, 47001)
      return
    }
    if (list.length === 0 || list.length > BATCH_MAX) {
      answerError(ctx, res, 40032)
      return
    }
    if (!withinQuota(ctx, quotas, account, 'user/info', res)) return
    const users: SimUser[] = []
    for (const entry of list) {
      const found = lookupUser(ctx, account, isObject(entry) ? str(entry, 'openid') : undefined)
      if (!found.ok) {
        answerError(ctx, res, 40003)
        return
      }
      users.push(found.user)
    }
    answerOk(res, { user_info_list: users.map(userInfoBody) })
  })

  return router
}
