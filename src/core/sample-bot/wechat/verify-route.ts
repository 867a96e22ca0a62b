/**
 * GET /wechat — URL verification (验证服务器地址的有效性, protocol.md §3).
 *
 * When a developer saves the server configuration, WeChat sends
 * `GET url?signature=…&echostr=…&timestamp=…&nonce=…`. The bot checks the signature and answers
 * HTTP 200 with the body **exactly** equal to echostr: no quotes, no JSON, no trailing newline
 * (the journey's Django code did `HttpResponse(echostr)`, which is right). The echostr is plain
 * text in every mode, even when messages are encrypted.
 */
import type { Request, Response } from 'express'
import type { BotAccount } from '../config'
import { requiredParams } from '../http/query'
import { checkQuerySignature } from './check-signature'

export function verifyRoute(account: () => Pick<BotAccount, 'token'>) {
  return function verify(req: Request, res: Response): void {
    // One 400 that lists everything missing, then the signature (403 on a mismatch).
    const { echostr } = requiredParams(req, ['signature', 'echostr', 'timestamp', 'nonce'])
    checkQuerySignature(req, account().token)
    // text/plain: the body is echoed, never interpreted as HTML (echostr comes from the caller).
    res.status(200).type('text/plain; charset=utf-8').send(echostr)
  }
}
