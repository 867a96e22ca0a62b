import { describe, expect, it } from 'vitest'
import { defaultWorkspaceDir } from '../../../src/core/workspace'

describe('defaultWorkspaceDir: the per-user app-data folder', () => {
  it.each([
    ['linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ann', '/xdg/mpsim'],
    ['linux', {}, '/home/ann', '/home/ann/.config/mpsim'],
    ['linux', { XDG_CONFIG_HOME: '' }, '/home/ann', '/home/ann/.config/mpsim'],
    // The XDG spec: a relative XDG_CONFIG_HOME is invalid and ignored.
    ['linux', { XDG_CONFIG_HOME: 'relative' }, '/home/ann', '/home/ann/.config/mpsim'],
    ['freebsd', {}, '/home/ann', '/home/ann/.config/mpsim'],
    [
      'darwin',
      { XDG_CONFIG_HOME: '/xdg' },
      '/Users/ann',
      '/Users/ann/Library/Application Support/mpsim',
    ],
    [
      'win32',
      { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' },
      'C:\\Users\\ann',
      'C:\\Users\\ann\\AppData\\Roaming\\mpsim',
    ],
    ['win32', {}, 'C:\\Users\\ann', 'C:\\Users\\ann\\AppData\\Roaming\\mpsim'],
  ] as const)('%s %j', (platform, env, home, expected) => {
    expect(defaultWorkspaceDir({ platform, env, home })).toBe(expected)
  })

  it('reads the real environment when nothing is injected', () => {
    expect(defaultWorkspaceDir()).toMatch(/mpsim$/)
  })
})
