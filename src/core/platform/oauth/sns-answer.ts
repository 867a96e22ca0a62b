/**
 * How the /sns endpoints answer (protocol.md §9.4, §12): WeChat's JSON with HTTP 200 for errors too, and
 * what each call learned noted on its Exchange (account, user, errcode, analysis facts).
 */
import type { Response } from 'express'
import type { OauthAnalysis } from '../../../shared/model/exchange'
import type { PlatformContext } from '../../context/platform-context'
import { noteExchange } from '../http/record-exchange'
import { sendWechatJson, wechatError } from '../http/wechat-json'

/** Who the call was about, as far as it got before answering. */
export interface SnsNotes {
  accountId?: string
  openid?: string
}

export function answerSnsError(
  ctx: PlatformContext,
  res: Response,
  errcode: number,
  notes: SnsNotes = {},
): void {
  noteExchange(res, { ...notes, errcode })
  sendWechatJson(res, wechatError(errcode, ctx.random))
}

/** Success; `rawJson` when the body must be written differently from JSON.stringify. */
export function answerSnsOk(res: Response, body: unknown, notes: SnsNotes, rawJson?: string): void {
  noteExchange(res, { ...notes, errcode: 0 })
  sendWechatJson(res, body, rawJson)
}

/** Merges facts (codes, not sentences) into the Exchange's `analysis`. */
export function noteOauthAnalysis(res: Response, facts: OauthAnalysis): void {
  noteExchange(res, { analysis: { ...res.locals.exchangeNotes?.analysis, ...facts } })
}
