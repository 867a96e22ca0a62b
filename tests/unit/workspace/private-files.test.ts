/**
 * accounts.json holds every account's AppSecret, Token and EncodingAESKey: on POSIX it is created
 * readable by its owner only (0600, the temp file too, before the rename makes it visible), and an
 * existing one (or a copy set aside as corrupt) is tightened when the workspace is opened.
 */
import { chmod, readdir, stat, writeFile } from 'node:fs/promises'
import type * as FsPromises from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Account } from '../../../src/shared/model/account'
import { useWorkspaces } from './helpers'

const opens = vi.hoisted(() => [] as { path: string; mode: unknown }[])
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>()
  return {
    ...fs,
    open: (path: string, flags?: string, mode?: number) => {
      opens.push({ path: String(path), mode })
      return fs.open(path, flags, mode)
    },
  }
})

const { tempDir, open } = useWorkspaces()
const modeOf = async (path: string) => (await stat(path)).mode & 0o777

describe.skipIf(process.platform === 'win32')('accounts.json is private to its owner', () => {
  it('is created 0600, and its temp file is created 0600 before the rename', async () => {
    const dir = await tempDir()
    opens.length = 0
    await open(dir)
    expect(await modeOf(join(dir, 'accounts.json'))).toBe(0o600)
    const temps = opens.filter((o) => /[\\/]\.accounts\.json\.\d+\.\d+\.tmp$/.test(o.path))
    expect(temps.length).toBeGreaterThan(0)
    expect(temps.map((o) => o.mode)).toEqual(temps.map(() => 0o600))
  })

  it('tightens an existing 0644 file at open and keeps it 0600 after saves', async () => {
    const dir = await tempDir()
    await open(dir).then((ws) => ws.close())
    await chmod(join(dir, 'accounts.json'), 0o644)
    const ws = await open(dir, { saveDelayMs: 60_000 })
    expect(await modeOf(join(dir, 'accounts.json'))).toBe(0o600)
    const account = ws.directory.listAccounts()[0] as Account
    ws.directory.putAccount({ ...account, name: '再存一次' })
    await ws.flush()
    expect(await modeOf(join(dir, 'accounts.json'))).toBe(0o600)
  })

  it('tightens a corrupt copy set aside, which holds the same secrets', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'accounts.json'), '{"accounts": [ cut off', { mode: 0o644 })
    await chmod(join(dir, 'accounts.json'), 0o644)
    await open(dir)
    const aside = (await readdir(dir)).filter((n) => n.startsWith('accounts.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(await modeOf(join(dir, aside[0] as string))).toBe(0o600)
    await chmod(join(dir, aside[0] as string), 0o644)
    await open(dir)
    expect(await modeOf(join(dir, aside[0] as string))).toBe(0o600)
  })
})
