/**
 * Waiting for a Directory change to reach its file (docs/workspace.md "What is durable when"):
 * control commands answer only after this resolves, and bursts still share writes.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { directorySaved } from '../../../src/core/workspace/directory-sync'
import { SaveQueue } from '../../../src/core/workspace/save-queue'
import type { Account } from '../../../src/shared/model/account'
import type { SimUser } from '../../../src/shared/model/sim-user'
import { useWorkspaces } from './helpers'

const { tempDir, open } = useWorkspaces()

const usersIn = async (dir: string) =>
  (JSON.parse(await readFile(join(dir, 'users.json'), 'utf8')) as { users: SimUser[] }).users

describe('directorySaved', () => {
  it('resolves once the user change is in users.json, without waiting for the debounce', async () => {
    const dir = await tempDir()
    const ws = await open(dir, { saveDelayMs: 60_000 })
    const user = ws.directory.listUsers()[0] as SimUser
    ws.directory.putUser({ ...user, remark: 'durable' })
    await directorySaved(ws.directory, 'user')
    expect((await usersIn(dir))[0]?.remark).toBe('durable')
  })

  it('resolves once the account change is in accounts.json', async () => {
    const dir = await tempDir()
    const ws = await open(dir, { saveDelayMs: 60_000 })
    const account = ws.directory.listAccounts()[0] as Account
    ws.directory.putAccount({ ...account, name: '已落盘' })
    await directorySaved(ws.directory, 'account')
    const file = JSON.parse(await readFile(join(dir, 'accounts.json'), 'utf8')) as {
      accounts: Account[]
    }
    expect(file.accounts[0]?.name).toBe('已落盘')
  })

  it('every one of a burst of awaited changes is on disk when its wait resolves', async () => {
    const dir = await tempDir()
    const ws = await open(dir, { saveDelayMs: 60_000 })
    const user = ws.directory.listUsers()[0] as SimUser
    const seen = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const openid = `oburst${String(i).padStart(22, '0')}`
        ws.directory.putUser({ ...user, openid })
        await directorySaved(ws.directory, 'user')
        return (await usersIn(dir)).some((u) => u.openid === openid)
      }),
    )
    expect(seen).toEqual(Array.from({ length: 20 }, () => true))
  })

  it('rejects with the write error, so the change is not acknowledged', async () => {
    const dir = await tempDir()
    const ws = await open(dir, { saveDelayMs: 60_000 })
    const account = ws.directory.listAccounts()[0] as Account
    ws.directory.putAccount({ ...account, appId: 'wx123' })
    await expect(directorySaved(ws.directory, 'account')).rejects.toMatchObject({
      code: 'invalid-value',
    })
  })

  it('rejects as closed once the workspace is closed', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    await ws.close()
    await expect(directorySaved(ws.directory, 'user')).rejects.toMatchObject({ code: 'closed' })
  })
})

/** A save the test finishes by hand, recording the snapshot it was given. */
function manualSaves() {
  const started: { snapshot: number; finish: () => void }[] = []
  let value = 0
  const queue = new SaveQueue(
    () =>
      new Promise<void>((resolve) => {
        started.push({ snapshot: value, finish: resolve })
      }),
    60_000,
    () => undefined,
  )
  const change = () => {
    value += 1
    queue.schedule()
    return queue.flush()
  }
  return { started, change }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('SaveQueue coalescing (kept while acknowledgements wait for the disk)', () => {
  it('a change made during a save waits for the next save, which takes every such change', async () => {
    const { started, change } = manualSaves()
    let firstDone = false
    void change().then(() => (firstDone = true))
    await settle()
    expect(started.map((s) => s.snapshot)).toEqual([1])
    const later = Array.from({ length: 5 }, () => change())
    let laterDone = 0
    later.forEach((p) => void p.then(() => (laterDone += 1)))
    started[0]?.finish()
    await settle()
    expect(firstDone).toBe(true)
    expect(laterDone).toBe(0)
    expect(started.map((s) => s.snapshot)).toEqual([1, 6])
    started[1]?.finish()
    await Promise.all(later)
    expect(started).toHaveLength(2)
  })

  it('callers that each wait for their own change, in a steady stream, share writes', async () => {
    let saves = 0
    let value = 0
    const queue = new SaveQueue(
      async () => {
        saves += 1
        // A write takes a while (fsync); everyone who changes something meanwhile waits for the next.
        await new Promise((resolve) => setTimeout(resolve, 2))
      },
      60_000,
      () => undefined,
    )
    const edits = 80
    const inFlight = 8
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (value < edits) {
          value += 1
          queue.schedule()
          await queue.flush()
        }
      }),
    )
    // Each save takes everything changed while the previous one ran: about two per round of 8.
    expect(saves).toBeLessThanOrEqual((edits / inFlight) * 2 + 2)
  })
})
