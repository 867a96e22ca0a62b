/**
 * One load run (docs/load.md): simulated users put on the account, a driver starting messages
 * (open or closed model), every message a real push through Engine.send — signed, encrypted,
 * deadline, retries, verdict — counted in RunFigures, a sample recorded in the exchange log, and
 * `loadProgress` published about twice a second. The run ends when its schedule is done and every
 * push has its verdict, or when stopped: then the report is the figures as they stood, and the
 * pushes still in flight finish in the background, uncounted.
 */
import type { LoadReport } from '../../shared/control/load-schemas'
import type { PushValues } from '../../shared/model/catalog-types'
import type { Directory } from '../context/directory'
import type { Engine } from '../engine/engine'
import type { Clock } from '../runtime/clock'
import type { EventBus } from '../runtime/event-bus'
import { secureRandom, seededRandom } from '../runtime/random'
import type { Random } from '../runtime/random'
import { arrivals } from './arrivals'
import type { Arrivals } from './arrivals'
import { startClosedDriver } from './closed-driver'
import { realTime } from './driver'
import type { Driver, DriverClock } from './driver'
import { RunFigures } from './figures'
import { createMix } from './mix'
import { startOpenDriver } from './open-driver'
import type { LoadPlan } from './plan'
import { pushValueSource } from './push-values'
import type { PushValueSource } from './push-values'
import { createSampler } from './sampler'
import type { Sampler } from './sampler'
import { createSimUsers } from './sim-users'
import type { SimUsers } from './sim-users'

export interface LoadRunDeps {
  readonly engine: Engine
  readonly directory: Directory
  readonly bus: EventBus
  /** The simulated clock (follow times); the run's own timing is real time. */
  readonly clock: Clock
  readonly driverClock?: DriverClock
  /** @default 500 */
  readonly progressEveryMs?: number
  /** @default MAX_IN_FLIGHT */
  readonly maxInFlight?: number
}

/** Pushes in flight at most: beyond it the machine, not the bot, would be measured. */
export const MAX_IN_FLIGHT = 10_000
/** Live progress carries the last ten minutes of rows; the final report has them all. */
const PROGRESS_SECONDS = 600
const MEDIA_TYPES = ['image', 'voice', 'video', 'shortvideo']
const FOLLOW_CHANGES = new Set(['event.subscribe', 'event.subscribe.qrscene', 'event.unsubscribe'])

type Ending = { status: 'stopped' } | { status: 'failed'; error: string } | { status: 'finished' }

export class LoadRun {
  readonly plan: LoadPlan
  /** The final report, once the run ended (finished, stopped or failed). */
  readonly finished: Promise<LoadReport>
  private readonly deps: LoadRunDeps
  private readonly clock: DriverClock
  private readonly figures: RunFigures
  private readonly sampler: Sampler
  private readonly startedAt = new Date().toISOString()
  private arrivals: Arrivals | undefined
  private t0: number
  private inFlight = 0
  private lastSettled = 0
  private driver: Driver | undefined
  private final: LoadReport | undefined
  private resolveFinal: (report: LoadReport) => void = () => undefined
  private readonly drainWaiters: (() => void)[] = []
  private removeUsers: () => void = () => undefined

  constructor(plan: LoadPlan, deps: LoadRunDeps) {
    this.plan = plan
    this.deps = deps
    this.clock = deps.driverClock ?? realTime
    this.figures = new RunFigures(plan.timeoutMs)
    this.sampler = createSampler(plan.recordPerSecond, plan.recordOneIn)
    this.t0 = this.clock.now()
    this.finished = new Promise((resolve) => {
      this.resolveFinal = resolve
    })
    void this.run()
  }

  /** The report as it stands (the final one once the run ended). */
  report(): LoadReport {
    return this.final ?? this.snapshot({ status: 'running' })
  }

  get running(): boolean {
    return this.final === undefined
  }

  /** Ends the run now: the report so far, status 'stopped'. */
  stop(): LoadReport {
    return this.end({ status: 'stopped' })
  }

  private async run(): Promise<void> {
    const { plan, deps } = this
    const randoms = runRandoms(plan.seed)
    let users: SimUsers
    let values: PushValueSource
    try {
      const mix = createMix(plan.mix)
      users = createSimUsers({
        count: plan.users,
        accountId: plan.accountId,
        mix,
        random: randoms.users,
        nowSeconds: () => deps.clock.nowSeconds(),
      })
      this.removeUsers = deps.directory.addTransientUsers(users.all)
      values = pushValueSource(await this.mediaSamples(mix.entries.map((e) => e.typeId)))
    } catch (error) {
      this.end({ status: 'failed', error: messageOf(error) })
      this.removeUsers()
      return
    }
    if (this.final) return // stopped while the samples were being stored
    const progress = setInterval(() => this.publish(), deps.progressEveryMs ?? 500)
    progress.unref()
    this.t0 = this.clock.now()
    const launch = (scheduledAt: number) =>
      this.launch(scheduledAt, users, values, randoms.messages)
    if (plan.model === 'open') {
      this.arrivals = arrivals({
        rate: plan.rate ?? 1,
        ...(plan.rampTo === undefined ? {} : { rampTo: plan.rampTo }),
        ...(plan.durationMs === undefined ? {} : { durationMs: plan.durationMs }),
        ...(plan.messages === undefined ? {} : { messages: plan.messages }),
      })
      this.driver = startOpenDriver({
        arrivals: this.arrivals,
        launch,
        clock: this.clock,
        maxInFlight: deps.maxInFlight ?? MAX_IN_FLIGHT,
        inFlight: () => this.inFlight,
        onSkipped: () => this.figures.skipped(),
      })
    } else {
      this.driver = startClosedDriver({
        concurrency: plan.concurrency ?? 1,
        ...(plan.durationMs === undefined ? {} : { durationMs: plan.durationMs }),
        ...(plan.messages === undefined ? {} : { messages: plan.messages }),
        launch,
        clock: this.clock,
      })
    }
    await this.driver.done
    await this.allSettled()
    clearInterval(progress)
    this.end({ status: 'finished' })
    this.removeUsers()
  }

