/**
 * A suite from exchanges mpsim recorded (the inspector's "build a suite", docs/replay.md): each
 * push becomes a step that sends the same plaintext XML as the same user and expects what the bot
 * did then — the same verdict and reply type and, unless told otherwise, the same reply.
 */
import type { PushExchange } from '../../../shared/model/exchange'
import type { StepExpect, Suite, SuiteStep } from '../../../shared/model/suite'

export interface FromExchangesOptions {
  /** Also assert "same reply as recorded". @default true */
  readonly sameReply?: boolean
}

export function suiteFromExchanges(
  exchanges: readonly PushExchange[],
  name: string,
  options: FromExchangesOptions = {},
): Suite {
  const steps = exchanges.map((exchange) => stepFrom(exchange, options.sameReply ?? true))
  const accountId = exchanges[0]?.accountId
  return {
    version: 1,
    name,
    ...(accountId === undefined ? {} : { account: accountId }),
    steps: steps.length > 0 ? steps : [],
  }
}

function stepFrom(exchange: PushExchange, sameReply: boolean): SuiteStep {
  const recorded = recordedReplyOf(exchange)
  const verdict = exchange.verdict
  const expect: StepExpect = {
    ...(verdict ? { verdict: verdict.outcome } : {}),
    ...(verdict?.outcome === 'reply' ? { replyType: verdict.reply.msgType } : {}),
    ...(sameReply && recorded !== undefined ? { sameReplyAsRecorded: true } : {}),
  }
  return {
    name: `${exchange.title} (${exchange.id})`,
    ...(exchange.openid === undefined ? {} : { user: exchange.openid }),
    send: { xml: exchange.analysis.plainXml },
    ...(recorded === undefined ? {} : { recordedReply: recorded }),
    ...(Object.keys(expect).length > 0 ? { expect } : {}),
  }
}

/**
 * The reply as the bot meant it: the decrypted inner XML of an encrypted envelope, otherwise the
 * last attempt's body. Absent when no attempt was answered (a timeout has nothing to compare).
 */
export function recordedReplyOf(exchange: PushExchange): string | undefined {
  const inner = exchange.verdict?.envelope?.innerXml
  if (inner !== undefined) return inner
  const last = exchange.attempts[exchange.attempts.length - 1]
  return last?.response?.body.text
}
