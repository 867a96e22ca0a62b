/**
 * Flags every command accepts: account settings override the workspace's, so a bot can
 * be tested with nothing but flags, or with nothing but the workspace.
 */
import { resolve } from 'node:path'
import { InvalidArgumentError, Option } from 'commander'
import type { Command } from 'commander'
import { explainWorkspacePath, workspacePathProblem } from '../core/workspace/workspace-path'
import type { EncryptionMode } from '../shared/model/account'

export interface CommonOptions {
  token?: string
  appid?: string
  appsecret?: string
  aesKey?: string
  mode?: EncryptionMode
  platformPort?: number
  botPort?: number
  controlPort?: number
  callbackDomain?: string
  target?: string
  seed?: string
  workspace?: string
  lang?: 'zh' | 'en'
  json: boolean
}

export function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('a port is an integer from 0 to 65535 (0 = any free port)')
  }
  return port
}

/**
 * --attempts and --timeout (send, replay): the bounds of the control API's `attempts` and
 * `timeoutMs`, so a value the core would refuse is refused here, as a flag, with its range.
 */
export function parseAttempts(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 10)
    throw new InvalidArgumentError('an integer from 1 to 10')
  return n
}

export function parseTimeoutMs(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 100 || n > 600_000) {
    throw new InvalidArgumentError('milliseconds, from 100 to 600000')
  }
  return n
}

/**
 * --workspace: a relative folder is taken from the current directory, as command-line tools do
 * (the core itself only accepts absolute paths); a path of another platform (C:\… on Linux) is
 * refused with the reason, rather than becoming a folder of that name here.
 */
export function parseWorkspaceOption(value: string): string {
  const problem = workspacePathProblem(value)
  if (problem === undefined) return value
  if (problem === 'relative') return resolve(value)
  const { en, zh } = explainWorkspacePath(problem, value)
  throw new InvalidArgumentError(`${en}\n${zh}`)
}

/**
 * The encryption mode under the one name the control API, the workspace files and the app use
 * (plain, compatible, safe). Shorter spellings people type from other tools (compat, aes,
 * plaintext) are read as the same modes; help and errors only ever name the three.
 */
function parseMode(value: string): EncryptionMode {
  switch (value) {
    case 'plain':
    case 'plaintext':
      return 'plain'
    case 'compat':
    case 'compatible':
      return 'compatible'
    case 'safe':
    case 'aes':
      return 'safe'
    default:
      throw new InvalidArgumentError('use plain, compatible or safe (明文 / 兼容 / 安全模式)')
  }
}

function parseLang(value: string): 'zh' | 'en' {
  if (value.toLowerCase().startsWith('zh')) return 'zh'
  if (value.toLowerCase().startsWith('en')) return 'en'
  throw new InvalidArgumentError('use zh or en')
}

/** Adds the shared account/runtime flags to a command. */
export function withCommonOptions(command: Command): Command {
  return command
    .option('--token <token>', 'Token (服务器配置 Token), 3-32 letters or digits')
    .option('--appid <appid>', 'AppID, wx + 16 hex')
    .option('--appsecret <secret>', 'AppSecret, 32 hex')
    .option('--aes-key <key>', 'EncodingAESKey, 43 letters or digits')
    .addOption(
      new Option('--mode <mode>', 'message encryption: plain | compatible | safe').argParser(
        parseMode,
      ),
    )
    .option('--platform-port <port>', 'mock WeChat API port', parsePort)
    .option('--bot-port <port>', 'sample bot port', parsePort)
    .option('--control-port <port>', 'control API / UI port', parsePort)
    .option(
      '--callback-domain <domain>',
      '网页授权域名 (OAuth callback domain), e.g. 127.0.0.1:5176',
    )
    .option('--target <url>', 'the bot to push to (default: the sample bot)')
    .option('--seed <seed>', 'deterministic mode: reproducible ids, nonces and keys')
    .option(
      '--workspace <dir>',
      'workspace folder; a relative path is taken from the current folder (default: your app-data folder)',
      parseWorkspaceOption,
    )
    .addOption(
      new Option('--lang <lang>', 'report language: zh or en (default: from the locale)').argParser(
        parseLang,
      ),
    )
    .option('--json', 'print one JSON document instead of the readable report', false)
}
