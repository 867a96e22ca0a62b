/**
 * Workspace commands of the control API: edit accounts and users, rotate the EncodingAESKey,
 * read and change settings, read one exchange and the account's menu. Edits go through the
 * Directory, which the workspace persists atomically; a value the files would refuse is a 400.
 * Every edit answers only once it is on disk (docs/workspace.md "What is durable when"): a 200
 * survives kill -9 or a power cut; a failed write is a 500 and the caller knows to retry.
 */
import type { z } from 'zod'
import type { Account } from '../../../shared/model/account'
import type { Setup } from '../../../shared/control/engine-schemas'
import type { SimUser } from '../../../shared/model/sim-user'
import { generateAesKey } from '../../protocol/aes-key'
import type { PlatformState } from '../../platform/state'
import { SIMULATED_CLIENT_PLATFORM } from '../../platform/state/menu-conditional'
import type { Random } from '../../runtime/random'
import { WorkspaceError } from '../../workspace'
import { DEFAULT_LOG_SEGMENT_MB } from '../../workspace/defaults/settings'
import type { Workspace } from '../../workspace'
import { directorySaved } from '../../workspace/directory-sync'
import { accountSchema } from '../../workspace/schemas/accounts'
import { simUserSchema } from '../../workspace/schemas/users'
import { ControlError } from '../control-error'
import type { Handlers } from '../mount-contract'

export interface WorkspaceHandlerDeps {
  readonly workspace: Workspace
  readonly state: PlatformState
  readonly random: Random
  readonly setup: () => Setup
}

/**
 * Refuses, as a 400 naming each field, a record accounts.json / users.json would refuse: the
 * Directory takes it in memory, but the background save would then fail on every later change
 * (an account id that cannot name menus/<id>.json, a language WeChat does not answer with...).
 */
function assertStorable(schema: z.ZodType, value: unknown, what: string): void {
  const parsed = schema.safeParse(value)
  if (parsed.success) return
  throw new ControlError(
    'invalid-input',
    `this ${what} cannot be saved in the workspace`,
    parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  )
}

/**
 * Waits until the Directory change just made is in accounts.json / users.json. When the write
 * fails the change stays in memory (the Directory has no undo) and is saved with the next one,
 * but it is not acknowledged: the caller gets a 500 and the reason.
 */
async function saved(workspace: Workspace, kind: 'account' | 'user'): Promise<void> {
  try {
    await directorySaved(workspace.directory, kind)
  } catch (error) {
    if (!(error instanceof WorkspaceError)) throw error
    throw new ControlError(
      'internal',
      `the change was not saved (${error.message}); it is kept in memory and saving is retried with the next change`,
    )
  }
}

function publicSettings(workspace: Workspace) {
  const { ports, defaultMode, push, language, legacyCsQuota, logSegmentMB } = workspace.settings
  // The size in force, so a client never has to know the default.
  const segment = logSegmentMB ?? DEFAULT_LOG_SEGMENT_MB
  return { ports, defaultMode, push, language, legacyCsQuota, logSegmentMB: segment }
}

export function workspaceHandlers(
  deps: WorkspaceHandlerDeps,
): Pick<
  Handlers,
  | 'getExchange'
  | 'putAccount'
  | 'rotateAesKey'
  | 'putUser'
  | 'getSettings'
  | 'updateSettings'
  | 'getMenu'
> {
  const { workspace } = deps
  const account = (id: string): Account => {
    const found = workspace.directory.account(id)
    if (!found) throw new ControlError('not-found', `no account ${id}`)
    return found
  }
  return {
    // The whole log, not only the window: the inspector opens older matches of a search by id.
    getExchange: async ({ id }) => (await workspace.exchangeLog.find(id)) ?? null,
    putAccount: async (input) => {
      const clash = workspace.directory
        .listAccounts()
        .find((a) => a.appId === input.appId && a.id !== input.id)
      if (clash) {
        throw new ControlError(
          'invalid-input',
          `AppID ${input.appId} is already used by ${clash.name}`,
        )
      }
      const { previousEncodingAesKey, ...rest } = input
      const next: Account = {
        ...rest,
        ...(previousEncodingAesKey === undefined ? {} : { previousEncodingAesKey }),
      }
      assertStorable(accountSchema, next, 'account')
      workspace.directory.putAccount(next)
      await saved(workspace, 'account')
      return deps.setup()
    },
    // What the admin page's "重置" does: a fresh key; the old one is kept as the previous key,
    // because WeChat may still encrypt with it for a while (protocol.md §2, FAQ).
    rotateAesKey: async ({ accountId }) => {
      const current = account(accountId)
      workspace.directory.putAccount({
        ...current,
        previousEncodingAesKey: current.encodingAesKey,
        encodingAesKey: generateAesKey((n) => deps.random.int(n)),
      })
      await saved(workspace, 'account')
      return deps.setup()
    },
    putUser: async (input) => {
      account(input.accountId)
      const { unionid, ...rest } = input
      const user: SimUser = { ...rest, ...(unionid === undefined ? {} : { unionid }) }
      assertStorable(simUserSchema, user, 'user')
      workspace.directory.putUser(user)
      await saved(workspace, 'user')
      return deps.setup()
    },
    getSettings: () => Promise.resolve(publicSettings(workspace)),
    updateSettings: async (patch) => {
      try {
        await workspace.updateSettings({
          ...(patch.language === undefined ? {} : { language: patch.language }),
          ...(patch.legacyCsQuota === undefined ? {} : { legacyCsQuota: patch.legacyCsQuota }),
          ...(patch.defaultMode === undefined ? {} : { defaultMode: patch.defaultMode }),
          ...(patch.push === undefined ? {} : { push: patch.push }),
          ...(patch.ports === undefined ? {} : { ports: withoutUndefined(patch.ports) }),
          ...(patch.logSegmentMB === undefined ? {} : { logSegmentMB: patch.logSegmentMB }),
        })
      } catch (error) {
        if (!(error instanceof WorkspaceError)) throw error
        // A value settings.json would refuse is the caller's to fix; a failed write is not.
        if (error.code === 'invalid-value') throw new ControlError('invalid-input', error.message)
        throw new ControlError('internal', `the settings were not saved (${error.message})`)
      }
      if (patch.legacyCsQuota !== undefined) {
        deps.state.window.setMode(patch.legacyCsQuota ? 'legacy-20' : 'doc')
      }
      return publicSettings(workspace)
    },
    getMenu: ({ accountId, openid }) => {
      // With an openid: what that user sees, personalised menus matched (docs/api-audience.md).
      const user = openid === undefined ? undefined : deps.workspace.directory.user(openid)
      if (openid !== undefined && user?.accountId !== accountId) {
        throw new ControlError('invalid-input', `${openid} is not a user of account ${accountId}`)
      }
      const menu = user
        ? deps.state.menus.menuFor(accountId, {
            tagIds: user.tagIds,
            clientPlatform: SIMULATED_CLIENT_PLATFORM,
          })
        : deps.state.menus.get(accountId)
      return Promise.resolve(menu ? { button: [...menu.button] } : null)
    },
  }
}

function withoutUndefined<T extends object>(
  value: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>
  }
}
