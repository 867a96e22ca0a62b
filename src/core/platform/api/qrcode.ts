/**
 * POST /cgi-bin/qrcode/create (doc "生成带参数的二维码"): answers {ticket, expire_seconds, url}
 * for a temporary code and {ticket, url} for a permanent one [doc]. Quota 100,000/day, 10,000 for
 * a test account (protocol.md §10.8). What a scan of the ticket does lives in qr-scan.ts.
 */
import { RouteTable } from '../http/route-table'
import type { PlatformContext } from '../../context/platform-context'
import { noteAnalysis } from './analysis'
import { authenticate } from './auth'
import { readJsonBody } from './json-body'
import type { PlatformOptions } from './options'
import { parseQrRequest } from './qrcode-request'
import { withinQuota } from './quota'
import { answerError, answerOk } from './reply'
import { apiRoute } from './route'

export function qrcodeRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, quotas, qrcodes } = options.state
  apiRoute(ctx, router, 'POST', '/cgi-bin/qrcode/create', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    if (!withinQuota(ctx, quotas, account, 'qrcode/create', res)) return
    const request = parseQrRequest(body)
    if (!request.ok) {
      noteAnalysis(res, { problem: request.problem })
      answerError(ctx, res, request.errcode)
      return
    }
    const code = qrcodes.create(account.id, request.action, request.scene, request.expireSeconds)
    answerOk(
      res,
      request.expireSeconds === undefined
        ? { ticket: code.ticket, url: code.url }
        : { ticket: code.ticket, expire_seconds: request.expireSeconds, url: code.url },
    )
  })
  return router
}
