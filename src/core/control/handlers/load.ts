/**
 * Load-run commands of the control API (docs/load.md): runLoad answers with the final report when
 * the run ends or is stopped, with `loadProgress` events meanwhile; stopLoad ends a run early and
 * answers its report so far; listLoadRuns lists the running and recent runs.
 */
import type { Engine } from '../../engine/engine'
import { EngineError } from '../../engine/engine'
import type { PlatformContext } from '../../context/platform-context'
import { LoadError, LoadRuns } from '../../load'
import type { Workspace } from '../../workspace'
import { ControlError } from '../control-error'
import type { Handlers } from '../mount-contract'

export interface LoadHandlerDeps {
  readonly ctx: PlatformContext
  readonly engine: Engine
  readonly workspace: Workspace
}

/** A refusal of the runner as the control API answers it. */
function controlError(error: unknown): Error {
  if (error instanceof LoadError) {
    return new ControlError(
      error.code === 'not-found' ? 'not-found' : 'invalid-input',
      error.message,
    )
  }
  if (error instanceof EngineError) return new ControlError('invalid-input', error.message)
  return error instanceof Error ? error : new Error(String(error))
}

export function loadHandlers(
  deps: LoadHandlerDeps,
): Pick<Handlers, 'runLoad' | 'stopLoad' | 'listLoadRuns'> {
  const runs = new LoadRuns({
    engine: deps.engine,
    // The workspace's directory is the context's: transient users are seen by the platform.
    directory: deps.ctx.directory,
    bus: deps.ctx.bus,
    clock: deps.ctx.clock,
  })
  return {
    runLoad: async (input) => {
      let report
      try {
        report = await runs.start(input).finished
      } catch (error) {
        throw controlError(error)
      }
      // The sampled exchanges are on disk when the report arrives, like any push's (a failed
      // write is already a workspace problem; the run itself happened).
      await deps.workspace.exchangeLog.written().catch(() => undefined)
      return report
    },
    stopLoad: ({ runId }) => {
      try {
        return Promise.resolve(runs.stop(runId))
      } catch (error) {
        return Promise.reject(controlError(error))
      }
    },
    listLoadRuns: () => Promise.resolve({ runs: runs.list() }),
  }
}
