/** Temp workspace folders (real files in os.tmpdir(), removed after each test) and fixtures. */
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { PushExchange } from '../../../src/shared/model/exchange'
import { pushExchange } from '../../helpers/exchange-fixtures'
import { seededRandom } from '../../../src/core/runtime/random'
import { openWorkspace } from '../../../src/core/workspace'
import type { OpenWorkspaceOptions, Workspace } from '../../../src/core/workspace'

export const DEFAULTS = {
  botUrl: 'http://127.0.0.1:5176/wechat',
  callbackDomain: '127.0.0.1:5176',
  avatarBaseUrl: 'http://127.0.0.1:5175/avatar/',
} as const

/** 2026-11-23T10:00:00.000Z: aside-file names and subscribe times are stable across runs. */
export const NOW = Date.UTC(2026, 10, 23, 10, 0, 0)

/**
 * Registers cleanup and returns helpers bound to it: every folder made and every workspace
 * opened in a test is closed and removed after it, even when the test fails.
 */
export function useWorkspaces() {
  const dirs: string[] = []
  const opened: Workspace[] = []
  afterEach(async () => {
    await Promise.allSettled(opened.splice(0).map((ws) => ws.close()))
    for (const dir of dirs.splice(0)) {
      await chmod(dir, 0o755).catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    }
  })
  return {
    tempDir: async (): Promise<string> => {
      const dir = await mkdtemp(join(tmpdir(), 'mpsim-ws-'))
      dirs.push(dir)
      return dir
    },
    open: async (dir: string, options: Partial<OpenWorkspaceOptions> = {}): Promise<Workspace> => {
      const ws = await openWorkspace(dir, {
        random: seededRandom('workspace-test'),
        defaults: DEFAULTS,
        now: () => NOW,
        ...options,
      })
      opened.push(ws)
      return ws
    },
  }
}

export async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown
}

/** Every entry of a folder, recursively, as '/'-separated relative paths, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true })
  return entries.map((e) => e.split(/[\\/]/).join('/')).sort()
}

export function exchange(id: string, overrides: Partial<PushExchange> = {}): PushExchange {
  return pushExchange(id, { openid: 'o123456789012345678901234567', ...overrides })
}
