/**
 * POST /cgi-bin/stable_token with a JSON body {grant_type, appid, secret, force_refresh} (spec
 * §10.1). Tokens are independent of /cgi-bin/token's; normal mode returns the current one with its
 * remaining expires_in, force_refresh replaces it (20/day → 45009, 30 s apart → 45011) [doc].
 */
import { RouteTable } from '../http/route-table'
import type { PlatformContext } from '../../context/platform-context'
import { noteExchange } from '../http/record-exchange'
import { noteWarnings } from './analysis'
import { checkCredentials } from './credentials'
import { str } from './fields'
import { readJsonBody } from './json-body'
import type { PlatformOptions } from './options'
import { withinQuota } from './quota'
import { answerError, answerOk } from './reply'
import { clientIp } from './request'
import { apiRoute } from './route'

export function stableTokenRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, quotas } = options.state
  apiRoute(ctx, router, 'POST', '/cgi-bin/stable_token', (req, res) => {
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const check = checkCredentials(
      ctx,
      {
        grantType: str(body, 'grant_type'),
        appId: str(body, 'appid'),
        secret: str(body, 'secret'),
      },
      clientIp(req),
    )
    if (check.account) noteExchange(res, { accountId: check.account.id })
    if (!check.ok) {
      answerError(ctx, res, check.errcode, check.detail)
      return
    }
    const force = body.force_refresh
    // Only JSON true forces; "true" as a string is a common slip worth pointing out.
    if (force !== undefined && typeof force !== 'boolean') {
      noteWarnings(res, ['force_refresh-not-boolean'])
    }
    if (!withinQuota(ctx, quotas, check.account, 'stable_token', res)) return
    const token = tokens.stable(check.account.id, force === true)
    if ('errcode' in token) {
      answerError(ctx, res, token.errcode)
      return
    }
    answerOk(res, { access_token: token.value, expires_in: token.expiresIn })
  })
  return router
}
