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
  const accountsRebuilt = accounts === undefined
  if (accounts === undefined) {
    // The new account takes the workspace's default mode ('plain' unless the user changed it).
    const account = { ...defaultAccount(random, defaults), mode: settings.defaultMode }
    const data = { version: FILE_VERSION, accounts: [account] }
    accounts = (await saveJsonFile(dir, ACCOUNTS_FILE, accountsFileSchema, data)).accounts
  }

  let users: SimUser[] | undefined = collect(usersLoad)?.users
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
  } else if (accountsRebuilt && accounts[0] !== undefined) {
    const movedTo = accountsLoad.status === 'bad' ? accountsLoad.problem.movedTo : undefined
    users = await reattachUsers(dir, users, accounts[0].id, movedTo, report)
  }

  const accountIds = new Set(accounts.map((a) => a.id))
  for (const [index, user] of users.entries()) {
    if (accountIds.has(user.accountId)) continue
    report({
      code: 'unknown-account',
      severity: 'warning',
      file: USERS_FILE,
      message: `${USERS_FILE}: users[${index}].accountId ${JSON.stringify(user.accountId)} is not an account in ${ACCOUNTS_FILE}; the user is kept, but belongs to no known account (choose its account in the app's user settings, or fix accountId in ${USERS_FILE})`,
    })
  }
  return { settings, accounts, users, fresh }
}

/**
 * accounts.json was rebuilt under users.json: users of accounts that no longer exist would be
 * kept but unusable (no push, no phone), so they join the new default account, and users.json is
 * saved that way. Reported with the old ids, so the move can be undone by hand.
 */
async function reattachUsers(
  dir: string,
  users: SimUser[],
  to: string,
  accountsCopy: string | undefined,
  report: (problem: WorkspaceProblem) => void,
): Promise<SimUser[]> {
  const stranded = users.filter((u) => u.accountId !== to)
  if (stranded.length === 0) return users
  const from = [...new Set(stranded.map((u) => u.accountId))]
  const moved = users.map((u) => (u.accountId === to ? u : { ...u, accountId: to }))
  const data = { version: FILE_VERSION, users: moved }
  const saved = (await saveJsonFile(dir, USERS_FILE, usersFileSchema, data)).users
  const undo =
    accountsCopy === undefined
      ? ''
      : `; to undo, put ${accountsCopy} back as ${ACCOUNTS_FILE} and set their accountId back`
  report({
    code: 'reattached-users',
    severity: 'warning',
    file: USERS_FILE,
    usedInstead: 'default-account',
    reattached: { users: stranded.length, from, to },
    message: `${USERS_FILE}: ${stranded.length === 1 ? '1 user' : `${stranded.length} users`} of ${from.join(', ')} (no longer in the rebuilt ${ACCOUNTS_FILE}) now belong to ${to}, the new default account${undo}`,
  })
  return saved
}
