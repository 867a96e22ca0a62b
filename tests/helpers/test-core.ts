/**
 * A real core as the integration tests start one: the node host, every server on a free port of
 * 127.0.0.1 (port 0), so test files running side by side never collide.
 */
import type { RunDeps } from '../../src/core/replay/run'
import { createSimClock } from '../../src/core/runtime/clock'
import { startCore } from '../../src/core/start-core'
import type { RunningCore, StartCoreOptions } from '../../src/core/start-core'

export type TestCoreOptions = Omit<
  StartCoreOptions,
  'host' | 'version' | 'controlPort' | 'platformPort' | 'botPort'
>

export function startTestCore(options: TestCoreOptions = {}): Promise<RunningCore> {
  return startCore({
    host: 'node',
    version: 'test',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    ...options,
  })
}

/** What the replay runner needs, taken from a running core, with a simulated clock of its own. */
export function runDepsOf(core: RunningCore): RunDeps {
  return {
    engine: core.engine,
    bus: core.bus,
    directory: core.workspace.directory,
    clock: createSimClock(),
  }
}
