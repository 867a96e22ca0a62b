/**
 * GET /cgi-bin/getcallbackip (protocol.md §10.6): {"ip_list":[…]}, no errcode on success [doc]. Real
 * WeChat lists its egress CIDRs; mpsim lists where its pushes really come from (loopback), so a
 * bot that checks the source address of pushes against this list keeps working.
 */
import { RouteTable } from '../http/route-table'
import type { PlatformContext } from '../../context/platform-context'
import { authenticate } from './auth'
import type { PlatformOptions } from './options'
import { answerOk } from './reply'
import { apiRoute } from './route'

export function callbackIpRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const ips = options.callbackIps ?? ['127.0.0.1']
  apiRoute(ctx, router, 'GET', '/cgi-bin/getcallbackip', (req, res) => {
    if (!authenticate(ctx, options.state.tokens, req, res)) return
    answerOk(res, { ip_list: [...ips] })
  })
  return router
}
