/**
 * Everything a run counts, in one place, and the LoadReport made from it (docs/load.md "The
 * report"). The run tells it when a message starts and how each push ended; it answers a report
 * at any moment — live progress, a stop, the end.
 */
import type { LoadReport } from '../../shared/control/load-schemas'
import type { PushExchange } from '../../shared/model/exchange'
import type { Arrivals } from './arrivals'
import { BreakingTracker } from './breaking'
import { Latency } from './latency'
import { PerSecond } from './per-second'
import type { LoadPlan } from './plan'
import { pushFacts, Tally } from './tally'

export interface ReportMeta {
  readonly plan: LoadPlan
  readonly startedAt: string
  /** The open model's schedule, to name the rate at the breaking second. */
  readonly arrivals?: Arrivals
}

const round1 = (n: number): number => Math.round(n * 10) / 10

export class RunFigures {
  private readonly tally = new Tally()
  private readonly latency = new Latency()
  private readonly lag = new Latency()
  private readonly perSecond = new PerSecond()
  private readonly breaking: BreakingTracker
  private readonly types = new Map<string, number>()
  private messages = 0
  private completed = 0
  private notStarted = 0

  constructor(deadlineMs: number) {
    this.breaking = new BreakingTracker(deadlineMs)
  }

  /** A message started; `second` is its scheduled second, `lagMs` how late it really started. */
  started(second: number, typeId: string, lagMs: number): void {
    this.messages++
    this.types.set(typeId, (this.types.get(typeId) ?? 0) + 1)
    this.perSecond.offered(second)
    this.breaking.offered(second)
    this.lag.record(Math.max(0, lagMs))
  }

  skipped(): void {
    this.notStarted++
  }

  /**
   * A push of `openid` got its verdict.
   * @param offeredSecond the second it was scheduled in
   * @param settledSecond the second its verdict came in
   */
  settled(
    openid: string,
    exchange: PushExchange,
    latencyMs: number,
    offeredSecond: number,
    settledSecond: number,
  ): void {
    const facts = pushFacts(exchange)
    const unavailable = facts.outcome === 'service-unavailable'
    this.completed++
    this.tally.add(openid, facts)
    this.latency.record(latencyMs)
    this.perSecond.settled(settledSecond, latencyMs, unavailable, facts.retries)
    this.breaking.settled(offeredSecond, latencyMs, unavailable)
  }

  report(
    meta: ReportMeta,
    state: {
      status: LoadReport['status']
      durationMs: number
      recorded: number
      error?: string
      /** Keep only the last this-many seconds (live progress of a long run). */
      lastSeconds?: number
    },
  ): LoadReport {
    const { plan } = meta
    const seconds = state.durationMs / 1000
    const rows = this.perSecond.list(Math.floor(state.durationMs / 1000))
    const broke = plan.rampTo === undefined ? undefined : this.breaking.first()
    const breakingRate =
      broke && meta.arrivals ? round1(meta.arrivals.rateAt((broke.second + 0.5) * 1000)) : undefined
    return {
      runId: plan.runId,
      botUrl: plan.botUrl,
      mode: plan.mode,
      model: plan.model,
      ...(plan.rate === undefined ? {} : { rate: plan.rate }),
      ...(plan.rampTo === undefined ? {} : { rampTo: plan.rampTo }),
      ...(plan.concurrency === undefined ? {} : { concurrency: plan.concurrency }),
      users: plan.users,
      startedAt: meta.startedAt,
      status: state.status,
      messages: this.messages,
      completed: this.completed,
      durationMs: Math.round(state.durationMs),
      throughput: seconds > 0 ? round1(this.completed / seconds) : 0,
      latencyMs: this.latency.figures(),
      outcomes: { ...this.tally.outcomes },
      unavailable: { ...this.tally.unavailable },
      usersAffected: this.tally.usersAffected,
      retries: this.tally.retries,
      duplicates: this.tally.duplicates,
      lateReplies: this.tally.lateReplies,
      ...(breakingRate === undefined || !broke ? {} : { breakingRate, breakingAt: broke.second }),
      recorded: state.recorded,
      perSecond: state.lastSeconds === undefined ? rows : rows.slice(-state.lastSeconds),
      ...(state.error === undefined ? {} : { error: state.error }),
      timeoutMs: plan.timeoutMs,
      types: Object.fromEntries(this.types),
      notStarted: this.notStarted,
      startLagMs: this.lag.figures(),
    }
  }
}
