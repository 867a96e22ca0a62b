/**
 * POST /cgi-bin/user/info/updateremark {openid, remark} (docs/api-audience.md; WeChat's
 * 设置用户备注名 [doc]): the remark user/info shows. The doc says "less than 30 characters" without
 * naming an errcode; mpsim accepts up to 30 characters and answers 40092 above [unconfirmed]. An
 * empty remark clears it. Unknown openid 40003, missing 41009, another account's 40003
 * (openids are per account, as user/info answers).
 */
import { RouteTable } from '../../http/route-table'
import type { PlatformContext } from '../../../context/platform-context'
import { noteExchange } from '../../http/record-exchange'
import { authenticate } from '../auth'
import { str } from '../fields'
import { readJsonBody } from '../json-body'
import type { PlatformOptions } from '../options'
import { OK_BODY, answerError, answerOk } from '../reply'
import { apiRoute } from '../route'
import { lookupUser } from '../users'

export const REMARK_MAX_CHARS = 30

export function remarkRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens } = options.state
  apiRoute(ctx, router, 'POST', '/cgi-bin/user/info/updateremark', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const openid = str(body, 'openid')
    if (openid) noteExchange(res, { openid })
    const found = lookupUser(ctx, account, openid)
    if (!found.ok) {
      answerError(ctx, res, found.errcode)
      return
    }
    const remark = str(body, 'remark')
    if (remark === undefined) {
      answerError(ctx, res, 47001)
      return
    }
    // Characters, not bytes: the doc counts 字符 here, unlike tag names (30 bytes).
    if ([...remark].length > REMARK_MAX_CHARS) {
      answerError(ctx, res, 40092)
      return
    }
    ctx.directory.putUser({ ...found.user, remark })
    answerOk(res, OK_BODY)
  })
  return router
}
