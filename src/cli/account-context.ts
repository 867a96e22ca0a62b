/**
 * The account a command acts as: the workspace's first account with flags laid over it. Flags are
 * validated with the same rules as the platform's settings form (spec §1, §2), so a typo in a
 * Token or key is reported before anything is sent.
 */
import { decodeAesKey } from '../core/protocol/aes-key'
import { secureRandom, seededRandom } from '../core/runtime/random'
import type { Random } from '../core/runtime/random'
import { DEFAULT_PORTS, defaultWorkspaceDir, openWorkspace } from '../core/workspace'
import type { Settings, Workspace } from '../core/workspace'
import type { Account } from '../shared/model/account'
import type { SimUser } from '../shared/model/sim-user'
import type { CommonOptions } from './options'

export class UsageError extends Error {}

export interface AccountContext {
  readonly account: Account
  readonly users: readonly SimUser[]
  readonly settings: Settings
  readonly random: Random
  readonly workspace: Workspace
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new UsageError(message)
}

export function validateAccountFlags(options: CommonOptions): void {
  if (options.token !== undefined) {
    check(
      /^[A-Za-z0-9]{3,32}$/.test(options.token),
      `--token must be 3-32 letters or digits (spec §2), got "${options.token}"`,
    )
  }
  if (options.appid !== undefined) {
    check(
      /^wx[0-9a-f]{16}$/.test(options.appid),
      `--appid must be wx followed by 16 lowercase hex digits, got "${options.appid}"`,
    )
  }
  if (options.appsecret !== undefined) {
    check(/^[0-9a-f]{32}$/.test(options.appsecret), '--appsecret must be 32 lowercase hex digits')
  }
  if (options.aesKey !== undefined) {
    check(
      /^[A-Za-z0-9]{43}$/.test(options.aesKey),
      `--aes-key must be exactly 43 letters or digits, got ${options.aesKey.length} characters`,
    )
    decodeAesKey(options.aesKey)
  }
}

export function workspaceDefaults(options: CommonOptions) {
  const bot = options.botPort ?? DEFAULT_PORTS.bot
  const platform = options.platformPort ?? DEFAULT_PORTS.platform
  return {
    botUrl: `http://127.0.0.1:${bot}/wechat`,
    callbackDomain: `127.0.0.1:${bot}`,
    avatarBaseUrl: `http://127.0.0.1:${platform}/__mpsim/avatar`,
  }
}

export function overlayAccount(account: Account, options: CommonOptions): Account {
  return {
    ...account,
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.appid === undefined ? {} : { appId: options.appid }),
    ...(options.appsecret === undefined ? {} : { appSecret: options.appsecret }),
    ...(options.aesKey === undefined ? {} : { encodingAesKey: options.aesKey }),
    ...(options.mode === undefined ? {} : { mode: options.mode }),
    ...(options.callbackDomain === undefined ? {} : { callbackDomain: options.callbackDomain }),
    ...(options.target === undefined ? {} : { botUrl: options.target }),
  }
}

export async function openAccountContext(options: CommonOptions): Promise<AccountContext> {
  validateAccountFlags(options)
  const random = options.seed === undefined ? secureRandom : seededRandom(options.seed)
  const workspace = await openWorkspace(options.workspace ?? defaultWorkspaceDir(), {
    random,
    defaults: workspaceDefaults(options),
  })
  const stored = workspace.directory.listAccounts()[0]
  if (!stored) {
    await workspace.close()
    throw new UsageError(
      `the workspace ${workspace.dir} has no account; add one in the app or accounts.json`,
    )
  }
  const account = overlayAccount(stored, options)
  return {
    account,
    users: workspace.directory.listUsers(stored.id),
    settings: workspace.settings,
    random:
      workspace.settings.seed === undefined || options.seed !== undefined
        ? random
        : seededRandom(workspace.settings.seed),
    workspace,
  }
}
