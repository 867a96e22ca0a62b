/**
 * A workspace path must be absolute for the platform mpsim runs on: on Linux `C:\mpsim-ws` is a
 * relative name (it would become a folder under the current directory), so it is refused with a
 * reason, as is a Windows network path. The CLI takes a relative --workspace from the current
 * folder, as command-line tools do; the control API refuses it.
 */
import { join, resolve } from 'node:path'
import { InvalidArgumentError } from 'commander'
import { describe, expect, it } from 'vitest'
import { parseWorkspaceOption } from '../../../src/cli/options'
import {
  explainWorkspacePath,
  workspacePathProblem,
} from '../../../src/core/workspace/workspace-path'

describe('workspacePathProblem', () => {
  it.each<[NodeJS.Platform, string, string | undefined]>([
    ['linux', '/srv/example/mpsim-ws', undefined],
    ['darwin', '/Users/me/Library/Application Support/mpsim', undefined],
    ['linux', '//server/share/ws', undefined], // POSIX: a leading // is still an absolute path
    ['linux', 'C:\\mpsim-ws', 'windows-drive'],
    ['linux', 'c:/mpsim-ws', 'windows-drive'],
    ['linux', 'D:', 'windows-drive'],
    ['darwin', 'C:relative', 'windows-drive'],
    ['linux', '\\\\server\\share\\ws', 'windows-unc'],
    ['linux', '\\/server/share', 'windows-unc'],
    ['linux', 'mpsim-ws', 'relative'],
    ['linux', './ws', 'relative'],
    ['linux', '~/ws', 'relative'],
    ['linux', '', 'empty'],
    ['linux', '   ', 'empty'],
    ['linux', '/srv/example/a\0b', 'nul-character'],
    ['win32', 'C:\\mpsim-ws', undefined],
    ['win32', 'c:/mpsim-ws', undefined],
    ['win32', '\\\\server\\share\\ws', undefined],
    ['win32', 'C:mpsim-ws', 'relative'],
    ['win32', 'mpsim-ws', 'relative'],
  ])('%s %j → %s', (platform, dir, problem) => {
    expect(workspacePathProblem(dir, platform)).toBe(problem)
  })

  it('explains each refusal in English and Chinese with an example of what to give', () => {
    const drive = explainWorkspacePath('windows-drive', 'C:\\mpsim-ws', 'linux', '/srv/example')
    expect(drive.en).toContain('C:\\mpsim-ws')
    expect(drive.en).toMatch(/drive letter/)
    expect(drive.en).toContain('/srv/example/mpsim-ws')
    expect(drive.zh).toMatch(/盘符/)
    expect(drive.zh).toContain('/srv/example/mpsim-ws')
    const unc = explainWorkspacePath('windows-unc', '\\\\nas\\ws', 'linux', '/srv/example')
    expect(unc.en).toMatch(/network/)
    expect(unc.zh).toMatch(/网络/)
    const relative = explainWorkspacePath('relative', 'ws', 'win32', 'C:\\Users\\me')
    expect(relative.en).toMatch(/absolute/)
    expect(relative.en).toContain('C:\\Users\\me\\mpsim-ws')
    expect(relative.zh).toMatch(/绝对路径/)
  })
})

describe('--workspace on the command line', () => {
  it('takes a relative folder from the current directory', () => {
    expect(parseWorkspaceOption('ws')).toBe(resolve('ws'))
    expect(parseWorkspaceOption(join('a', '..', 'b'))).toBe(resolve('b'))
  })

  it('keeps an absolute folder as given', () => {
    const absolute = resolve('/srv/example/mpsim-ws')
    expect(parseWorkspaceOption(absolute)).toBe(absolute)
  })

  it.skipIf(process.platform === 'win32')('refuses a Windows path on POSIX, saying why', () => {
    expect(() => parseWorkspaceOption('C:\\mpsim-ws')).toThrow(InvalidArgumentError)
    expect(() => parseWorkspaceOption('C:\\mpsim-ws')).toThrow(/drive letter/)
    expect(() => parseWorkspaceOption('\\\\nas\\share')).toThrow(/network/)
  })
})
