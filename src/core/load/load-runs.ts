/**
 * The core's load runs (docs/load.md): the one running, and the last few finished kept in memory
 * for listLoadRuns. One run at a time: two runs against one bot would each measure the other's
 * load, and on one machine they would share the cores that make the pushes.
 */
import type { LoadReport, StartLoadInput } from '../../shared/control/load-schemas'
import { listCatalog } from '../protocol/catalog'
import { randomAlnum, secureRandom } from '../runtime/random'
import { LoadError } from './errors'
import { LoadRun } from './load-run'
import type { LoadRunDeps } from './load-run'
import { planLoad } from './plan'

/** Finished runs kept for listLoadRuns. */
export const KEPT_RUNS = 10

export class LoadRuns {
  private readonly deps: LoadRunDeps
  private current: LoadRun | undefined
  private readonly past: LoadRun[] = []

  constructor(deps: LoadRunDeps) {
    this.deps = deps
  }

  /**
   * Checks the input and starts the run; its `finished` promise answers the final report.
   * @throws LoadError 'invalid-input' for a plan that cannot run, 'busy' while another runs.
   * @throws EngineError for an unknown account.
   */
  start(input: StartLoadInput): LoadRun {
    if (this.current?.running) {
      const id = this.current.plan.runId
      throw new LoadError(
        'busy',
        `load run ${id} is still running on this core: wait for it to end, or stop it (stopLoad ` +
          `with runId "${id}", Ctrl+C in the terminal that started it) / 压测 ${id} 仍在运行：请等待其结束或先停止它`,
      )
    }
    const catalog: readonly string[] = listCatalog().map((e) => e.id)
    const plan = planLoad(input, {
      account: this.deps.engine.account(input.accountId),
      delivery: this.deps.engine.deliverySettings(),
      runId: `load-${randomAlnum(secureRandom, 10)}`,
      knownType: (typeId) => catalog.includes(typeId),
      typeIds: catalog,
    })
    const run = new LoadRun(plan, this.deps)
    this.current = run
    void run.finished.then(() => this.retire(run))
    return run
  }

  /** Stops a running run and answers its report so far; a finished one answers its final report. */
  stop(runId: string): LoadReport {
    const run = this.find(runId)
    if (!run)
      throw new LoadError('not-found', `no load run "${runId}" on this core / 没有压测 ${runId}`)
    return run.stop()
  }

  /** The running run (if any), then the finished ones, newest first. */
  list(): LoadReport[] {
    const running = this.current?.running ? [this.current] : []
    return [...running, ...this.past].map((run) => run.report())
  }

  private find(runId: string): LoadRun | undefined {
    if (this.current?.plan.runId === runId) return this.current
    return this.past.find((run) => run.plan.runId === runId)
  }

  private retire(run: LoadRun): void {
    if (this.current === run) this.current = undefined
    const same = this.past.findIndex((r) => r.plan.runId === run.plan.runId)
    if (same !== -1) this.past.splice(same, 1)
    this.past.unshift(run)
    this.past.length = Math.min(this.past.length, KEPT_RUNS)
  }
}
