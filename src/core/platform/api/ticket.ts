/**
 * GET /cgi-bin/ticket/getticket?type=jsapi (protocol.md §10.6, §11): {"errcode":0,"errmsg":"ok",
 * "ticket","expires_in":7200} [doc]; the same ticket while valid (state/tickets.ts). `wx_card`
 * tickets work the same way; any other type answers 40097 "invalid args" [unconfirmed].
 */
import { RouteTable } from '../http/route-table'
import type { PlatformContext } from '../../context/platform-context'
import { authenticate } from './auth'
import type { PlatformOptions } from './options'
import { answerError, answerOk } from './reply'
import { queryParam } from './request'
import { apiRoute } from './route'

export function ticketRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  apiRoute(ctx, router, 'GET', '/cgi-bin/ticket/getticket', (req, res) => {
    const account = authenticate(ctx, options.state.tokens, req, res)
    if (!account) return
    const type = queryParam(req, 'type')
    if (type !== 'jsapi' && type !== 'wx_card') {
      answerError(ctx, res, 40097)
      return
    }
    const { ticket, expiresIn } = options.state.tickets.current(account.id, type)
    answerOk(res, { errcode: 0, errmsg: 'ok', ticket, expires_in: expiresIn })
  })
  return router
}
