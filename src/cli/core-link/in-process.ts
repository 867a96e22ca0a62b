/**
 * The core started inside the CLI for one command, when no core runs on the workspace (or
 * --no-attach): the same startCore the app and `mpsim serve` use, control API and platform on
 * ports the OS picks, the sample bot only when it is the target. The command then talks to it over
 * its control API exactly as it would to a running core, so both paths give the same answers.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { startCore } from '../../core/start-core'
import type { RunningCore } from '../../core/start-core'
import type { Account } from '../../shared/model/account'
import { overlayAccount } from '../account-context'
import type { CommonOptions } from '../options'
import { packageVersion } from '../paths'
import type { DeliveryFlags } from './attach-blockers'

export interface InProcessRequest {
  readonly workspaceDir: string
  readonly options: CommonOptions & DeliveryFlags
  readonly sampleBot: boolean
}

/**
 * Stopgap: the engine reads the push deadline and attempts from the workspace settings only, so
 * the command's --timeout/--attempts are laid over them in memory for this core (never saved).
 * Goes once the engine takes them per send.
 */
function overlayDelivery(core: RunningCore, flags: DeliveryFlags): void {
  if (flags.timeout === undefined && flags.attempts === undefined) return
  const workspace = core.workspace
  const descriptor = Object.getOwnPropertyDescriptor(workspace, 'settings')
  if (!descriptor) return
  // The original getter moved onto an object of its own, so the live settings stay readable.
  const original = Object.defineProperty({}, 'settings', descriptor) as Pick<
    RunningCore['workspace'],
    'settings'
  >
  Object.defineProperty(workspace, 'settings', {
    configurable: true,
    get: () => ({
      ...original.settings,
      push: {
        ...original.settings.push,
        ...(flags.timeout === undefined ? {} : { timeoutMs: flags.timeout }),
        ...(flags.attempts === undefined ? {} : { attempts: flags.attempts }),
      },
    }),
  })
}

export async function startInProcessCore(request: InProcessRequest): Promise<RunningCore> {
  const { options, workspaceDir } = request
  // startCore saves what it lays over the accounts (flags, a moved sample-bot port); for one
  // command they must stay in memory, so the accounts as stored are put back before it stops.
  const stored = new Map<string, Account>()
  // A new workspace takes its avatar URLs from the platform port: keep the default one there
  // rather than an OS-picked port that is gone after this command.
  const fresh = !existsSync(join(workspaceDir, 'settings.json'))
  const core = await startCore({
    host: 'node',
    version: packageVersion(),
    controlPort: 0,
    ...(options.platformPort !== undefined
      ? { platformPort: options.platformPort }
      : fresh
        ? {}
        : { platformPort: 0 }),
    ...(options.botPort === undefined ? {} : { botPort: options.botPort }),
    sampleBot: request.sampleBot,
    workspaceDir,
    accountOverrides: (account) => {
      if (!stored.has(account.id)) stored.set(account.id, account)
      return overlayAccount(account, options)
    },
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  })
  overlayDelivery(core, options)
  return {
    ...core,
    stop: async () => {
      const directory = core.workspace.directory
      for (const [id, account] of stored) {
        const now = directory.account(id)
        if (now && JSON.stringify(now) !== JSON.stringify(account)) directory.putAccount(account)
      }
      await core.stop()
    },
  }
}
