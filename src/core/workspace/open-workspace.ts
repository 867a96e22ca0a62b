/**
 * Opening a workspace folder: load every file (moving bad ones aside and reporting them), fill
 * in what is missing with first-minute defaults, and keep the files in step with later changes.
 * This is the store's one entry point; startCore and the CLI own no file logic.
 */
import { Directory } from '../context/directory'
import { DEFAULT_LOG_SEGMENT_MB } from './defaults/settings'
import type { Random } from '../runtime/random'
import { syncDirectory } from './directory-sync'
import { WorkspaceError } from './errors'
import type { WorkspaceProblem } from './errors'
import { openExchangeLog } from './exchange-log'
import type { ExchangeLog } from './exchange-log'
import { loadMenus } from './menu-store'
import type { MenuStore } from './menu-store'
import { loadState } from './load-state'
import type { WorkspaceDefaults } from './load-state'
import { prepareFolder } from './prepare-folder'
import { SettingsStore } from './settings-store'
import type { SettingsPatch } from './settings-store'
import type { Settings } from './schemas/settings'

export interface OpenWorkspaceOptions {
  /** Draws the default account's credentials and the users' openids; seed it for reproducible runs. */
  readonly random: Random
  readonly defaults: WorkspaceDefaults
  /** Exchanges kept in memory. @default 1000 */
  readonly exchangeWindow?: number
  /** Delay before a Directory change is written (changes come in bursts). @default 50 */
  readonly saveDelayMs?: number
  /**
   * Wall clock for aside-file and log-segment names and the default users' subscribe times.
   * @default Date.now
   */
  readonly now?: () => number
  /** Told about every problem as it is found, including those from loading. */
  readonly onProblem?: (problem: WorkspaceProblem) => void
}

export interface Workspace {
  /** The folder, as given. */
  readonly dir: string
  /** True when none of settings.json, accounts.json, users.json existed: a new workspace. */
  readonly fresh: boolean
  readonly settings: Settings
  /** Accounts and users; every change is saved to accounts.json / users.json. */
  readonly directory: Directory
  readonly menus: MenuStore
  readonly exchangeLog: ExchangeLog
  /** Files moved aside, lines skipped, saves that failed: for the UI and CLI to show. */
  readonly problems: readonly WorkspaceProblem[]
  /** Throws WorkspaceError 'invalid-value' (nothing changed) or 'not-writable'. */
  updateSettings(patch: SettingsPatch): Promise<Settings>
  /** Writes everything pending now. */
  flush(): Promise<void>
  /** Flushes, then stops saving Directory changes and closes the log. */
  close(): Promise<void>
}

export const DEFAULT_EXCHANGE_WINDOW = 1000

/**
 * Opens (creating if needed) the workspace in `dir`.
 * Throws WorkspaceError 'not-writable' when the folder cannot be created or written, and
 * 'not-readable' when a file exists but cannot be read (it is never replaced blindly).
 *
 * @example
 * const ws = await openWorkspace(defaultWorkspaceDir(), {
 *   random: secureRandom,
 *   defaults: { botUrl, callbackDomain, avatarBaseUrl },
 * })
 * for (const p of ws.problems) console.warn(p.message)
 */
export async function openWorkspace(
  dir: string,
  options: OpenWorkspaceOptions,
): Promise<Workspace> {
  const now = options.now ?? Date.now
  const window = options.exchangeWindow ?? DEFAULT_EXCHANGE_WINDOW
  if (!Number.isInteger(window) || window < 1) {
    throw new RangeError(`exchangeWindow must be a whole number ≥ 1, got ${window}`)
  }
  const problems: WorkspaceProblem[] = []
  const report = (problem: WorkspaceProblem): void => {
    problems.push(problem)
    options.onProblem?.(problem)
  }
  await prepareFolder(dir)
  const state = await loadState(dir, options.random, options.defaults, now, report)
  const menus = await loadMenus(dir, now())
  menus.problems.forEach(report)
  const settingsStore = new SettingsStore(dir, state.settings)
  const log = await openExchangeLog(dir, {
    window,
    now,
    // Read on every batch, so a changed setting applies from the next append.
    segmentBytes: () =>
      (settingsStore.current.logSegmentMB ?? DEFAULT_LOG_SEGMENT_MB) * 1024 * 1024,
    report,
  })
  log.problems.forEach(report)

  const directory = new Directory(state.accounts, state.users)
  // A save that keeps failing is retried on every change: report each distinct failure once.
  const reported = new Set<string>()
  const sync = syncDirectory(directory, dir, options.saveDelayMs ?? 50, (file, error) => {
    const problem = saveFailure(file, error)
    const key = `${problem.file}\n${problem.message}`
    if (reported.has(key)) return
    reported.add(key)
    report(problem)
  })
  let closed = false

  const flush = async (): Promise<void> => {
    const results = await Promise.allSettled([
      sync.flush(),
      settingsStore.flush(),
      menus.store.flush(),
      log.log.flush(),
    ])
    const failed = results.find((r) => r.status === 'rejected')
    if (failed) throw failed.reason
  }

  return {
    dir,
    fresh: state.fresh,
    get settings() {
      return settingsStore.current
    },
    directory,
    menus: menus.store,
    exchangeLog: log.log,
    problems,
    updateSettings: (patch) => {
      if (closed) return Promise.reject(new WorkspaceError('closed', 'the workspace is closed'))
      return settingsStore.update(patch)
    },
    flush,
    close: async () => {
      if (closed) return
      closed = true
      const results = await Promise.allSettled([
        sync.stop(),
        settingsStore.flush(),
        menus.store.flush(),
        log.log.close(),
      ])
      const failed = results.find((r) => r.status === 'rejected')
      if (failed) throw failed.reason
    },
  }
}

function saveFailure(file: string, error: unknown): WorkspaceProblem {
  const invalid = error instanceof WorkspaceError && error.code === 'invalid-value'
  const reason = error instanceof Error ? error.message : String(error)
  return {
    code: invalid ? 'invalid-value' : 'not-writable',
    severity: 'error',
    file,
    message: `${file} was not saved: ${reason}; the change is kept in memory and saving is retried`,
    ...(error instanceof WorkspaceError && error.detail.issues
      ? { issues: error.detail.issues }
      : {}),
  }
}
