/**
 * How `mpsim load` follows a run on a core (src/cli/load/run.ts), with a core faked at the
 * control-client boundary: progress from this run's loadProgress events only; the final report
 * from runLoad; Ctrl+C → stopLoad and the partial report; a second Ctrl+C abandons; a runLoad
 * request lost in transit (fetch gives up after 300 s) → the run followed by listLoadRuns.
 */
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { CoreRequestError } from '../../../../src/cli/core-link/control-client'
import type { CoreClient } from '../../../../src/cli/core-link/control-client'
import { runLoad } from '../../../../src/cli/load/run'
import type { CoreEvent } from '../../../../src/shared/control/events'
import type { LoadReport } from '../../../../src/shared/control/load-schemas'
import { report } from './reports'

interface FakeCore {
  client: CoreClient
  emit(runId: string, r: LoadReport): void
  calls: string[]
  finishRun(r: LoadReport): void
  failRun(error: Error): void
  runs: LoadReport[]
  stopAnswer: () => Promise<LoadReport>
  eventsClosed: boolean
}

function fakeCore(): FakeCore {
  let listener: ((e: CoreEvent) => void) | undefined
  let resolveRun: (r: LoadReport) => void = () => undefined
  let rejectRun: (e: Error) => void = () => undefined
  const core: FakeCore = {
    calls: [],
    runs: [],
    eventsClosed: false,
    emit: (runId, r) => listener?.({ name: 'loadProgress', data: { runId, report: r } }),
    finishRun: (r) => resolveRun(r),
    failRun: (e) => rejectRun(e),
    stopAnswer: () => Promise.resolve(report({ status: 'stopped', runId: 'r1' })),
    client: {
      events: (onEvent) => {
        listener = onEvent
        return Promise.resolve(() => {
          core.eventsClosed = true
        })
      },
      call: ((name: string) => {
        core.calls.push(name)
        if (name === 'runLoad') {
          return new Promise<LoadReport>((resolve, reject) => {
            resolveRun = resolve
            rejectRun = reject
          })
        }
        if (name === 'stopLoad') return core.stopAnswer()
        if (name === 'listLoadRuns') return Promise.resolve({ runs: core.runs })
        return Promise.reject(new Error(`unexpected ${name}`))
      }) as CoreClient['call'],
    },
  }
  return core
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))
const INPUT = { runId: 'r1', rate: 50, durationMs: 1000 }

describe('runLoad (CLI)', () => {
  it('forwards this run’s progress and answers with runLoad’s report', async () => {
    const core = fakeCore()
    const signals = new EventEmitter()
    const seen: number[] = []
    const running = runLoad(core.client, INPUT, {
      signals,
      onProgress: (r) => seen.push(r.messages),
    })
    await tick()
    core.emit('r1', report({ status: 'running', messages: 10 }))
    core.emit('other-run', report({ status: 'running', messages: 99 }))
    core.emit('r1', report({ status: 'running', messages: 20 }))
    core.finishRun(report({ runId: 'r1' }))
    const outcome = await running
    expect(seen).toEqual([10, 20])
    expect(outcome.report.status).toBe('finished')
    expect(outcome.stoppedByYou).toBe(false)
    expect(signals.listenerCount('SIGINT')).toBe(0)
    expect(core.eventsClosed).toBe(true)
  })

  it('Ctrl+C: stopLoad, the partial report, marked as stopped by you', async () => {
    const core = fakeCore()
    const signals = new EventEmitter()
    let stopping = 0
    const running = runLoad(core.client, INPUT, { signals, onStopping: () => stopping++ })
    await tick()
    signals.emit('SIGINT')
    const outcome = await running
    expect(core.calls).toEqual(['runLoad', 'stopLoad'])
    expect(stopping).toBe(1)
    expect(outcome.report.status).toBe('stopped')
    expect(outcome.stoppedByYou).toBe(true)
  })

  it('Ctrl+C before the core knows the run: stopLoad again until it does', async () => {
    const core = fakeCore()
    let tries = 0
    core.stopAnswer = () =>
      ++tries < 3
        ? Promise.reject(new CoreRequestError('not-found', 'no such run'))
        : Promise.resolve(report({ status: 'stopped' }))
    const signals = new EventEmitter()
    const running = runLoad(core.client, INPUT, { signals })
    await tick()
    signals.emit('SIGINT')
    expect((await running).report.status).toBe('stopped')
    expect(tries).toBe(3)
  })

  it('a second Ctrl+C abandons the run at once', async () => {
    const core = fakeCore()
    core.stopAnswer = () => new Promise(() => undefined)
    const signals = new EventEmitter()
    let abandoned = 0
    void runLoad(core.client, INPUT, { signals, onAbandon: () => abandoned++ })
    await tick()
    signals.emit('SIGINT')
    signals.emit('SIGINT')
    expect(abandoned).toBe(1)
  })

  it('a stop from elsewhere (the app): the run’s last event ends it, not marked as yours', async () => {
    const core = fakeCore()
    const running = runLoad(core.client, INPUT, { signals: new EventEmitter() })
    await tick()
    core.emit('r1', report({ status: 'stopped' }))
    const outcome = await running
    expect(outcome.report.status).toBe('stopped')
    expect(outcome.stoppedByYou).toBe(false)
  })

  it('runLoad’s request lost in transit: the run is followed by listLoadRuns until it ends', async () => {
    const core = fakeCore()
    const running = runLoad(core.client, INPUT, { signals: new EventEmitter(), pollMs: 5 })
    await tick()
    core.runs = [report({ runId: 'r1', status: 'running' })]
    core.failRun(new CoreRequestError('network', 'fetch failed'))
    await tick()
    core.runs = [report({ runId: 'r1', status: 'finished', messages: 42 })]
    const outcome = await running
    expect(outcome.report.messages).toBe(42)
    expect(core.calls.filter((c) => c === 'listLoadRuns').length).toBeGreaterThanOrEqual(1)
  })

  it('a refusal of the input is the caller’s to report', async () => {
    const core = fakeCore()
    const running = runLoad(core.client, INPUT, { signals: new EventEmitter() })
    await tick()
    core.failRun(new CoreRequestError('invalid-input', 'mix names "x"'))
    await expect(running).rejects.toThrow('mix names "x"')
  })
})
