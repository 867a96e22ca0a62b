/**
 * Where the workspace lives when the user does not pass `--workspace DIR`: the per-user app-data
 * folder each OS expects (the same folder Electron's app.getPath('userData') names for an app
 * called mpsim), so the desktop app and `mpsim serve` share one workspace.
 */
import { homedir } from 'node:os'
import { posix, win32 } from 'node:path'

export interface DefaultDirEnvironment {
  /** @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** @default process.platform */
  readonly platform?: NodeJS.Platform
  /** @default os.homedir() */
  readonly home?: string
}

const APP_FOLDER = 'mpsim'

/**
 * The default workspace folder:
 * - Linux and other Unix: `$XDG_CONFIG_HOME/mpsim`, else `~/.config/mpsim`;
 * - macOS: `~/Library/Application Support/mpsim`;
 * - Windows: `%APPDATA%\mpsim`, else `<home>\AppData\Roaming\mpsim`.
 *
 * @example defaultWorkspaceDir({ platform: 'linux', env: {}, home: '/home/ann' }) // '/home/ann/.config/mpsim'
 */
export function defaultWorkspaceDir(environment: DefaultDirEnvironment = {}): string {
  const env = environment.env ?? process.env
  const platform = environment.platform ?? process.platform
  const home = environment.home ?? homedir()
  if (platform === 'win32') {
    const appData = nonEmpty(env.APPDATA) ?? win32.join(home, 'AppData', 'Roaming')
    return win32.join(appData, APP_FOLDER)
  }
  if (platform === 'darwin') {
    return posix.join(home, 'Library', 'Application Support', APP_FOLDER)
  }
  // The XDG base-directory spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = nonEmpty(env.XDG_CONFIG_HOME)
  const configHome = xdg !== undefined && posix.isAbsolute(xdg) ? xdg : posix.join(home, '.config')
  return posix.join(configHome, APP_FOLDER)
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value
}
