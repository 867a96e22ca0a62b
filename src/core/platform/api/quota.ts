/** Counts one call against the account's daily quota, answering 45009 when spent (protocol.md §10.8). */
import type { Response } from 'express'
import type { Account } from '../../../shared/model/account'
import type { PlatformContext } from '../../context/platform-context'
import type { QuotaApi, QuotaCounter } from '../state/quotas'
import { answerError } from './reply'

export function withinQuota(
  ctx: PlatformContext,
  quotas: QuotaCounter,
  account: Account,
  api: QuotaApi,
  res: Response,
): boolean {
  if (quotas.take(account, api)) return true
  answerError(ctx, res, 45009)
  return false
}
