/**
 * GET /cgi-bin/token?grant_type=client_credential&appid&secret (protocol.md §10.1). Success is
 * `{"access_token","expires_in":7200}` with no errcode [doc]; each call issues a new token and
 * leaves the previous ones 5 minutes (state/tokens.ts). Quota 2000/day, 200 for a test account.
 */
import { RouteTable } from '../http/route-table'
import type { PlatformContext } from '../../context/platform-context'
import { noteExchange } from '../http/record-exchange'
import { checkCredentials } from './credentials'
import type { PlatformOptions } from './options'
import { withinQuota } from './quota'
import { answerError, answerOk } from './reply'
import { clientIp, queryParam } from './request'
import { apiRoute } from './route'

export function tokenRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, quotas } = options.state
  apiRoute(ctx, router, 'GET', '/cgi-bin/token', (req, res) => {
    const check = checkCredentials(
      ctx,
      {
        grantType: queryParam(req, 'grant_type'),
        appId: queryParam(req, 'appid'),
        secret: queryParam(req, 'secret'),
      },
      clientIp(req),
    )
    if (check.account) noteExchange(res, { accountId: check.account.id })
    if (!check.ok) {
      answerError(ctx, res, check.errcode, check.detail)
      return
    }
    if (!withinQuota(ctx, quotas, check.account, 'token', res)) return
    const token = tokens.issue(check.account.id)
    answerOk(res, { access_token: token.value, expires_in: token.expiresIn })
  })
  return router
}
