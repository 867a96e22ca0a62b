/** The facts of one delivery the assertions read (assertions.ts), taken from its Exchange. */
import type { Account } from '../../../shared/model/account'
import type { PushExchange } from '../../../shared/model/exchange'
import { decryptMessage } from '../../protocol/message-crypto'
import { recordedReplyOf } from '../suite/from-exchanges'
import type { ObservedApiCall, StepFacts } from './assertions'

export function stepFacts(
  exchange: PushExchange,
  apiCalls: readonly ObservedApiCall[],
  recordedReply: string | undefined,
): StepFacts {
  const first = exchange.attempts[0]
  const verdict = exchange.verdict
  const replyText = recordedReplyOf(exchange)
  return {
    outcome: verdict?.outcome,
    ...(verdict?.outcome === 'reply' ? { replyType: verdict.reply.msgType } : {}),
    ...(replyText === undefined ? {} : { replyText }),
    attempts: exchange.attempts.length,
    firstAttemptMs: first?.durationMs ?? 0,
    firstAttemptAnswered: first?.response !== undefined && first.error === undefined,
    apiCalls,
    ...(recordedReply === undefined ? {} : { recordedReply }),
  }
}

/** Network failures that mean nothing listens there — not a slow bot, a wrong URL (CLI exit 3). */
const UNREACHABLE = new Set(['connection-refused', 'dns'])

export function unreachableReason(exchange: PushExchange): string | undefined {
  const errors = exchange.attempts.map((a) => a.error)
  if (errors.length === 0 || !errors.every((e) => e !== undefined && UNREACHABLE.has(e.code))) {
    return undefined
  }
  const url = exchange.attempts[0]?.request.url ?? ''
  return `the bot could not be reached at ${url.split('?')[0] ?? url}: ${errors[0]?.message ?? ''}`
}

/**
 * A recorded reply captured encrypted (a HAR of a safe-mode bot) is opened with the account's
 * keys, so it compares with the bot's plaintext answer; left as it is when no key opens it.
 */
export function plainRecordedReply(text: string, account: Account): string {
  const encrypt = /<Encrypt>\s*(?:<!\[CDATA\[)?([A-Za-z0-9+/=]+)/.exec(text)?.[1]
  if (encrypt === undefined) return text
  for (const key of [account.encodingAesKey, account.previousEncodingAesKey]) {
    if (!key) continue
    try {
      return decryptMessage({ encrypt, encodingAesKey: key, expectedAppId: account.appId }).message
    } catch {
      // the next key, or the text as it is
    }
  }
  return text
}
