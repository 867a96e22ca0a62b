import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Account } from '../../../src/shared/model/account'
import type { SimUser } from '../../../src/shared/model/sim-user'
import { listFiles, readJson, useWorkspaces } from './helpers'

const { tempDir, open } = useWorkspaces()

const firstUser = (users: SimUser[]): SimUser => {
  const user = users[0]
  if (!user) throw new Error('expected a default user')
  return user
}

describe('Directory changes are saved to the files', () => {
  it('saves a user change after the debounce, without being asked', async () => {
    const dir = await tempDir()
    const ws = await open(dir, { saveDelayMs: 5 })
    const user = firstUser(ws.directory.listUsers())
    ws.directory.putUser({ ...user, subscribed: false })
    await vi.waitFor(async () => {
      const file = (await readJson(join(dir, 'users.json'))) as { users: SimUser[] }
      expect(file.users[0]?.subscribed).toBe(false)
    })
  })

  it('flush() writes at once, replacing the file atomically and leaving no temp files', async () => {
    const dir = await tempDir()
    const ws = await open(dir, { saveDelayMs: 60_000 })
    const account = ws.directory.listAccounts()[0] as Account
    ws.directory.putAccount({ ...account, name: '改名了' })
    await ws.flush()
    const file = (await readJson(join(dir, 'accounts.json'))) as { accounts: Account[] }
    expect(file.accounts[0]?.name).toBe('改名了')
    expect((await listFiles(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('close() flushes pending changes', async () => {
    const dir = await tempDir()
    const ws = await open(dir, { saveDelayMs: 60_000 })
    const user = firstUser(ws.directory.listUsers())
    ws.directory.putUser({ ...user, remark: 'vip' })
    await ws.close()
    const file = (await readJson(join(dir, 'users.json'))) as { users: SimUser[] }
    expect(file.users[0]?.remark).toBe('vip')
  })

  it('never lets a reader see a half-written file while changes stream in', async () => {
    const dir = await tempDir()
    const ws = await open(dir, { saveDelayMs: 0 })
    const user = firstUser(ws.directory.listUsers())
    let reads = 0
    let writing = true
    const reader = (async () => {
      while (writing) {
        const text = await readFile(join(dir, 'users.json'), 'utf8')
        expect(() => JSON.parse(text) as unknown).not.toThrow()
        reads += 1
      }
    })()
    for (let i = 0; i < 40; i++) {
      ws.directory.putUser({ ...user, remark: `r${i}`, nickname: 'x'.repeat(i) })
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
    await ws.flush()
    writing = false
    await reader
    expect(reads).toBeGreaterThan(0)
    const file = (await readJson(join(dir, 'users.json'))) as { users: SimUser[] }
    expect(file.users[0]?.remark).toBe('r39')
    expect((await listFiles(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('writes keys in a stable order whatever order the object was built in', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    const before = await readFile(join(dir, 'accounts.json'), 'utf8')
    const account = ws.directory.listAccounts()[0] as Account
    const reversed = Object.fromEntries(Object.entries(account).reverse()) as unknown as Account
    ws.directory.putAccount(reversed)
    await ws.flush()
    expect(await readFile(join(dir, 'accounts.json'), 'utf8')).toBe(before)
  })

  it('refuses to save a value that would make an invalid file, keeps the old file, and reports it', async () => {
    const dir = await tempDir()
    const ws = await open(dir, { saveDelayMs: 60_000 })
    const before = await readFile(join(dir, 'accounts.json'), 'utf8')
    const account = ws.directory.listAccounts()[0] as Account
    ws.directory.putAccount({ ...account, appId: 'wx123' })
    await expect(ws.flush()).rejects.toMatchObject({
      code: 'invalid-value',
      message: expect.stringContaining(
        'accounts[0].appId must be wx + 16 lowercase hex',
      ) as unknown,
    })
    expect(await readFile(join(dir, 'accounts.json'), 'utf8')).toBe(before)
    expect(ws.problems).toEqual([
      expect.objectContaining({ code: 'invalid-value', file: 'accounts.json', severity: 'error' }),
    ])
    // Fixing the value lets the retried save through.
    ws.directory.putAccount(account)
    await ws.flush()
  })
})
