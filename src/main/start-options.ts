/**
 * The options `npm start -- …` (and a packaged app's command line) may carry into the desktop app:
 * the same port and workspace flags as `mpsim serve`, so both modes take the same words. Electron
 * adds its own switches (`--inspect`, `--no-sandbox`, the app path); anything unknown is ignored,
 * a known flag with a bad value is reported instead of silently dropped.
 */
import { isAbsolute, resolve } from 'node:path'
import { parseArgs } from 'node:util'

export interface StartOptions {
  readonly controlPort?: number
  readonly platformPort?: number
  readonly botPort?: number
  readonly workspaceDir?: string
}

export interface ParsedStartOptions {
  readonly options: StartOptions
  /** One line per refused value, in English and Chinese. */
  readonly problems: readonly string[]
}

const PORT_FLAGS = {
  'control-port': 'controlPort',
  'platform-port': 'platformPort',
  'bot-port': 'botPort',
} as const

export function parseStartOptions(argv: readonly string[], cwd: string): ParsedStartOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    options: {
      'control-port': { type: 'string' },
      'platform-port': { type: 'string' },
      'bot-port': { type: 'string' },
      workspace: { type: 'string' },
    },
  })
  const options: { -readonly [K in keyof StartOptions]: StartOptions[K] } = {}
  const problems: string[] = []
  for (const [flag, key] of Object.entries(PORT_FLAGS)) {
    const raw = values[flag]
    if (raw === undefined) continue
    const port = typeof raw === 'string' && /^\d{1,5}$/.test(raw) ? Number(raw) : Number.NaN
    if (Number.isInteger(port) && port <= 65535) options[key] = port
    else {
      problems.push(
        `--${flag} ${String(raw)}: a port is a whole number from 0 to 65535 (0 = any free port) / 端口应为 0 到 65535 的整数（0 表示任选空闲端口）`,
      )
    }
  }
  const workspace = values['workspace']
  if (typeof workspace === 'string' && workspace !== '') {
    options.workspaceDir = isAbsolute(workspace) ? workspace : resolve(cwd, workspace)
  } else if (workspace !== undefined) {
    problems.push('--workspace needs a folder / --workspace 需要一个文件夹路径')
  }
  return { options, problems }
}
