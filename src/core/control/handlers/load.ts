/**
 * Load-run commands of the control API (docs/load.md): runLoad answers with the final report when
 * the run ends or is stopped, with `loadProgress` events meanwhile; stopLoad ends a run early;
 * listLoadRuns lists the running and recent runs.
 * PLACEHOLDER: replaced by the load runner (src/core/load/).
 */
import type { Engine } from '../../engine/engine'
import type { PlatformContext } from '../../context/platform-context'
import type { Workspace } from '../../workspace'
import { ControlError } from '../control-error'
import type { Handlers } from '../mount-contract'

export interface LoadHandlerDeps {
  readonly ctx: PlatformContext
  readonly engine: Engine
  readonly workspace: Workspace
}

export function loadHandlers(
  deps: LoadHandlerDeps,
): Pick<Handlers, 'runLoad' | 'stopLoad' | 'listLoadRuns'> {
  void deps
  const missing = () => Promise.reject(new ControlError('not-found', 'load runs are not built yet'))
  return {
    runLoad: missing,
    stopLoad: missing,
    listLoadRuns: () => Promise.resolve({ runs: [] }),
  }
}
