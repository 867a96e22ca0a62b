/**
 * The access_token check every /cgi-bin API but token/stable_token starts with (protocol.md §10.7):
 * 41001 when missing, 40014 when it cannot be a token, 40001 when superseded or revoked, 42001
 * when past its 7200 s. On success the account is noted on the Exchange.
 */
import type { Request, Response } from 'express'
import type { Account } from '../../../shared/model/account'
import type { PlatformContext } from '../../context/platform-context'
import { noteExchange } from '../http/record-exchange'
import type { TokenStore } from '../state/tokens'
import { answerError } from './reply'
import { queryParam } from './request'

/** The calling account, or undefined after answering the error. */
export function authenticate(
  ctx: PlatformContext,
  tokens: TokenStore,
  req: Request,
  res: Response,
): Account | undefined {
  const token = queryParam(req, 'access_token')
  if (!token) {
    answerError(ctx, res, 41001)
    return undefined
  }
  const check = tokens.check(token)
  const account = check.ok ? ctx.directory.account(check.accountId) : undefined
  if (!check.ok || !account) {
    // An account removed from the workspace leaves its tokens dangling: treat them as revoked.
    answerError(ctx, res, check.ok ? 40001 : check.errcode)
    return undefined
  }
  noteExchange(res, { accountId: account.id })
  return account
}
