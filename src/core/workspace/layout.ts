/**
 * The files of a workspace folder (docs/workspace.md): readable JSON a user can commit.
 *
 *   settings.json        ports, default mode, push timing, language, quota toggle, seed
 *   accounts.json        the simulated Official Accounts
 *   users.json           the simulated WeChat users
 *   menus/<account>.json each account's menu, as given to /cgi-bin/menu/create
 *   exchanges.ndjson     append-only log of every delivery and API call
 *   exchange-index/      the log's search index, one file per segment (derived: safe to delete)
 *   suites/              replay suites (JSON or YAML; docs/replay.md), created empty
 */
export const SETTINGS_FILE = 'settings.json'
export const ACCOUNTS_FILE = 'accounts.json'
export const USERS_FILE = 'users.json'
export const MENUS_DIR = 'menus'
export const SUITES_DIR = 'suites'
export const EXCHANGES_FILE = 'exchanges.ndjson'
export const EXCHANGE_INDEX_DIR = 'exchange-index'

/** Relative path of a log segment's index file ('/'-separated). */
export function exchangeIndexFile(segment: string): string {
  return `${EXCHANGE_INDEX_DIR}/${segment}.idx`
}

/**
 * Files holding secrets (every account's AppSecret, Token and EncodingAESKey): on POSIX they are
 * written readable by their owner only, and tightened at open if an older mpsim or a copy left
 * them wider. A copy set aside as corrupt (`accounts.corrupt-<time>.json`) holds the same secrets.
 */
export const PRIVATE_FILE_MODE = 0o600

export function isPrivateFile(name: string): boolean {
  return name === ACCOUNTS_FILE || /^accounts\.corrupt-.+\.json$/.test(name)
}

/** The version every JSON file carries; bump it with a migration when a file's shape changes. */
export const FILE_VERSION = 1

// The account-id rule is shared with the control API's input (one rule for one record).
export { ACCOUNT_ID_RULE, isSafeAccountId } from '../../shared/model/identifier-schemas'

/** Relative path of an account's menu file, '/'-separated as problems report it. */
export function menuFile(accountId: string): string {
  return `${MENUS_DIR}/${accountId}.json`
}
