/**
 * One load run through a core's control API, attached or in-process alike: runLoad answers with
 * the final report; meanwhile the core's loadProgress events feed the live line, and Ctrl+C asks
 * the core to stopLoad (the answer is then the partial report). A second Ctrl+C exits at once.
 *
 * The final report is taken from whichever comes first: runLoad's answer, stopLoad's, or the
 * run's last loadProgress event. runLoad is one HTTP request for the whole run, and fetch gives
 * up on an answer after 300 s (undici's headersTimeout): past that, and whenever the request
 * fails, the run is followed by listLoadRuns until it ends; only a core that stops answering
 * altogether is an error (CoreRequestError 'network').
 */
import type { LoadReport, StartLoadInput } from '../../shared/control/load-schemas'
import { CoreRequestError } from '../core-link/control-client'
import type { CoreClient } from '../core-link/control-client'

/** The part of `process` that delivers Ctrl+C. */
export interface SignalSource {
  on(event: 'SIGINT', listener: () => void): unknown
  off(event: 'SIGINT', listener: () => void): unknown
}

export interface RunHooks {
  /** A progress report of this run (about twice a second). */
  readonly onProgress?: (report: LoadReport) => void
  /** The first Ctrl+C: the run is being stopped. */
  readonly onStopping?: () => void
  /** The second Ctrl+C: the command must end now. */
  readonly onAbandon?: () => void
  /** Where Ctrl+C comes from. @default process */
  readonly signals?: SignalSource
  /** How often the run is looked up once runLoad's request is gone. @default 1000 */
  readonly pollMs?: number
}

export interface RunOutcome {
  readonly report: LoadReport
  /** The run was stopped by this command's Ctrl+C. */
  readonly stoppedByYou: boolean
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Follows the run by listLoadRuns until it ends; throws when the core stops answering. */
async function followRun(
  client: CoreClient,
  runId: string,
  pollMs: number,
  ended: () => boolean,
): Promise<LoadReport | undefined> {
  let unseen = 0
  while (!ended()) {
    const { runs } = await client.call('listLoadRuns', {})
    const run = runs.find((r) => r.runId === runId)
    if (run && run.status !== 'running') return run
    // A run the core never heard of (its request lost before it started) will not end.
    if (!run && ++unseen >= 5) {
      throw new CoreRequestError('network', `the core has no load run "${runId}"`)
    }
    await sleep(pollMs)
  }
  return undefined
}

export async function runLoad(
  client: CoreClient,
  input: StartLoadInput & { runId: string },
  hooks: RunHooks = {},
): Promise<RunOutcome> {
  const { runId } = input
  const signals = hooks.signals ?? process
  let settled = false
  let stoppedByYou = false
  let finish: (report: LoadReport) => void = () => undefined
  let fail: (error: unknown) => void = () => undefined
  const final = new Promise<LoadReport>((resolve, reject) => {
    finish = (report) => {
      if (settled) return
      settled = true
      resolve(report)
    }
    fail = (error) => {
      if (settled) return
      settled = true
      reject(error instanceof Error ? error : new Error(String(error)))
    }
  })

  const stopEvents = await client
    .events((event) => {
      if (event.name !== 'loadProgress' || event.data.runId !== runId) return
      if (event.data.report.status === 'running') hooks.onProgress?.(event.data.report)
      else finish(event.data.report)
    })
    // No live line is no reason to fail the run: the report comes with the answer.
    .catch(() => undefined)

  /** stopLoad, again while the core does not know the run yet (Ctrl+C right at the start). */
  const stop = async () => {
    for (let tries = 0; tries < 25 && !settled; tries++) {
      try {
        finish(await client.call('stopLoad', { runId }))
        return
      } catch (error) {
        if (!(error instanceof CoreRequestError) || error.code !== 'not-found') return
        await sleep(200)
      }
    }
  }

  let interrupts = 0
  const onSigint = () => {
    interrupts++
    if (interrupts >= 2) {
      hooks.onAbandon?.()
      return
    }
    stoppedByYou = true
    hooks.onStopping?.()
    void stop()
  }
  signals.on('SIGINT', onSigint)

  client.call('runLoad', input).then(finish, (error: unknown) => {
    if (settled) return
    if (!(error instanceof CoreRequestError) || error.code !== 'network') {
      fail(error)
      return
    }
    followRun(client, runId, hooks.pollMs ?? 1000, () => settled).then((report) => {
      if (report) finish(report)
    }, fail)
  })

  try {
    const report = await final
    return { report, stoppedByYou: stoppedByYou && report.status === 'stopped' }
  } finally {
    signals.off('SIGINT', onSigint)
    stopEvents?.()
  }
}
