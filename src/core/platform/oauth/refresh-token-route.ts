/**
 * GET /sns/oauth2/refresh_token?appid&grant_type=refresh_token&refresh_token (protocol.md §9.4). No
 * secret: the refresh_token is the credential. Answers appid (41002, 40013), grant_type (40002),
 * refresh_token (41003 missing, 40030 unknown or another app's, 42002 older than 30 days).
 * The access_token is renewed or replaced as grant-store.ts describes.
 */
import type { Response } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import type { OauthState } from './oauth-state'
import { answerSnsError, answerSnsOk, noteOauthAnalysis } from './sns-answer'
import { checkApp } from './sns-app'
import type { SnsQuery } from './sns-query'

export function refreshTokenRoute(ctx: PlatformContext, state: OauthState) {
  return (query: SnsQuery, res: Response): void => {
    const app = checkApp(ctx, query, false)
    if (!app.ok) {
      answerSnsError(ctx, res, app.errcode)
      return
    }
    const accountId = app.account.id
    if (query('grant_type') !== 'refresh_token') {
      noteOauthAnalysis(res, { grantType: query('grant_type') ?? '', expected: 'refresh_token' })
      answerSnsError(ctx, res, 40002, { accountId })
      return
    }
    const refreshToken = query('refresh_token')
    if (refreshToken === undefined) {
      answerSnsError(ctx, res, 41003, { accountId })
      return
    }
    const result = state.grants.refresh(refreshToken, accountId)
    if (!result.ok) {
      answerSnsError(ctx, res, result.errcode, { accountId })
      return
    }
    const { issued } = result
    answerSnsOk(
      res,
      {
        access_token: issued.accessToken,
        expires_in: issued.expiresIn,
        refresh_token: issued.refreshToken,
        openid: issued.openid,
        // [wire] one real answer shows a comma list (`snsapi_base,snsapi_userinfo,`) for a user
        // who granted both over time; mpsim keeps one grant per code and returns its scope.
        scope: issued.scope,
      },
      { accountId, openid: issued.openid },
    )
  }
}
