/**
 * What a run's report means for the bot, as data the panel words: did it survive the load under
 * WeChat's rules (every push answered within 5 s, no user shown 该公众号暂时无法提供服务), only
 * thanks to WeChat's retries, or not — and why, where a ramp broke it, what the retries cost.
 */
import type { LoadReport } from '../../../../shared/control/load-schemas'

/** WeChat waits 5 s for each delivery (protocol.md §7.3). */
export const DEADLINE_MS = 5000

/** The run's per-attempt deadline: WeChat's unless the run was given another. */
export function deadlineOf(report: LoadReport): number {
  return report.timeoutMs ?? DEADLINE_MS
}

export type Outcome =
  /** Nothing completed yet (or at all): nothing to judge. */
  | 'nothing'
  /** Every push answered in time at the first attempt; no user saw the error. */
  | 'survived'
  /** No user saw the error, but some pushes were answered only on WeChat's retry. */
  | 'barely'
  /** Users saw 该公众号暂时无法提供服务. */
  | 'failed'

export type Cause = 'timeout' | 'httpError' | 'network' | 'badReply'
const CAUSES: readonly Cause[] = ['timeout', 'httpError', 'network', 'badReply']

export interface Judgement {
  readonly outcome: Outcome
  /** Pushes that ended in the error page. */
  readonly unavailable: number
  /** Non-zero causes, most frequent first. */
  readonly causes: readonly { cause: Cause; count: number }[]
  /** With a ramp: where the 5 s rule broke, or `held` up to rampTo. */
  readonly ramp?: { broke: true; rate: number } | { broke: false; rate: number }
}

export function judge(report: LoadReport): Judgement {
  const unavailable = report.outcomes['service-unavailable']
  const causes = CAUSES.map((cause) => ({ cause, count: report.unavailable[cause] }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
  const outcome: Outcome =
    report.completed === 0
      ? 'nothing'
      : unavailable > 0
        ? 'failed'
        : report.lateReplies > 0 || report.latencyMs.p99 > deadlineOf(report)
          ? 'barely'
          : 'survived'
  const ramp =
    report.rampTo === undefined
      ? undefined
      : report.breakingRate !== undefined
        ? ({ broke: true, rate: report.breakingRate } as const)
        : ({ broke: false, rate: report.rampTo } as const)
  return { outcome, unavailable, causes, ...(ramp ? { ramp } : {}) }
}

/** The first second whose p99 passed the deadline or showed the error (for the chart's marker). */
export function firstBadSecond(report: LoadReport): number | undefined {
  const deadline = deadlineOf(report)
  return report.perSecond.find((s) => s.unavailable > 0 || s.p99 > deadline)?.t
}
