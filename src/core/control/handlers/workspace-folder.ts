/**
 * The workspace folder as a whole: where it is and what went wrong loading it, save (every edit is
 * already written atomically; save waits for pending writes), and open another folder — which the
 * host does by restarting the core on it (core-session.ts), after this answer has gone out.
 */
import { constants } from 'node:fs'
import { access, mkdir } from 'node:fs/promises'
import type { Workspace } from '../../workspace'
import { WorkspaceError } from '../../workspace'
import { ControlError } from '../control-error'
import type { Handlers } from '../mount-contract'

export interface WorkspaceFolderDeps {
  readonly workspace: Workspace
  /** Restarts the core on another folder; absent where the host cannot (then 501). */
  readonly openFolder?: ((dir: string) => void) | undefined
}

export function workspaceFolderHandlers(
  deps: WorkspaceFolderDeps,
): Pick<Handlers, 'getWorkspace' | 'saveWorkspace' | 'openWorkspace'> {
  const { workspace } = deps
  const describe = (dir = workspace.dir) => ({
    dir,
    fresh: workspace.fresh,
    problems: workspace.problems.map((p) => ({
      file: p.file,
      severity: p.severity,
      message: p.message,
    })),
    canOpen: deps.openFolder !== undefined,
  })
  return {
    getWorkspace: () => Promise.resolve(describe()),
    saveWorkspace: async () => {
      try {
        await workspace.flush()
      } catch (error) {
        if (error instanceof WorkspaceError) {
          throw new ControlError('internal', `the workspace could not be saved: ${error.message}`)
        }
        throw error
      }
      return describe()
    },
    openWorkspace: async ({ dir }) => {
      const open = deps.openFolder
      if (!open) {
        throw new ControlError(
          'unsupported',
          'this mpsim cannot switch workspaces while running; restart it with --workspace <dir>',
        )
      }
      try {
        await mkdir(dir, { recursive: true })
        await access(dir, constants.W_OK)
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? String(error)
        throw new ControlError(
          'invalid-input',
          `the folder ${dir} cannot be used as a workspace (${reason}): choose a folder you can write to`,
        )
      }
      await workspace.flush().catch(() => undefined)
      // Answer first; the restart closes this very server.
      setTimeout(() => open(dir), 20)
      return { ...describe(dir), fresh: false, problems: [] }
    },
  }
}
