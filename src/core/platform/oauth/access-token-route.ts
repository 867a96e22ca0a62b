/**
 * GET /sns/oauth2/access_token?appid&secret&code&grant_type=authorization_code (protocol.md §9.4): the
 * code from the callback becomes a web access_token, a refresh_token and the openid.
 *
 * Checked in this order: appid (41002, 40013), secret (41004, 40125), grant_type (40002), code
 * (41008 missing; 40029 unknown or another app's, 40163 used, 42003 older than 5 minutes).
 * WeChat's own order between these is [unconfirmed]; each answer names one real mistake.
 */
import type { Response } from 'express'
import type { SimUser } from '../../../shared/model/sim-user'
import type { PlatformContext } from '../../context/platform-context'
import type { OauthState } from './oauth-state'
import { answerSnsError, answerSnsOk, noteOauthAnalysis } from './sns-answer'
import { checkApp } from './sns-app'
import type { SnsQuery } from './sns-query'

export function accessTokenRoute(ctx: PlatformContext, state: OauthState) {
  return (query: SnsQuery, res: Response): void => {
    const app = checkApp(ctx, query, true)
    const accountId = app.account?.id
    if (!app.ok) {
      answerSnsError(ctx, res, app.errcode, accountId === undefined ? {} : { accountId })
      return
    }
    if (query('grant_type') !== 'authorization_code') {
      noteOauthAnalysis(res, {
        grantType: query('grant_type') ?? '',
        expected: 'authorization_code',
      })
      answerSnsError(ctx, res, 40002, { accountId })
      return
    }
    const code = query('code')
    if (code === undefined) {
      answerSnsError(ctx, res, 41008, { accountId })
      return
    }
    const redeemed = state.codes.redeem(code, app.account.id)
    if (!redeemed.ok) {
      // Another account's code: say so in the inspector; the bot only sees 40029 as from WeChat.
      if (redeemed.ownerAccountId !== undefined) {
        noteOauthAnalysis(res, { problem: 'code-of-another-account' })
      }
      answerSnsError(ctx, res, redeemed.errcode, { accountId })
      return
    }
    const issued = state.grants.issue(redeemed.authorization)
    const user = ctx.directory.user(issued.openid)
    answerSnsOk(
      res,
      {
        access_token: issued.accessToken,
        expires_in: issued.expiresIn,
        refresh_token: issued.refreshToken,
        openid: issued.openid,
        scope: issued.scope,
        // is_snapshotuser appears only as 1 for snapshot-page users [doc]; mpsim does not model
        // snapshot pages, so it never appears.
        ...unionidField(issued.scope, user),
      },
      { accountId, openid: issued.openid },
    )
  }
}

/**
 * unionid only for snsapi_userinfo and only when the user has one (newer doc; protocol.md §13 chooses
 * this, while noting real snsapi_base answers with unionid exist).
 */
function unionidField(scope: string, user: SimUser | undefined): { unionid?: string } {
  return scope === 'snsapi_userinfo' && user?.unionid ? { unionid: user.unionid } : {}
}
