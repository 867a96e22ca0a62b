/**
 * The one judgement of a load report that the headline, the advice and the exit code all read, so
 * they can never disagree: did the bot hold the rate under WeChat's rules?
 * - `unreachable`: no push got any answer — every one refused, reset or unanswered in time.
 * - `unavailable`: some users saw 该公众号暂时无法提供服务.
 * - `slow`: nobody saw the error, but p99 passed the deadline: WeChat retried, replies came late.
 * - `kept-up`: nobody saw the error and p99 stayed within the deadline.
 * - `empty`: no push settled (stopped before the first verdict), nothing to judge.
 */
import type { LoadReport } from '../../shared/control/load-schemas'

export type Assessment = 'kept-up' | 'slow' | 'unavailable' | 'unreachable' | 'empty'

export function assess(report: LoadReport, deadlineMs: number): Assessment {
  if (report.completed === 0) return 'empty'
  const answered = report.outcomes.reply + report.outcomes['no-reply']
  const { timeout, network } = report.unavailable
  if (answered === 0 && timeout + network === report.outcomes['service-unavailable']) {
    return 'unreachable'
  }
  if (report.outcomes['service-unavailable'] > 0) return 'unavailable'
  if (report.latencyMs.p99 > deadlineMs) return 'slow'
  return 'kept-up'
}
