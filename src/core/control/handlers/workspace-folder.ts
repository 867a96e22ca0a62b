/**
 * The workspace folder as a whole: where it is and what went wrong loading it, save (every edit is
 * already written atomically; save waits for pending writes), and open another folder — which the
 * host does by restarting the core on it (core-session.ts), after this answer has gone out.
 */
import { open as openFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Workspace } from '../../workspace'
import {
  ACCOUNTS_FILE,
  EXCHANGES_FILE,
  SETTINGS_FILE,
  USERS_FILE,
  WorkspaceError,
} from '../../workspace'
import { prepareFolder } from '../../workspace/prepare-folder'
import { explainWorkspacePath, workspacePathProblem } from '../../workspace/workspace-path'
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
      // The contract accepts the absolute shapes of every platform (the page cannot know which
      // one the core runs on); only this platform's are usable here.
      const pathProblem = workspacePathProblem(dir)
      if (pathProblem !== undefined) {
        const { en, zh } = explainWorkspacePath(pathProblem, dir)
        throw new ControlError('invalid-input', en, [{ path: 'dir', message: `${en} / ${zh}` }])
      }
      const open = deps.openFolder
      if (!open) {
        throw new ControlError(
          'unsupported',
          'this mpsim cannot switch workspaces while running; restart it with --workspace <dir>',
        )
      }
      // Checked before answering: once the answer is out the switch can only fall back to the
      // current folder, and the UI would never learn why.
      const problem = await folderProblem(dir)
      if (problem !== undefined) {
        throw new ControlError(
          'invalid-input',
          `the folder ${dir} cannot be used as a workspace: ${problem}`,
        )
      }
      await workspace.flush().catch(() => undefined)
      // Answer first; the restart closes this very server.
      setTimeout(() => open(dir), 20)
      return { ...describe(dir), fresh: false, problems: [] }
    },
  }
}

/** What an errno means for someone choosing a folder. */
const ERRNO_REASONS: Readonly<Record<string, string>> = {
  ENOTDIR: 'part of the path is a file, not a folder',
  EACCES: 'you may not write there: choose a folder you can write to',
  EPERM: 'you may not write there: choose a folder you can write to',
  EROFS: 'the disk is read-only: choose a folder you can write to',
  ENOSPC: 'the disk is full',
}

function errnoReason(error: unknown): string {
  const errno = error instanceof WorkspaceError ? error.detail.errno : undefined
  const known = errno === undefined ? undefined : ERRNO_REASONS[errno]
  if (known !== undefined) return `${known} (${errno})`
  return error instanceof Error ? error.message : String(error)
}

/**
 * Why `dir` cannot be opened, or undefined when it can: it must be (or become) a writable folder,
 * and the workspace files already in it must be files that can be read. A bad file's *content* is
 * no reason to refuse: opening moves it aside and reports it, as at start-up.
 */
async function folderProblem(dir: string): Promise<string | undefined> {
  const existing = await stat(dir).catch(() => undefined)
  if (existing && !existing.isDirectory()) return 'it is a file, not a folder'
  try {
    await prepareFolder(dir)
  } catch (error) {
    return errnoReason(error)
  }
  for (const name of [SETTINGS_FILE, ACCOUNTS_FILE, USERS_FILE, EXCHANGES_FILE]) {
    const path = join(dir, name)
    const found = await stat(path).catch(() => undefined)
    if (!found) continue
    if (!found.isFile()) return `${name} in it is not a file: move it away or choose another folder`
    try {
      await (await openFile(path, 'r')).close()
    } catch (error) {
      const errno = (error as NodeJS.ErrnoException).code ?? String(error)
      return `${name} in it cannot be read (${errno})`
    }
  }
  return undefined
}
