/**
 * Any other /cgi-bin or /sns path. Real WeChat answers a wrong API path with HTTP 200
 * {"errcode":40066,"errmsg":"invalid url …"} (wechatpy #289 and #121 [wire]; the global code
 * table: "check the API URL against the docs" [doc]). mpsim simulates only part of the API, so the
 * answer also names the path in an extra `mpsim_hint` field: the bot may be calling a real API
 * mpsim does not cover. SDKs read only errcode/errmsg, so the extra field is harmless.
 */
import type { RequestHandler } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { noteExchange } from '../http/record-exchange'
import { sendWechatJson, wechatError } from '../http/wechat-json'
import { noteAnalysis } from './analysis'
import type { PlatformOptions } from './options'
import { queryParam } from './request'

export function unknownApi(ctx: PlatformContext, options: PlatformOptions): RequestHandler {
  return (req, res) => {
    const path = req.originalUrl.split('?')[0] ?? ''
    const token = queryParam(req, 'access_token')
    const check = token ? options.state.tokens.check(token) : undefined
    if (check?.ok) noteExchange(res, { accountId: check.accountId })
    noteExchange(res, { errcode: 40066 })
    noteAnalysis(res, { problem: 'unknown-api' })
    sendWechatJson(res, {
      ...wechatError(40066, ctx.random),
      mpsim_hint: `mpsim does not simulate ${req.method} ${path}`,
    })
  }
}
