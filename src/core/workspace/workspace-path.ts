/**
 * Which paths may name a workspace folder: absolute ones, for the platform mpsim runs on. A
 * relative path would be resolved against whatever the current directory of the core happens to
 * be (the app's install folder under Electron), and on Linux or macOS a Windows path such as
 * `C:\mpsim-ws` is only a relative name: it would silently become a folder of that name under the
 * current directory. Those are refused with the reason; the CLI (src/cli/options.ts) resolves a
 * relative --workspace against the current directory itself, as command-line tools do.
 */
import { homedir } from 'node:os'
import { posix, win32 } from 'node:path'

export type WorkspacePathProblem =
  | 'empty'
  /** No file system accepts U+0000 in a name. */
  | 'nul-character'
  /** Not absolute for this platform. */
  | 'relative'
  /** `C:\…`, `C:/…` or `C:` on Linux or macOS. */
  | 'windows-drive'
  /** `\\server\share\…` on Linux or macOS. */
  | 'windows-unc'

export function workspacePathProblem(
  dir: string,
  platform: NodeJS.Platform = process.platform,
): WorkspacePathProblem | undefined {
  if (dir.trim() === '') return 'empty'
  if (dir.includes('\0')) return 'nul-character'
  if (platform === 'win32') return win32.isAbsolute(dir) ? undefined : 'relative'
  if (/^[A-Za-z]:/.test(dir)) return 'windows-drive'
  // `//server/share` is a valid POSIX path (Linux and macOS read it as /server/share); only a
  // backslash at the start marks it as a Windows network path.
  if (/^(\\\\|\\\/|\/\\)/.test(dir)) return 'windows-unc'
  return posix.isAbsolute(dir) ? undefined : 'relative'
}

export interface Explanation {
  readonly en: string
  readonly zh: string
}

const PLATFORM_NAMES: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'Linux',
  darwin: 'macOS',
  win32: 'Windows',
}

/** Why `dir` was refused and what to give instead, in English and Chinese, with an example. */
export function explainWorkspacePath(
  problem: WorkspacePathProblem,
  dir: string,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): Explanation {
  const path = platform === 'win32' ? win32 : posix
  const example = path.join(home, 'mpsim-ws')
  const os = PLATFORM_NAMES[platform] ?? platform
  // As typed (JSON.stringify would double every backslash of a Windows path).
  const shown = `“${dir.replace(/\0/g, '\\0')}”`
  switch (problem) {
    case 'empty':
      return {
        en: `no workspace folder was given: give an absolute path, e.g. ${example}`,
        zh: `没有给出工作区文件夹：请填写绝对路径，例如 ${example}`,
      }
    case 'nul-character':
      return {
        en: `the workspace path ${shown} contains a NUL character, which no file system accepts: give an absolute path, e.g. ${example}`,
        zh: `工作区路径 ${shown} 含有 NUL 字符，任何文件系统都不接受：请填写绝对路径，例如 ${example}`,
      }
    case 'relative':
      return {
        en: `the workspace path ${shown} is relative; it must be an absolute path on ${os}, e.g. ${example}`,
        zh: `工作区路径 ${shown} 是相对路径；在 ${os} 上必须填写绝对路径，例如 ${example}`,
      }
    case 'windows-drive':
      return {
        en: `${shown} is a Windows path (drive letter), but mpsim runs on ${os} here, where it would only be a folder name: give an absolute ${os} path, e.g. ${example}`,
        zh: `${shown} 是 Windows 路径（带盘符），而这里的 mpsim 运行在 ${os} 上，它只会被当成一个文件夹名：请填写 ${os} 的绝对路径，例如 ${example}`,
      }
    case 'windows-unc':
      return {
        en: `${shown} is a Windows network (UNC) path, but mpsim runs on ${os} here: mount the share and give the absolute path of a folder in it, e.g. ${example}`,
        zh: `${shown} 是 Windows 网络共享（UNC）路径，而这里的 mpsim 运行在 ${os} 上：请先挂载该共享，再填写其中文件夹的绝对路径，例如 ${example}`,
      }
  }
}
