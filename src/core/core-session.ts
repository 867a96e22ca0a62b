/**
 * A running core that can move to another workspace folder (File › Open workspace, or the control
 * API's openWorkspace): the core is stopped and started again on the new folder with the same
 * token and control port, so the open page reconnects by itself. When the new folder cannot be
 * opened, the previous one is opened again and the failure is reported, never left half-running.
 * A path that is not absolute for this platform is refused before anything stops
 * (workspace/workspace-path.ts): the core would otherwise create it under its current directory.
 *
 * The session also announces its core in the workspace folder (discovery/): `mpsim send` and
 * `mpsim verify` on that folder then act through this core rather than start a second one.
 */
import { publishDiscovery, withdrawDiscovery, withdrawDiscoverySync } from './discovery'
import { startCore } from './start-core'
import { explainWorkspacePath, workspacePathProblem } from './workspace/workspace-path'
import type { RunningCore, StartCoreOptions } from './start-core'

export interface CoreSession {
  current(): RunningCore
  /** Called after every switch (the new core), or with the error when a switch failed. */
  onSwitch(listener: (core: RunningCore, error?: unknown) => void): void
  openWorkspace(dir: string): Promise<RunningCore>
  stop(): Promise<void>
}

/** A RangeError for a folder no host should pass (hosts resolve or validate paths first). */
function pathError(dir: string): RangeError | undefined {
  const problem = workspacePathProblem(dir)
  return problem === undefined ? undefined : new RangeError(explainWorkspacePath(problem, dir).en)
}

export async function startCoreSession(options: StartCoreOptions): Promise<CoreSession> {
  const startError =
    options.workspaceDir === undefined ? undefined : pathError(options.workspaceDir)
  if (startError) throw startError
  const listeners: ((core: RunningCore, error?: unknown) => void)[] = []
  let switching: Promise<RunningCore> | undefined
  let stopped = false

  const start = (workspaceDir: string | undefined, fixed?: RunningCore) =>
    startCore({
      ...options,
      ...(workspaceDir === undefined ? {} : { workspaceDir }),
      ...(fixed ? { token: fixed.token, controlPort: Number(new URL(fixed.url).port) } : {}),
      onOpenWorkspace: (dir) => {
        void session.openWorkspace(dir).catch(() => undefined)
      },
    })

  // Announcing is a convenience for the CLI: a folder that cannot take the file (read-only) must
  // not stop the core, so failures only mean the CLI runs on its own.
  let announcedIn: string | undefined
  const announce = async (running: RunningCore) => {
    const dir = running.workspace.dir
    const result = await publishDiscovery(dir, {
      url: running.url,
      token: running.token,
      version: options.version,
      host: options.host,
    }).catch(() => undefined)
    announcedIn = result?.written ? dir : undefined
  }
  const withdraw = async (running: RunningCore) => {
    if (announcedIn === undefined) return
    const dir = announcedIn
    announcedIn = undefined
    await withdrawDiscovery(dir, running.token).catch(() => undefined)
  }
  // A host that exits without stop() (an uncaught error, process.exit) still takes its entry
  // away; only a crash leaves one, which readers recognise as stale.
  const onExit = () => {
    if (announcedIn !== undefined) withdrawDiscoverySync(announcedIn, core.token)
  }

  let core = await start(options.workspaceDir)
  // Without a folder the first core runs on a temporary one, removed when that core stops.
  let onTemporaryFolder = options.workspaceDir === undefined
  await announce(core)
  process.on('exit', onExit)

  const session: CoreSession = {
    current: () => core,
    onSwitch: (listener) => {
      listeners.push(listener)
    },
    openWorkspace: (dir) => {
      const refused = pathError(dir)
      if (refused) return Promise.reject(refused)
      switching ??= (async () => {
        const previous = core
        await withdraw(previous)
        await previous.stop()
        try {
          core = await start(dir, previous)
          onTemporaryFolder = false
          await announce(core)
          for (const listener of listeners) listener(core)
        } catch (error) {
          // A temporary folder is gone with its core: fall back to a new temporary one rather than
          // recreate the old path as a folder nobody removes.
          core = await start(onTemporaryFolder ? undefined : previous.workspace.dir, previous)
          await announce(core)
          for (const listener of listeners) listener(core, error)
          throw error
        } finally {
          switching = undefined
        }
        return core
      })()
      return switching
    },
    stop: async () => {
      if (stopped) return
      stopped = true
      if (switching) await switching.catch(() => undefined)
      process.off('exit', onExit)
      await withdraw(core)
      await core.stop()
    },
  }
  return session
}
