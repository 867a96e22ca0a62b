/**
 * The access_token + openid pair shared by /sns/userinfo and /sns/auth: 41001 missing token, 40014
 * unknown token (a base /cgi-bin token is unknown here too: the two families are separate, spec
 * §9.4), 42001 expired, 41009 missing openid, 40003 openid of someone else.
 */
import type { Response } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import type { Authorization } from './code-store'
import type { OauthState } from './oauth-state'
import { answerSnsError, noteOauthAnalysis } from './sns-answer'
import type { SnsQuery } from './sns-query'

/** The token's authorization, or undefined after answering the error. */
export function checkSnsToken(
  ctx: PlatformContext,
  state: OauthState,
  query: SnsQuery,
  res: Response,
): Authorization | undefined {
  const token = query('access_token')
  if (token === undefined) {
    answerSnsError(ctx, res, 41001)
    return undefined
  }
  const check = state.grants.check(token)
  if (!check.ok) {
    answerSnsError(ctx, res, check.errcode)
    return undefined
  }
  const { accountId, openid } = check.authorization
  const asked = query('openid')
  if (asked === undefined) {
    answerSnsError(ctx, res, 41009, { accountId })
    return undefined
  }
  if (asked !== openid) {
    noteOauthAnalysis(res, { problem: 'openid-not-token-owner' })
    answerSnsError(ctx, res, 40003, { accountId, openid })
    return undefined
  }
  return check.authorization
}
