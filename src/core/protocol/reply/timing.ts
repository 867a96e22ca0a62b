/**
 * The 5-second rule (protocol.md §4.4, §7.3): WeChat drops the connection after 5 s and re-sends the same
 * push, three deliveries in total; whatever arrives late is never read. The deadline is an
 * argument because the settings may run pushes under another limit; the verdict names that one.
 */
import type { ReplyProblem } from '../../../shared/model/reply-problem-codes'
import type { ResponseFacts } from './input'
import { DELIVERY_ATTEMPTS, REPLY_DEADLINE_MS } from './limits'
import { fact, problem } from './problems'

/** The timeout problem, or undefined when the answer came in time. */
export function checkTiming(
  response: ResponseFacts,
  attempts: number = DELIVERY_ATTEMPTS,
  deadlineMs: number = REPLY_DEADLINE_MS,
): ReplyProblem | undefined {
  const late = response.elapsedMs !== undefined && response.elapsedMs > deadlineMs
  if (!response.timedOut && !late) return undefined
  return problem('reply-timeout', {
    ...fact('elapsedMs', response.elapsedMs),
    limitMs: deadlineMs,
    attempts,
  })
}

/** The unreachable-bot problem, or undefined when an HTTP answer arrived. */
export function checkReachable(
  response: ResponseFacts,
  attempts: number = DELIVERY_ATTEMPTS,
): ReplyProblem | undefined {
  if (!response.networkError) return undefined
  return problem('bot-unreachable', {
    network: response.networkError.code,
    message: response.networkError.message,
    attempts,
  })
}