  /** One message: who, what, recorded or not; then its push, counted when it settles. */
  private async launch(
    scheduledAt: number,
    users: SimUsers,
    values: PushValueSource,
    random: Random,
  ): Promise<void> {
    if (this.final) return
    const { plan, deps } = this
    const now = this.clock.now()
    const offeredSecond = Math.max(0, Math.floor((scheduledAt - this.t0) / 1000))
    const message = users.next(random)
    // The user follows or leaves before WeChat pushes it (user/info must already say so).
    if (FOLLOW_CHANGES.has(message.typeId)) deps.directory.putUser(users.current(message.index))
    const given = values.valuesFor(message.typeId, random)
    const record = this.sampler.take(scheduledAt - this.t0)
    this.figures.started(offeredSecond, message.typeId, now - scheduledAt)
    this.inFlight++
    try {
      const exchange = await deps.engine.send({
        accountId: plan.accountId,
        openid: message.openid,
        typeId: message.typeId,
        ...(given ? { values: given } : {}),
        mode: plan.mode,
        botUrl: plan.botUrl,
        timeoutMs: plan.timeoutMs,
        attempts: plan.attempts,
        record,
      })
      if (this.final) return
      const settledAt = this.clock.now()
      this.lastSettled = settledAt
      this.figures.settled(
        message.openid,
        exchange,
        settledAt - scheduledAt,
        offeredSecond,
        Math.max(0, Math.floor((settledAt - this.t0) / 1000)),
      )
    } catch (error) {
      // Engine.send refuses only what mpsim got wrong (the bot's failures are verdicts): say so.
      this.end({ status: 'failed', error: `a push could not be sent: ${messageOf(error)}` })
    } finally {
      this.inFlight--
      if (this.inFlight === 0) this.drainWaiters.splice(0).forEach((resolve) => resolve())
    }
  }

  /** One stored sample per media type of the mix (push-values.ts). */
  private async mediaSamples(typeIds: readonly string[]): Promise<Map<string, PushValues>> {
    const samples = new Map<string, PushValues>()
    for (const typeId of typeIds.filter((t) => MEDIA_TYPES.includes(t))) {
      const values = await this.deps.engine.sampleMediaValues(this.plan.accountId, typeId)
      if (values) samples.set(typeId, values)
    }
    return samples
  }

  private allSettled(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve()
    return new Promise((resolve) => this.drainWaiters.push(resolve))
  }

  private end(ending: Ending): LoadReport {
    if (this.final) return this.final
    this.driver?.stop()
    const report = this.snapshot(ending)
    this.final = report
    this.deps.bus.emit('loadProgress', { runId: this.plan.runId, report })
    this.resolveFinal(report)
    if (ending.status !== 'finished') {
      // The pushes in flight still reach the bot; its users leave once they have their verdicts.
      void this.allSettled().then(() => this.removeUsers())
    }
    return report
  }

  private snapshot(ending: Ending | { status: 'running' }, lastSeconds?: number): LoadReport {
    const now = this.clock.now()
    // A finished run lasted until its last verdict; a running or stopped one until now.
    const end = ending.status === 'finished' ? Math.max(this.lastSettled, this.t0) : now
    return this.figures.report(
      {
        plan: this.plan,
        startedAt: this.startedAt,
        ...(this.arrivals ? { arrivals: this.arrivals } : {}),
      },
      {
        status: ending.status,
        durationMs: end - this.t0,
        recorded: this.sampler.recorded,
        ...(ending.status === 'failed' ? { error: ending.error } : {}),
        ...(lastSeconds === undefined ? {} : { lastSeconds }),
      },
    )
  }

  private publish(): void {
    if (this.final) return
    const report = this.snapshot({ status: 'running' }, PROGRESS_SECONDS)
    this.deps.bus.emit('loadProgress', { runId: this.plan.runId, report })
  }
}

/** Separate streams, so the users of a seed stay the same whatever the mix draws. */
function runRandoms(seed: string | undefined): { users: Random; messages: Random } {
  if (seed === undefined) return { users: secureRandom, messages: secureRandom }
  return {
    users: seededRandom(`load:${seed}:users`),
    messages: seededRandom(`load:${seed}:messages`),
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
