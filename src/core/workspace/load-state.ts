/**
 * settings.json, accounts.json and users.json at open: each one loaded, or (missing or bad)
 * replaced by first-minute defaults that are written straight away, so the folder is complete and
 * committable after the first start. Bad files were already moved aside by loadJsonFile.
 */
import type { Account } from '../../shared/model/account'
import type { SimUser } from '../../shared/model/sim-user'
import type { Random } from '../runtime/random'
import { defaultAccount } from './defaults/account'
import { defaultSettings } from './defaults/settings'
import { defaultUsers } from './defaults/users'
import type { DefaultLocale } from './defaults/users'
import type { WorkspaceProblem } from './errors'
import { ACCOUNTS_FILE, FILE_VERSION, SETTINGS_FILE, USERS_FILE } from './layout'
import { loadJsonFile } from './load-json-file'
import type { LoadedJson } from './load-json-file'
import { saveJsonFile } from './save-json-file'
import { accountsFileSchema } from './schemas/accounts'
import { settingsSchema } from './schemas/settings'
import type { Settings } from './schemas/settings'
import { usersFileSchema } from './schemas/users'

/** What the first-minute defaults point at; the caller knows where the sample bot runs. */
export interface WorkspaceDefaults {
  /** The sample bot's message URL, the default account's target. */
  readonly botUrl: string
  /** 网页授权域名 of the default account (host:port of the sample bot's OAuth pages). */
  readonly callbackDomain: string
  /** Loopback URL serving placeholder avatars; users get `<base>/<openid>/132`. */
  readonly avatarBaseUrl: string
  /** Language of the default users' profiles. @default 'zh' */
  readonly locale?: DefaultLocale
}

export interface LoadedState {
  readonly settings: Settings
  readonly accounts: Account[]
  readonly users: SimUser[]
  /** None of the three files existed. */
  readonly fresh: boolean
}

export async function loadState(
  dir: string,
  random: Random,
  defaults: WorkspaceDefaults,
  now: () => number,
  report: (problem: WorkspaceProblem) => void,
): Promise<LoadedState> {
  const collect = <T>(loaded: LoadedJson<T>): T | undefined => {
    if (loaded.status === 'bad') report(loaded.problem)
    return loaded.status === 'ok' ? loaded.value : undefined
  }
  const settingsLoad = await loadJsonFile(dir, SETTINGS_FILE, settingsSchema, now())
  const accountsLoad = await loadJsonFile(dir, ACCOUNTS_FILE, accountsFileSchema, now())
  const usersLoad = await loadJsonFile(dir, USERS_FILE, usersFileSchema, now())
  const fresh = [settingsLoad, accountsLoad, usersLoad].every((l) => l.status === 'missing')

  const settings =
    collect(settingsLoad) ??
    (await saveJsonFile(dir, SETTINGS_FILE, settingsSchema, defaultSettings()))

  let accounts = collect(accountsLoad)?.accounts
  if (accounts === undefined) {
    // The new account takes the workspace's default mode ('plain' unless the user changed it).
    const account = { ...defaultAccount(random, defaults), mode: settings.defaultMode }
    const data = { version: FILE_VERSION, accounts: [account] }
    accounts = (await saveJsonFile(dir, ACCOUNTS_FILE, accountsFileSchema, data)).accounts
  }

  let users = collect(usersLoad)?.users
  if (users === undefined) {
    const first = accounts[0]
    const created =
      first === undefined
        ? []
        : defaultUsers(random, {
            accountId: first.id,
            avatarBaseUrl: defaults.avatarBaseUrl,
            locale: defaults.locale,
            nowSeconds: Math.floor(now() / 1000),
          })
    const data = { version: FILE_VERSION, users: created }
    users = (await saveJsonFile(dir, USERS_FILE, usersFileSchema, data)).users
  }

  const accountIds = new Set(accounts.map((a) => a.id))
  for (const [index, user] of users.entries()) {
    if (accountIds.has(user.accountId)) continue
    report({
      code: 'unknown-account',
      severity: 'warning',
      file: USERS_FILE,
      message: `${USERS_FILE}: users[${index}].accountId ${JSON.stringify(user.accountId)} is not an account in ${ACCOUNTS_FILE}; the user is kept, but belongs to no known account`,
    })
  }
  return { settings, accounts, users, fresh }
}
