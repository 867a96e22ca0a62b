/**
 * The workspace store (docs/workspace.md): a folder of readable JSON a user can commit,
 * written atomically, with bad files kept aside and reported, and an append-only exchange log.
 */
export { openWorkspace, DEFAULT_EXCHANGE_WINDOW } from './open-workspace'
export type { OpenWorkspaceOptions, Workspace } from './open-workspace'
export type { WorkspaceDefaults } from './load-state'
export { defaultWorkspaceDir } from './default-dir'
export type { DefaultDirEnvironment } from './default-dir'
export { WorkspaceError } from './errors'
export type {
  IssueDetail,
  WorkspaceErrorCode,
  WorkspaceErrorDetail,
  WorkspaceFallback,
  WorkspaceProblem,
  WorkspaceProblemCode,
} from './errors'
export type { ExchangeLog } from './exchange-log'
export type { MenuStore } from './menu-store'
export type { SettingsPatch } from './settings-store'
export type { Settings } from './schemas/settings'
export type { StoredMenu } from './schemas/menu'
export { DEFAULT_LOG_SEGMENT_MB, DEFAULT_PORTS, defaultSettings } from './defaults/settings'
export { LOG_SEGMENT_MB } from './schemas/settings'
export { DEFAULT_ACCOUNT_NAME } from './defaults/account'
export type { DefaultLocale } from './defaults/users'
export {
  ACCOUNTS_FILE,
  EXCHANGES_FILE,
  FILE_VERSION,
  MENUS_DIR,
  SETTINGS_FILE,
  SUITES_DIR,
  USERS_FILE,
} from './layout'
