/**
 * What each settled push adds to the report (docs/load.md "The report"): the outcome named as
 * listExchanges names it, why a user saw 该公众号暂时无法提供服务, retries, late answers and
 * duplicated side effects — read from the same Exchange every other command records.
 */
import type { PushExchange } from '../../shared/model/exchange'
import type { ReplyProblemCode } from '../../shared/model/reply-problem-codes'

export type Outcome = 'reply' | 'no-reply' | 'service-unavailable'
export type UnavailableCause = 'timeout' | 'httpError' | 'network' | 'badReply'

/** The verdict's cause, grouped: anything WeChat refuses in an answer that came is a bad reply. */
const TRANSPORT_CAUSES: Partial<Record<ReplyProblemCode, UnavailableCause>> = {
  'reply-timeout': 'timeout',
  'http-status-not-ok': 'httpError',
  'bot-unreachable': 'network',
}

export function causeGroup(cause: ReplyProblemCode): UnavailableCause {
  return TRANSPORT_CAUSES[cause] ?? 'badReply'
}

export interface PushFacts {
  readonly outcome: Outcome
  readonly cause?: UnavailableCause
  /** Attempts beyond the first. */
  readonly retries: number
  /** Answered (not refused) only on a retry: the first answer was too slow. */
  readonly late: boolean
  /** More than one user-visible answer to one message (the Exchange's dedupe report). */
  readonly duplicate: boolean
}

export function pushFacts(exchange: PushExchange): PushFacts {
  const verdict = exchange.verdict
  const retries = Math.max(0, exchange.attempts.length - 1)
  const duplicate = exchange.analysis.dedupe?.duplicate === true
  // A push always ends with a verdict; without one it cannot have reached the user.
  if (!verdict)
    return { outcome: 'service-unavailable', cause: 'network', retries, late: false, duplicate }
  if (verdict.outcome === 'service-unavailable') {
    return {
      outcome: verdict.outcome,
      cause: causeGroup(verdict.cause),
      retries,
      late: false,
      duplicate,
    }
  }
  // Late: the user was spared the error only because a retry was answered.
  const answered = exchange.attempts.at(-1)?.response !== undefined
  return { outcome: verdict.outcome, retries, late: retries > 0 && answered, duplicate }
}

export class Tally {
  readonly outcomes: Record<Outcome, number> = { reply: 0, 'no-reply': 0, 'service-unavailable': 0 }
  readonly unavailable: Record<UnavailableCause, number> = {
    timeout: 0,
    httpError: 0,
    network: 0,
    badReply: 0,
  }
  private readonly affected = new Set<string>()
  retries = 0
  lateReplies = 0
  duplicates = 0

  add(openid: string, facts: PushFacts): void {
    this.outcomes[facts.outcome]++
    if (facts.cause) {
      this.unavailable[facts.cause]++
      this.affected.add(openid)
    }
    this.retries += facts.retries
    if (facts.late) this.lateReplies++
    if (facts.duplicate) this.duplicates++
  }

  get usersAffected(): number {
    return this.affected.size
  }
}
