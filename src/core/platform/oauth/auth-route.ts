/**
 * GET /sns/auth?access_token&openid (protocol.md §9.4): is this web access_token still good for this
 * user? `{"errcode":0,"errmsg":"ok"}`, or 41001 / 40014 / 42001 for the token, 41009 / 40003 for
 * the openid.
 */
import type { Response } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import type { OauthState } from './oauth-state'
import { answerSnsOk } from './sns-answer'
import type { SnsQuery } from './sns-query'
import { checkSnsToken } from './sns-token'

export function authRoute(ctx: PlatformContext, state: OauthState) {
  return (query: SnsQuery, res: Response): void => {
    const checked = checkSnsToken(ctx, state, query, res)
    if (!checked) return
    answerSnsOk(
      res,
      { errcode: 0, errmsg: 'ok' },
      { accountId: checked.accountId, openid: checked.openid },
    )
  }
}
