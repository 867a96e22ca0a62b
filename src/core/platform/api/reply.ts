/**
 * The two ways a route answers (protocol.md §10, §12): WeChat's error body with HTTP 200, or a success
 * body. Both note the errcode on the Exchange being recorded.
 */
import type { Response } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { noteExchange } from '../http/record-exchange'
import { sendWechatJson, wechatError } from '../http/wechat-json'

/** `{"errcode":N,"errmsg":"… rid: …"}`; `detail` replaces the table text (e.g. 40164's IP). */
export function answerError(
  ctx: PlatformContext,
  res: Response,
  errcode: number,
  detail?: string,
): void {
  noteExchange(res, { errcode })
  sendWechatJson(res, wechatError(errcode, ctx.random, detail))
}

/** Success. Some APIs answer without errcode (token, user/info); `rawJson` keeps int64s exact. */
export function answerOk(res: Response, body: unknown, rawJson?: string): void {
  noteExchange(res, { errcode: 0 })
  sendWechatJson(res, body, rawJson)
}

export const OK_BODY = { errcode: 0, errmsg: 'ok' } as const
